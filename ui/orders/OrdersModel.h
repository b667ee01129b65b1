// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/PendingOrder.h"
#include "orders/OrderTableModel.h"

namespace credit::ui {

//! The bank's orders (我的订单): as the verified store knows them, with the
//! orders this terminal is placing but no verified block shows yet on top.
//! Qt::DisplayRole is for people; kSortRole gives raw values.
class OrdersModel final : public OrderTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column { Id, Product, Bureau, State, Placed, Age, Sla, Block, ColumnCount };

    //! clock must outlive the model.
    explicit OrdersModel(const Clock &clock, QObject *parent = nullptr);

    //! Replaces the local pending rows; those the store already shows are hidden.
    void setPending(QList<desk::PendingOrder> pending);
    bool isPending(int row) const { return row < m_pending.size(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    const market::OrderSummary &leadingOrder(int row) const override { return m_pending.at(row).summary; }
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    int slaColumn() const override { return Sla; }
    QVariant decoration(int row, int column, int role) const override;
    void storedRowsReplaced() override;

private:
    void filterPending();

    QList<desk::PendingOrder> m_pending; // shown first, only those the store lacks
    QList<desk::PendingOrder> m_allPending; // as last given
};

} // namespace credit::ui
