// SPDX-License-Identifier: Apache-2.0
#include "catalogue/ProductCatalogueModel.h"
#include "common/PriceText.h"

namespace credit::ui {

ProductCatalogueModel::ProductCatalogueModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProductCatalogueModel::setProducts(QList<market::ProductInfo> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int ProductCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const market::ProductInfo &p = m_products.at(index.row());
    if (role == kSeriesRole)
        return static_cast<int>(p.series);
    if (role == kBureauRole)
        return p.bureau;
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Sla))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return p.description;
    if (role != Qt::DisplayRole && role != kSortRole)
        return {};
    const bool raw = role == kSortRole;
    switch (index.column()) {
    case Series:
        return raw ? QVariant(static_cast<int>(p.series)) : QVariant(market::seriesName(p.series));
    case Bureau:
        return p.bureauName.isEmpty() ? QStringLiteral("0x") + QString::fromLatin1(p.bureau.toHex()) : p.bureauName;
    case Name:
        return p.name;
    case Price:
        return raw ? QVariant(p.priceFen) : QVariant(priceText(p.priceFen));
    case Delivery:
        return p.deliveryFormat;
    case Sla:
        return raw ? QVariant(p.slaHours) : QVariant(tr("%n h", nullptr, static_cast<int>(p.slaHours)));
    case Authorisation:
        return raw ? QVariant(p.authorisationRequired)
                   : QVariant(p.authorisationRequired ? tr("Required") : tr("Not needed"));
    default:
        return {};
    }
}

QVariant ProductCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Series:
        return tr("Series");
    case Bureau:
        return tr("Credit bureau");
    case Name:
        return tr("Product");
    case Price:
        return tr("Price");
    case Delivery:
        return tr("Delivery format");
    case Sla:
        return tr("SLA");
    case Authorisation:
        return tr("Authorisation");
    default:
        return {};
    }
}

} // namespace credit::ui
