// SPDX-License-Identifier: Apache-2.0
#include "regulator/AnomaliesModel.h"

#include "regulator/SupervisionText.h"

namespace credit::ui {

void AnomaliesModel::setList(const market::AnomalyList &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

qint64 AnomaliesModel::totalOf(market::AnomalyRule rule) const
{
    return m_list.totalByRule.value(static_cast<int>(rule));
}

QString AnomaliesModel::caption(int row) const
{
    if (row < 0 || row >= m_list.hits.size())
        return {};
    const market::AnomalyHit &h = m_list.hits.at(row);
    return tr("%1: %2").arg(SupervisionText::ruleName(h.rule), h.subject);
}

int AnomaliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.hits.size());
}

int AnomaliesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomaliesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.hits.size())
        return {};
    const market::AnomalyHit &h = m_list.hits.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Rule:
            return SupervisionText::ruleName(h.rule);
        case Subject:
            return h.subject;
        case Detail:
            return h.detail;
        case Time:
            return h.atMs > 0 ? SupervisionText::chinaTime(h.atMs) : QString();
        case Orders:
            return QString::number(h.orderIds.size());
        default:
            return {};
        }
    }
    if (role == kSortRole) {
        switch (index.column()) {
        case Rule:
            return static_cast<int>(h.rule);
        case Time:
            return h.atMs;
        case Orders:
            return static_cast<qint64>(h.orderIds.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Orders)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AnomaliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Subject:
        return tr("Who");
    case Detail:
        return tr("Why");
    case Time:
        return tr("Latest order (China time)");
    case Orders:
        return tr("Orders");
    default:
        return {};
    }
}

} // namespace credit::ui
