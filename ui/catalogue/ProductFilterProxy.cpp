// SPDX-License-Identifier: Apache-2.0
#include "catalogue/ProductFilterProxy.h"

#include "catalogue/ProductCatalogueModel.h"

namespace credit::ui {

ProductFilterProxy::ProductFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProductCatalogueModel::kSortRole);
    setSortLocaleAware(true);
}

void ProductFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void ProductFilterProxy::setSeries(std::optional<market::Series> series)
{
    m_series = series;
    invalidateRowsFilter();
}

void ProductFilterProxy::setBureau(const QByteArray &account)
{
    m_bureau = account;
    invalidateRowsFilter();
}

bool ProductFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_series && index.data(ProductCatalogueModel::kSeriesRole).toInt() != static_cast<int>(*m_series))
        return false;
    if (!m_bureau.isEmpty() && index.data(ProductCatalogueModel::kBureauRole).toByteArray() != m_bureau)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int column : { ProductCatalogueModel::Name, ProductCatalogueModel::Bureau }) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return sourceModel()
        ->index(sourceRow, ProductCatalogueModel::Name, sourceParent)
        .data(Qt::ToolTipRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace credit::ui
