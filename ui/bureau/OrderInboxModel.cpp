// SPDX-License-Identifier: Apache-2.0
#include "bureau/OrderInboxModel.h"

#include "market/OrderDeadline.h"

#include "market/OrderRequest.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace credit::ui {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kMinuteMs = 60 * 1000;
} // namespace

OrderInboxModel::OrderInboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrderInboxModel::setOrders(QList<market::OrderSummary> orders)
{
    beginResetModel();
    m_rows = std::move(orders);
    // New orders need the bureau first; the rest keep the store's newest-first order.
    std::stable_partition(m_rows.begin(), m_rows.end(),
                          [](const market::OrderSummary &o) { return o.state == market::OrderState::Placed; });
    endResetModel();
}

void OrderInboxModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Sla), index(rowCount() - 1, Sla));
}

void OrderInboxModel::setPendingText(quint64 orderId, const QString &text)
{
    if (text.isEmpty())
        m_pending.remove(orderId);
    else
        m_pending.insert(orderId, text);
    if (const int row = rowOf(orderId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OrderInboxModel::rowOf(quint64 orderId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).orderId == orderId)
            return row;
    return -1;
}

qint64 OrderInboxModel::deadlineMs(const market::OrderSummary &order)
{
    // The deadline the bank sees too: from acceptance once accepted (core/market/OrderDeadline).
    const auto due = market::OrderDeadline::of(order.state, order.placedAtMs, order.updatedAtMs, order.slaHours);
    if (due)
        return static_cast<qint64>(due->dueAtMs);
    return static_cast<qint64>(order.placedAtMs) + static_cast<qint64>(order.slaHours) * kHourMs;
}

bool OrderInboxModel::isOpen(market::OrderState state)
{
    return state == market::OrderState::Placed || state == market::OrderState::Accepted;
}

bool OrderInboxModel::isOverdue(const market::OrderSummary &order) const
{
    return isOpen(order.state) && m_nowMs > deadlineMs(order);
}

int OrderInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderInboxModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString OrderInboxModel::stateText(market::OrderState state)
{
    switch (state) {
    case market::OrderState::Placed: return tr("New");
    case market::OrderState::Accepted: return tr("Accepted");
    case market::OrderState::Rejected: return tr("Rejected");
    case market::OrderState::Cancelled: return tr("Cancelled");
    case market::OrderState::Delivered: return tr("Delivered");
    case market::OrderState::Completed: return tr("Completed");
    case market::OrderState::Disputed: return tr("Disputed");
    case market::OrderState::Resolved: return tr("Resolved");
    case market::OrderState::None: break;
    }
    return tr("Unknown");
}

QString OrderInboxModel::slaText(const market::OrderSummary &o) const
{
    if (!isOpen(o.state))
        return tr("—");
    const qint64 left = deadlineMs(o) - m_nowMs;
    const qint64 magnitude = left < 0 ? -left : left;
    const int hours = static_cast<int>(magnitude / kHourMs);
    const int minutes = static_cast<int>((magnitude % kHourMs) / kMinuteMs);
    return left < 0 ? tr("Overdue by %1 h %2 min").arg(hours).arg(minutes)
                    : tr("%1 h %2 min left").arg(hours).arg(minutes);
}

QVariant OrderInboxModel::display(const market::OrderSummary &o, int column) const
{
    switch (column) {
    case Id: return QString::number(o.orderId);
    case Product: return o.productName.isEmpty() ? QString::number(o.productId) : o.productName;
    case Bank: return o.bankName.isEmpty() ? QStringLiteral("0x") + QString::fromLatin1(o.bank.toHex()) : o.bankName;
    case State: return m_pending.value(o.orderId, stateText(o.state));
    case Placed: return market::chinaTime(static_cast<qint64>(o.placedAtMs));
    case Sla: return slaText(o);
    case Price: return tr("¥%1").arg(QLocale().toString(double(o.priceFen) / 100.0, 'f', 2));
    default: return {};
    }
}

QVariant OrderInboxModel::raw(const market::OrderSummary &o, int column) const
{
    switch (column) {
    case Id: return o.orderId;
    case State: return static_cast<int>(o.state);
    case Placed: return o.placedAtMs;
    // Open orders by time left; finished ones after them.
    case Sla: return isOpen(o.state) ? deadlineMs(o) - m_nowMs : std::numeric_limits<qint64>::max();
    case Price: return o.priceFen;
    default: return display(o, column);
    }
}

QVariant OrderInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const market::OrderSummary &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(o, index.column());
    case kSortRole: return raw(o, index.column());
    case kStateRole: return static_cast<int>(o.state);
    case kOverdueRole: return isOverdue(o);
    case kIdRole: return o.orderId;
    case Qt::ForegroundRole:
        if (index.column() == Sla && isOverdue(o))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (o.state == market::OrderState::Placed || (index.column() == Sla && isOverdue(o))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant OrderInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Order");
    case Product: return tr("Product");
    case Bank: return tr("Bank");
    case State: return tr("State");
    case Placed: return tr("Placed");
    case Sla: return tr("SLA");
    case Price: return tr("Price");
    default: return {};
    }
}

} // namespace credit::ui
