// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderTableModel.h"

#include "common/Clock.h"
#include "market/OrderDeadline.h"
#include "orders/OrderText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace credit::ui {

OrderTableModel::OrderTableModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)),
      m_boldFixedFont(m_fixedFont)
{
    m_boldFixedFont.setBold(true);
}

qint64 OrderTableModel::nowMs() const
{
    return m_clock.epochMs();
}

void OrderTableModel::setOrders(QList<market::OrderSummary> orders)
{
    // A reset keeps the code obvious; the pages restore their selection by order id.
    beginResetModel();
    m_orders = std::move(orders);
    m_rowIndexStale = true;
    arrange(m_orders);
    storedRowsReplaced();
    endResetModel();
}

void OrderTableModel::updateOrders(const QList<market::OrderSummary> &changed)
{
    // One index of the rows per update: a catch-up commit can change thousands
    // of orders in a table of tens of thousands (a search per order was quadratic).
    QHash<quint64, qsizetype> rowOfOrder;
    rowOfOrder.reserve(m_orders.size());
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        rowOfOrder.insert(m_orders[i].orderId, i);
    QList<market::OrderSummary> added;
    for (const market::OrderSummary &o : changed) {
        const auto found = rowOfOrder.constFind(o.orderId);
        if (found == rowOfOrder.cend()) {
            added << o;
            continue;
        }
        const qsizetype at = *found;
        m_orders[at] = o;
        const int row = leadingRows() + static_cast<int>(at);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    if (added.isEmpty())
        return;
    // New orders change the arrangement (and may replace a pending row): rebuild once.
    QList<market::OrderSummary> all = added + m_orders;
    setOrders(std::move(all));
}

void OrderTableModel::setActionText(quint64 orderId, const QString &text)
{
    if (text.isEmpty())
        m_actions.remove(orderId);
    else
        m_actions.insert(orderId, text);
    if (const int row = rowOf(orderId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void OrderTableModel::tick()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int OrderTableModel::rowOf(quint64 orderId) const
{
    if (m_rowIndexStale) {
        m_rowIndex.clear();
        m_rowIndex.reserve(rowCount());
        for (int row = 0; row < rowCount(); ++row)
            m_rowIndex.insert(order(row).orderId, row);
        m_rowIndexStale = false;
    }
    return m_rowIndex.value(orderId, -1);
}

const market::OrderSummary &OrderTableModel::leadingOrder(int row) const
{
    Q_ASSERT_X(false, "OrderTableModel::leadingOrder", "a subclass with leading rows must give them");
    return m_orders.at(row);
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : leadingRows() + static_cast<int>(m_orders.size());
}

std::optional<qint64> OrderTableModel::slaRemaining(const market::OrderSummary &o) const
{
    const auto deadline = market::OrderDeadline::of(o.state, o.placedAtMs, o.updatedAtMs, o.slaHours);
    if (!deadline)
        return std::nullopt;
    return deadline->remainingMs(static_cast<quint64>(nowMs()));
}

bool OrderTableModel::isOverdue(const market::OrderSummary &o) const
{
    const auto left = slaRemaining(o);
    return left && *left < 0;
}

bool OrderTableModel::isDueSoon(const market::OrderSummary &o) const
{
    const auto left = slaRemaining(o);
    return left && *left >= 0 && *left <= kDueSoonMs;
}

QString OrderTableModel::slaText(const market::OrderSummary &o) const
{
    const auto left = slaRemaining(o);
    if (!left)
        return QStringLiteral("—");
    return *left < 0 ? tr("overdue by %1").arg(OrderText::duration(*left))
                     : tr("%1 left").arg(OrderText::duration(*left));
}

QString OrderTableModel::stateText(const market::OrderSummary &o) const
{
    // Most rows have no action in flight: no hash lookup, and the state's name only when needed.
    if (!m_actions.isEmpty())
        if (const auto it = m_actions.constFind(o.orderId); it != m_actions.cend())
            return *it;
    return OrderText::state(o.state);
}

QVariant OrderTableModel::decoration(int, int, int) const
{
    return {};
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
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
        return row < leadingRows();
    case kOverdueRole:
        return isOverdue(o);
    case kDueSoonRole:
        return isDueSoon(o);
    case kSearchRole:
        return QStringList { QString::number(o.orderId), o.productName, o.bureauName, o.bankName, extraSearchText(row) }
            .join(u'\n');
    case Qt::FontRole:
        if (index.column() == kIdColumn) // bold where the subclass says so (the inbox's new orders)
            return decoration(row, index.column(), role).value<QFont>().bold() ? m_boldFixedFont : m_fixedFont;
        return decoration(row, index.column(), role);
    case Qt::ForegroundRole:
        if (index.column() == slaColumn() && isOverdue(o))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == slaColumn() && isDueSoon(o))
            return QBrush(QColor(0xa8, 0x5a, 0x00)); // amber: still time, not much
        return decoration(row, index.column(), role);
    default:
        return decoration(row, index.column(), role);
    }
}

} // namespace credit::ui
