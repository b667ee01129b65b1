// SPDX-License-Identifier: Apache-2.0
#include "mediator/DisputesModel.h"

#include "common/Clock.h"
#include "common/HexText.h"
#include "market/DisputeResolution.h"
#include "orders/OrderText.h"

namespace credit::ui {

DisputesModel::DisputesModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) { }

void DisputesModel::setDisputes(QList<market::DisputeInfo> disputes)
{
    beginResetModel();
    m_disputes = std::move(disputes);
    endResetModel();
}

int DisputesModel::rowOf(quint64 orderId) const
{
    for (int row = 0; row < m_disputes.size(); ++row)
        if (m_disputes[row].order.orderId == orderId)
            return row;
    return -1;
}

void DisputesModel::tick()
{
    if (!m_disputes.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, Age), { Qt::DisplayRole });
}

int DisputesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_disputes.size());
}

int DisputesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DisputesModel::ageMs(const market::DisputeInfo &d) const
{
    // A resolved dispute's age is how long it took; an open one's, how long it has waited.
    const qint64 end = d.resolvedAtMs ? static_cast<qint64>(d.resolvedAtMs) : m_clock.epochMs();
    return std::max<qint64>(0, end - static_cast<qint64>(d.raisedAtMs));
}

QString DisputesModel::stateText(const market::DisputeInfo &d)
{
    if (d.resolution.isEmpty())
        return OrderText::state(market::OrderState::Disputed);
    const QString outcome = market::outcomeName(market::DisputeResolution::fromText(d.resolution).outcome);
    const QString resolved = OrderText::state(market::OrderState::Resolved);
    return outcome.isEmpty() ? resolved : tr("%1 · %2").arg(resolved, outcome);
}

QVariant DisputesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const market::DisputeInfo &d = m_disputes.at(index.row());
    const auto name
        = [](const QString &n, const QByteArray &account) { return n.isEmpty() ? prefixedHexText(account) : n; };
    if (role == kStageRole)
        return d.resolution.isEmpty() ? QStringLiteral("open") : QStringLiteral("resolved");
    if (role == kSearchRole)
        return QStringList { QString::number(d.order.orderId), d.order.bankName, d.order.bureauName,
            d.order.productName, d.reason, d.resolution, d.raisedByName }
            .join(u'\n');
    if (role == kSortRole) {
        switch (index.column()) {
        case Order:
            return d.order.orderId;
        case Raised:
            return d.raisedAtMs;
        case Age:
            return ageMs(d);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return tr("Raised by %1: %2").arg(name(d.raisedByName, d.raisedBy), d.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Order:
        return QString::number(d.order.orderId);
    case Bank:
        return name(d.order.bankName, d.order.bank);
    case Bureau:
        return name(d.order.bureauName, d.order.bureau);
    case Product:
        return d.order.productName;
    case Reason:
        return d.reason;
    case Raised:
        return OrderText::time(d.raisedAtMs);
    case Age:
        return OrderText::duration(ageMs(d));
    case State:
        return stateText(d);
    default:
        return {};
    }
}

QVariant DisputesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("Order");
    case Bank:
        return tr("Bank");
    case Bureau:
        return tr("Bureau");
    case Product:
        return tr("Product");
    case Reason:
        return tr("Reason");
    case Raised:
        return tr("Raised");
    case Age:
        return tr("Age");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace credit::ui
