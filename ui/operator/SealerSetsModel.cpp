// SPDX-License-Identifier: Apache-2.0
#include "operator/SealerSetsModel.h"

#include "operator/NodeIdText.h"
#include "orders/OrderText.h"

#include <QLocale>

namespace credit::ui {

void SealerSetsModel::setSets(QList<desk::SealerSet> sets)
{
    beginResetModel();
    m_sets = std::move(sets);
    endResetModel();
}

QList<QByteArray> SealerSetsModel::current() const
{
    return m_sets.isEmpty() ? QList<QByteArray>() : m_sets.constLast().nodeIds;
}

int SealerSetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sets.size());
}

int SealerSetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SealerSetsModel::changeText(const QList<QByteArray> *before, const QList<QByteArray> &after)
{
    if (!before)
        return tr("Genesis list");
    QStringList parts;
    for (const QByteArray &id : after)
        if (!before->contains(id))
            parts << tr("+ %1").arg(shortNodeId(id));
    for (const QByteArray &id : *before)
        if (!after.contains(id))
            parts << tr("− %1").arg(shortNodeId(id));
    return parts.join(QStringLiteral(", "));
}

QVariant SealerSetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sets.size())
        return {};
    // Newest first: row 0 is the list in force.
    const qsizetype at = m_sets.size() - 1 - index.row();
    const desk::SealerSet &set = m_sets.at(at);
    const QList<QByteArray> *before = at > 0 ? &m_sets.at(at - 1).nodeIds : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FromBlock:
            return QLocale().toString(set.fromBlock);
        case Time:
            return OrderText::time(static_cast<quint64>(set.timestampMs));
        case Sealers:
            return tr("%1 (quorum %2)").arg(set.nodeIds.size()).arg(desk::sealerQuorum(set.nodeIds.size()));
        case Change:
            return changeText(before, set.nodeIds);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Change) {
        QStringList ids;
        for (const QByteArray &id : set.nodeIds)
            ids << fullNodeId(id);
        return ids.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && index.column() == FromBlock)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SealerSetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromBlock:
        return tr("From block");
    case Time:
        return tr("Time");
    case Sealers:
        return tr("Sealers");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace credit::ui
