// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderTimelineModel.h"

#include "common/HexText.h"
#include "market/DisputeResolution.h"
#include "orders/OrderText.h"

namespace credit::ui {

OrderTimelineModel::OrderTimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void OrderTimelineModel::setEvents(QList<market::OrderEventInfo> events, QHash<quint64, market::BlockSeal> seals)
{
    beginResetModel();
    m_events = std::move(events);
    m_seals = std::move(seals);
    endResetModel();
}

int OrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int OrderTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTimelineModel::describe(const market::OrderEventInfo &e)
{
    const QString &n = e.event;
    if (n == u"OrderPlaced")
        return tr("Placed the order");
    if (n == u"OrderAccepted")
        return tr("Accepted the order");
    if (n == u"OrderRejected")
        return tr("Rejected the order: %1").arg(e.detail);
    if (n == u"OrderCancelled")
        return tr("Cancelled the order");
    if (n == u"ReportDelivered")
        return tr("Delivered the report (SM3 %1)").arg(e.detail);
    if (n == u"PartDelivered")
        return tr("Delivered its part of the joint report (SM3 %1)").arg(e.detail);
    if (n == u"OrderCompleted")
        return tr("Confirmed receipt of the report");
    if (n == u"DisputeRaised")
        return tr("Raised a dispute: %1").arg(e.detail);
    if (n == u"DisputeResolved") {
        const market::DisputeResolution r = market::DisputeResolution::fromText(e.detail);
        const QString outcome = market::outcomeName(r.outcome);
        return outcome.isEmpty() ? tr("Resolved the dispute: %1").arg(r.note)
                                 : tr("Resolved the dispute (%1): %2").arg(outcome, r.note);
    }
    return e.detail.isEmpty() ? n : tr("%1: %2").arg(n, e.detail);
}

QString OrderTimelineModel::proof(int row) const
{
    const market::OrderEventInfo &e = m_events.at(row);
    const market::BlockSeal seal = m_seals.value(e.block);
    return OrderText::proof(e.block, e.tx, seal.signers, seal.sealers);
}

QString OrderTimelineModel::institutionText(const market::OrderEventInfo &e)
{
    return e.actorName.isEmpty() ? prefixedHexText(e.actor) : e.actorName;
}

QVariant OrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const market::OrderEventInfo &e = m_events.at(index.row());
    if (role == kProofRole)
        return proof(index.row());
    if (role == Qt::ToolTipRole && index.column() == Transaction)
        return tr("%1 (transaction %2 of block %3)").arg(prefixedHexText(e.tx)).arg(e.txIndex).arg(e.block);
    if (role == Qt::ToolTipRole && index.column() == What)
        return describe(e);
    if (role == Qt::ToolTipRole && index.column() == Who)
        return e.user.isEmpty()
            ? tr("Signed by account %1").arg(prefixedHexText(e.actor))
            : tr("Signed by %1 (user account %2) for %3 (account %4)")
                  .arg(e.userName, prefixedHexText(e.user), institutionText(e), prefixedHexText(e.actor));
    if (role == Qt::ToolTipRole && index.column() == Proof) {
        const market::BlockSeal seal = m_seals.value(e.block);
        if (seal.sealers == 0)
            return {};
        return tr("The light node verified block %1 before storing it: its hash recomputed from the header, "
                  "%2 of %3 sealers' SM2 signatures checked, and this transaction and its receipt (status %4) "
                  "folded into the header's Merkle roots.")
            .arg(e.block)
            .arg(seal.signers)
            .arg(seal.sealers)
            .arg(e.receiptStatus);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return OrderText::time(e.timeMs);
    case Who:
        // The step's institution, and the user who took it when it was not the admin key.
        return e.user.isEmpty()
            ? institutionText(e)
            : tr("%1 @ %2", "user @ institution")
                  .arg(e.userName.isEmpty() ? prefixedHexText(e.user) : e.userName, institutionText(e));
    case What:
        return describe(e);
    case Block:
        return QString::number(e.block);
    case Transaction: {
        const QString tx = prefixedHexText(e.tx);
        return tx.left(10) + QStringLiteral("…") + tx.right(4);
    }
    case Proof: {
        const market::BlockSeal seal = m_seals.value(e.block);
        if (seal.sealers == 0)
            return tr("not verified");
        if (e.receiptStatus != 0)
            return tr("✘ receipt status %1 · sealed by %2 of %3")
                .arg(e.receiptStatus)
                .arg(seal.signers)
                .arg(seal.sealers);
        return tr("✔ sealed by %1 of %2 · transaction and receipt proven").arg(seal.signers).arg(seal.sealers);
    }
    default:
        return {};
    }
}

QVariant OrderTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Block:
        return tr("Block");
    case Transaction:
        return tr("Transaction");
    case Proof:
        return tr("Proof");
    default:
        return {};
    }
}

} // namespace credit::ui
