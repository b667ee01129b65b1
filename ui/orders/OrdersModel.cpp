// SPDX-License-Identifier: Apache-2.0
#include "orders/OrdersModel.h"

#include "market/OrderDeadline.h"
#include "orders/OrderText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QSet>

#include <limits>

namespace credit::ui {

OrdersModel::OrdersModel(QObject *parent)
    : QAbstractTableModel(parent), m_now([] { return static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()); })
{
}

void OrdersModel::setClock(std::function<quint64()> nowMs)
{
    m_now = std::move(nowMs);
    tick();
}

void OrdersModel::setOrders(QList<market::OrderSummary> orders) { rebuild(std::move(orders), m_allPending); }

void OrdersModel::setPending(QList<desk::PendingOrder> pending) { rebuild(m_orders, std::move(pending)); }

void OrdersModel::rebuild(QList<market::OrderSummary> orders, QList<desk::PendingOrder> pending)
{
    // A reset keeps the code obvious; the page restores its selection by order id.
    beginResetModel();
    m_orders = std::move(orders);
    m_allPending = std::move(pending);
    QSet<quint64> stored;
    for (const auto &o : std::as_const(m_orders))
        stored.insert(o.orderId);
    m_pending.clear();
    for (const auto &p : std::as_const(m_allPending))
        if (!stored.contains(p.summary.orderId))
            m_pending << p;
    endResetModel();
}

void OrdersModel::tick()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Sla));
}

int OrdersModel::rowOf(quint64 orderId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (order(row).orderId == orderId)
            return row;
    return -1;
}

const market::OrderSummary &OrdersModel::order(int row) const
{
    return isPending(row) ? m_pending.at(row).summary : m_orders.at(row - m_pending.size());
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pending.size() + m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

std::optional<qint64> OrdersModel::slaRemaining(int row) const
{
    const market::OrderSummary &o = order(row);
    const auto deadline = market::OrderDeadline::of(o.state, o.placedAtMs, o.updatedAtMs, o.slaHours);
    if (!deadline)
        return std::nullopt;
    return deadline->remainingMs(m_now());
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const market::OrderSummary &o = order(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case kSortRole:
        return sortValue(row, index.column());
    case kOrderIdRole:
        return QVariant::fromValue(o.orderId);
    case kStateRole:
        return static_cast<int>(o.state);
    case kPendingRole:
        return isPending(row);
    case kOverdueRole: {
        const auto left = slaRemaining(row);
        return left && *left < 0;
    }
    case kSearchRole:
        return QStringList{QString::number(o.orderId), o.productName, o.bureauName, o.bankName}.join(u'\n');
    case Qt::ForegroundRole:
        if (index.column() == Sla && data(index, kOverdueRole).toBool())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (isPending(row))
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Block)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
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
            case desk::PendingOrder::Status::Sending: return tr("Sending…");
            case desk::PendingOrder::Status::AwaitingBlock: return tr("Pending");
            case desk::PendingOrder::Status::Confirmed: return tr("Confirmed");
            }
        }
        return OrderText::state(o.state);
    case Placed:
        return OrderText::time(o.placedAtMs);
    case Age: {
        const quint64 now = m_now();
        return OrderText::duration(now > o.placedAtMs ? static_cast<qint64>(now - o.placedAtMs) : 0);
    }
    case Sla: {
        const auto left = slaRemaining(row);
        if (!left)
            return QStringLiteral("—");
        return *left < 0 ? tr("overdue by %1").arg(OrderText::duration(*left))
                         : tr("%1 left").arg(OrderText::duration(*left));
    }
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
        return QVariant::fromValue(slaRemaining(row).value_or(std::numeric_limits<qint64>::max()));
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
    case Id: return tr("Order");
    case Product: return tr("Product");
    case Bureau: return tr("Bureau");
    case State: return tr("State");
    case Placed: return tr("Placed");
    case Age: return tr("Age");
    case Sla: return tr("SLA");
    case Block: return tr("Last block");
    default: return {};
    }
}

} // namespace credit::ui
