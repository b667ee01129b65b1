// SPDX-License-Identifier: Apache-2.0
#include "bureau/OrderInboxModel.h"
#include "common/PriceText.h"

#include "common/HexText.h"
#include "orders/OrderText.h"

#include <QFont>

#include <algorithm>
#include <limits>

namespace credit::ui {

OrderInboxModel::OrderInboxModel(const Clock &clock, QObject *parent) : OrderTableModel(clock, parent) { }

void OrderInboxModel::arrange(QList<market::OrderSummary> &orders) const
{
    // New orders need the bureau first (not a 链融 part the lead has still to accept); the rest keep the
    // store's newest-first order.
    std::stable_partition(orders.begin(), orders.end(), [this](const market::OrderSummary &o) {
        return o.state == market::OrderState::Placed && (m_self.isEmpty() || o.bureau == m_self);
    });
}

void OrderInboxModel::setOwnPartsDelivered(const QSet<quint64> &orderIds)
{
    m_ownPartsDelivered = orderIds;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State));
}

int OrderInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderInboxModel::display(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return QString::number(o.orderId);
    case Product:
        return o.productName.isEmpty() ? QString::number(o.productId) : o.productName;
    case Bank:
        return o.bankName.isEmpty() ? prefixedHexText(o.bank) : o.bankName;
    case State:
        if (isPartnerRow(row))
            return m_ownPartsDelivered.contains(o.orderId) ? tr("%1 · our part delivered").arg(stateText(o))
                                                           : tr("%1 · our part owed").arg(stateText(o));
        if (o.isJoint())
            return tr("%1 · parts %2/%3").arg(stateText(o)).arg(o.partsDelivered).arg(o.partsExpected);
        return stateText(o);
    case Placed:
        return OrderText::time(o.placedAtMs);
    case Sla:
        return slaText(o);
    case Price:
        return priceText(o.priceFen);
    default:
        return {};
    }
}

QVariant OrderInboxModel::sortValue(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return QVariant::fromValue(o.orderId);
    case State:
        return static_cast<int>(o.state);
    case Placed:
        return QVariant::fromValue(o.placedAtMs);
    // Open orders by time left; finished ones after them.
    case Sla:
        return QVariant::fromValue(slaRemaining(o).value_or(std::numeric_limits<qint64>::max()));
    case Price:
        return QVariant::fromValue(o.priceFen);
    default:
        return display(row, column);
    }
}

QVariant OrderInboxModel::decoration(int row, int column, int role) const
{
    const market::OrderSummary &o = order(row);
    const bool newForUs = o.state == market::OrderState::Placed && !isPartnerRow(row);
    if (role == Qt::FontRole && (newForUs || (column == Sla && isOverdue(o)))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && (column == Price || column == Id))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrderInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Order");
    case Product:
        return tr("Product");
    case Bank:
        return tr("Bank");
    case State:
        return tr("State");
    case Placed:
        return tr("Placed");
    case Sla:
        return tr("SLA");
    case Price:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace credit::ui
