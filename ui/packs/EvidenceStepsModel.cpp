// SPDX-License-Identifier: Apache-2.0
#include "packs/EvidenceStepsModel.h"

#include "common/HexText.h"
#include "orders/OrderText.h"

namespace credit::ui {

void EvidenceStepsModel::setReport(evidence::VerificationReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int EvidenceStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.steps.size());
}

int EvidenceStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const evidence::ProvedStep &s = m_report.steps.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Transaction)
        return prefixedHexText(s.txHash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Step:
        return s.kind;
    case Block:
        return QString::number(s.block);
    case Time:
        return OrderText::time(s.blockTimeMs);
    case Transaction:
        return prefixedHexText(s.txHash);
    case Sealed:
        return tr("%1 of %2 (%3 needed)").arg(s.signers).arg(s.sealers).arg(s.needed);
    case Proofs:
        return s.transactionProofOk && s.receiptProofOk ? tr("✔ transaction and receipt") : tr("✘");
    default:
        return {};
    }
}

QVariant EvidenceStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Block:
        return tr("Block");
    case Time:
        return tr("Block time");
    case Transaction:
        return tr("Transaction");
    case Sealed:
        return tr("Sealer signatures");
    case Proofs:
        return tr("Merkle proofs");
    default:
        return {};
    }
}

} // namespace credit::ui
