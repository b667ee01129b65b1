// SPDX-License-Identifier: Apache-2.0
#include "mediator/TraceResultsModel.h"

#include "common/HexText.h"
#include "orders/OrderText.h"

namespace credit::ui {

int TraceResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceResultsModel::display(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return QString::number(o.orderId);
    case Bank:
        return o.bankName.isEmpty() ? prefixedHexText(o.bank) : o.bankName;
    case Bureau:
        return o.bureauName.isEmpty() ? prefixedHexText(o.bureau) : o.bureauName;
    case Product:
        return o.productName;
    case State:
        return stateText(o);
    case Placed:
        return OrderText::time(o.placedAtMs);
    case Block:
        return QString::number(o.block);
    default:
        return {};
    }
}

QVariant TraceResultsModel::sortValue(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return o.orderId;
    case Placed:
        return o.placedAtMs;
    case Block:
        return o.block;
    default:
        return display(row, column);
    }
}

QVariant TraceResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Order");
    case Bank:
        return tr("Bank");
    case Bureau:
        return tr("Bureau");
    case Product:
        return tr("Product");
    case State:
        return tr("State");
    case Placed:
        return tr("Placed");
    case Block:
        return tr("Last block");
    default:
        return {};
    }
}

} // namespace credit::ui
