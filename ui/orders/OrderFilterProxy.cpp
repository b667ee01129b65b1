// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderFilterProxy.h"

#include "orders/OrdersModel.h"

namespace credit::ui {

OrderFilterProxy::OrderFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OrdersModel::kSortRole);
}

void OrderFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void OrderFilterProxy::setStates(const QList<market::OrderState> &states)
{
    m_states = states;
    invalidateFilter();
}

void OrderFilterProxy::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty()) {
        const auto state = static_cast<market::OrderState>(index.data(OrdersModel::kStateRole).toInt());
        if (!m_states.contains(state))
            return false;
    }
    if (m_overdueOnly && !index.data(OrdersModel::kOverdueRole).toBool())
        return false;
    return m_search.isEmpty()
        || index.data(OrdersModel::kSearchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace credit::ui
