// SPDX-License-Identifier: Apache-2.0
#include "operator/InstitutionHistoryModel.h"

#include "orders/OrderText.h"

namespace credit::ui {

void InstitutionHistoryModel::setChanges(QList<market::InstitutionChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int InstitutionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int InstitutionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstitutionHistoryModel::changeText(const market::InstitutionChange &change)
{
    switch (change.kind) {
    case market::InstitutionChange::Kind::Registered:
        return tr("Registered (active)");
    case market::InstitutionChange::Kind::StatusChanged:
        return change.active ? tr("Activated") : tr("Deactivated");
    case market::InstitutionChange::Kind::StateOnUpgrade:
        break;
    }
    return change.active ? tr("Active as of this block (earlier changes were not kept by this terminal)")
                         : tr("Deactivated as of this block (earlier changes were not kept by this terminal)");
}

QVariant InstitutionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size() || role != Qt::DisplayRole)
        return {};
    const market::InstitutionChange &c = m_changes.at(index.row());
    switch (index.column()) {
    case Time:
        return OrderText::time(c.timeMs);
    case Change:
        return changeText(c);
    case Proof:
        return OrderText::proof(c.block, c.tx, c.signers, c.sealers);
    default:
        return {};
    }
}

QVariant InstitutionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Change:
        return tr("Change");
    case Proof:
        return tr("Proof");
    default:
        return {};
    }
}

} // namespace credit::ui
