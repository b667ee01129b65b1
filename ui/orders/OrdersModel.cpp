// SPDX-License-Identifier: Apache-2.0
#include "orders/OrdersModel.h"

#include "orders/OrderText.h"

#include <QBrush>
#include <QColor>
#include <QFontMetrics>
#include <QSet>

#include <limits>

namespace credit::ui {

OrdersModel::OrdersModel(const Clock &clock, QObject *parent)
    : OrderTableModel(clock, parent),
      // 16 CJK characters (a usual company name), each about two average Latin ones wide.
      m_nameRoom(QFontMetrics(QFont()).averageCharWidth() * 2 * 16, QFontMetrics(QFont()).height())
{
}

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

void OrdersModel::setEnterprise(quint64 orderId, const QString &name, const QString &creditCode)
{
    setCell(orderId, EnterpriseCell { EnterpriseCell::Status::Known, name, creditCode, {} });
}

void OrdersModel::setEnterpriseUnreadable(quint64 orderId, const QString &problem)
{
    setCell(orderId, EnterpriseCell { EnterpriseCell::Status::Unreadable, {}, {}, problem });
}

void OrdersModel::setCell(quint64 orderId, EnterpriseCell cell)
{
    m_enterprises.insert(orderId, std::move(cell));
    // Its two cells only: a filter proxy re-checks a changed row whatever the column (the search text changed
    // too), and re-sorts it only when the sort column is among them — not for every answer of thousands.
    if (const int row = rowOf(orderId); row >= 0)
        Q_EMIT dataChanged(index(row, Enterprise), index(row, CreditCode));
}

QList<quint64> OrdersModel::takeEnterprisesToOpen()
{
    QList<quint64> ids;
    for (int row = 0; row < rowCount(); ++row) {
        const quint64 id = order(row).orderId;
        if (!m_enterprises.contains(id)) {
            m_enterprises.insert(id, EnterpriseCell {});
            ids << id;
        }
    }
    return ids;
}

void OrdersModel::retryUnreadableEnterprises()
{
    m_enterprises.removeIf([](QHash<quint64, EnterpriseCell>::iterator it) {
        return it.value().status == EnterpriseCell::Status::Unreadable;
    });
}

QString OrdersModel::extraSearchText(int row) const
{
    const auto it = m_enterprises.constFind(order(row).orderId);
    if (it == m_enterprises.cend() || it->status != EnterpriseCell::Status::Known)
        return {};
    return it->name + u'\n' + it->code;
}

QVariant OrdersModel::enterpriseDisplay(const EnterpriseCell *cell, int column) const
{
    if (!cell || cell->status == EnterpriseCell::Status::Asked)
        return QStringLiteral("…");
    if (cell->status == EnterpriseCell::Status::Unreadable)
        return column == Enterprise ? tr("⚠ Request cannot be opened") : QStringLiteral("—");
    return column == Enterprise ? cell->name : cell->code;
}

QVariant OrdersModel::decoration(int row, int column, int role) const
{
    if (column == Enterprise || column == CreditCode) {
        const auto it = m_enterprises.constFind(order(row).orderId);
        const auto status = it == m_enterprises.cend() ? EnterpriseCell::Status::Asked : it->status;
        const bool unreadable = status == EnterpriseCell::Status::Unreadable;
        if (role == Qt::ToolTipRole && unreadable)
            return tr("The request of this order could not be opened: %1").arg(it->problem);
        if (role == Qt::ToolTipRole && status == EnterpriseCell::Status::Asked)
            return tr("Reading the enterprise from the order's encrypted request…");
        if (role == Qt::ForegroundRole && unreadable)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::FontRole && column == CreditCode)
            return fixedFont();
        // A column fitted to its first rows ("…") would cut the names that come after: room for a usual one.
        if (role == Qt::SizeHintRole && column == Enterprise && status == EnterpriseCell::Status::Asked)
            return m_nameRoom;
    }
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
    case Enterprise:
    case CreditCode: {
        const auto it = m_enterprises.constFind(o.orderId);
        return enterpriseDisplay(it == m_enterprises.cend() ? nullptr : &*it, column);
    }
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
        // 链融: while the lead bureau waits for its partners, how many parts are in.
        if (o.isJoint() && o.state == market::OrderState::Accepted)
            return tr("%1 · parts %2/%3").arg(stateText(o)).arg(o.partsDelivered).arg(o.partsExpected);
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
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
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

QList<market::OrderSummary> OrdersModel::otherReportsOnSameEnterprise(quint64 orderId) const
{
    const auto cell = m_enterprises.constFind(orderId);
    if (cell == m_enterprises.cend() || cell->status != EnterpriseCell::Status::Known)
        return {};
    QList<market::OrderSummary> out;
    for (const market::OrderSummary &o : storedOrders()) {
        if (o.orderId == orderId || o.reportHash.isEmpty())
            continue;
        const auto other = m_enterprises.constFind(o.orderId);
        if (other != m_enterprises.cend() && other->status == EnterpriseCell::Status::Known
            && other->code == cell->code)
            out << o;
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.updatedAtMs > b.updatedAtMs; });
    return out;
}

} // namespace credit::ui
