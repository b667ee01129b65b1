// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "orders/OrderTableModel.h"

namespace credit::ui {

//! Orders for the bureau's products (订单收件箱): new (Placed) ones first,
//! then the rest newest first, each with its SLA countdown (overdue in red
//! while the order still owes its report).
class OrderInboxModel final : public OrderTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderInboxModel)
public:
    enum Column { Id, Product, Bank, State, Placed, Sla, Price, ColumnCount };

    //! clock must outlive the model.
    explicit OrderInboxModel(const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    int slaColumn() const override { return Sla; }
    QVariant decoration(int row, int column, int role) const override;
    void arrange(QList<market::OrderSummary> &orders) const override;
};

} // namespace credit::ui
