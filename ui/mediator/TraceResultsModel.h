// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "orders/OrderTableModel.h"

namespace credit::ui {

//! The orders a trace found: any order on the chain, its parties by name.
class TraceResultsModel final : public OrderTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceResultsModel)
public:
    enum Column { Id, Bank, Bureau, Product, State, Placed, Block, ColumnCount };
    using OrderTableModel::OrderTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    int slaColumn() const override { return -1; }
};

} // namespace credit::ui
