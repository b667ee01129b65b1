// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace credit::ui {

//! State filter and search (order id, product, bureau, bank) over
//! OrdersModel; sorts by raw values. Pending rows count as Placed.
class OrderFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilterProxy)
public:
    explicit OrderFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    //! Empty: every state.
    void setStates(const QList<market::OrderState> &states);
    //! Only orders past their SLA deadline.
    void setOverdueOnly(bool overdueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QList<market::OrderState> m_states;
    bool m_overdueOnly = false;
};

} // namespace credit::ui
