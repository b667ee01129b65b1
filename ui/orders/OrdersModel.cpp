// SPDX-License-Identifier: Apache-2.0
#include "orders/OrdersModel.h"

#include "orders/OrderText.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <limits>

namespace credit::ui {

OrdersModel::OrdersModel(const Clock &clock, QObject *parent) : OrderTableModel(clock, parent) { }

void OrdersModel::setPending(QList<desk::PendingOrder> pending)
{
    beginResetModel();
    m_allPending = std::move(pending);
    filterPending();
    endResetModel();
}

void OrdersModel::storedRowsReplaced()
{
    filterPending();
}

void OrdersModel::filterPending()
{
    QSet<quint64> stored;
    for (const auto &o : storedOrders())
        stored.insert(o.orderId);
    m_pending.clear();
    for (const auto &p : std::as_const(m_allPending))
        if (!stored.contains(p.summary.orderId))
            m_pending << p;
    setLeadingRows(static_cast<int>(m_pending.size()));
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::decoration(int row, int column, int role) const
{
    if (role == Qt::ForegroundRole && isPending(row))
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::TextAlignmentRole && (column == Id || column == Block))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrdersModel::display(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return QString::number(o.orderId);
    case Product:
        return o.productName;
    case Bureau:
        return o.bureauName;
    case State:
        if (isPending(row)) {
            switch (m_pending.at(row).status) {
            case desk::PendingOrder::Status::Sending:
                return tr("Sending…");
            case desk::PendingOrder::Status::AwaitingBlock:
                return tr("Pending");
            case desk::PendingOrder::Status::Confirmed:
                return tr("Confirmed");
            }
        }
        return stateText(o);
    case Placed:
        return OrderText::time(o.placedAtMs);
    case Age: {
        const qint64 now = nowMs();
        return OrderText::duration(now > qint64(o.placedAtMs) ? now - qint64(o.placedAtMs) : 0);
    }
    case Sla:
        return slaText(o);
    case Block: {
        const quint64 block = isPending(row) ? m_pending.at(row).block : o.block;
        return block ? QString::number(block) : QStringLiteral("—");
    }
    default:
        return {};
    }
}

QVariant OrdersModel::sortValue(int row, int column) const
{
    const market::OrderSummary &o = order(row);
    switch (column) {
    case Id:
        return QVariant::fromValue(o.orderId);
    case State:
        return static_cast<int>(o.state);
    case Placed:
    case Age:
        return QVariant::fromValue(o.placedAtMs);
    case Sla:
        // Orders that owe nothing sort after every countdown.
        return QVariant::fromValue(slaRemaining(o).value_or(std::numeric_limits<qint64>::max()));
    case Block:
        return QVariant::fromValue(isPending(row) ? m_pending.at(row).block : o.block);
    default:
        return display(row, column);
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Order");
    case Product:
        return tr("Product");
    case Bureau:
        return tr("Bureau");
    case State:
        return tr("State");
    case Placed:
        return tr("Placed");
    case Age:
        return tr("Age");
    case Sla:
        return tr("SLA");
    case Block:
        return tr("Last block");
    default:
        return {};
    }
}

} // namespace credit::ui
