// SPDX-License-Identifier: Apache-2.0
#include "operator/UserImportModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace credit::ui {

void UserImportModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

void UserImportModel::setChecked(int row, const desk::CheckedUser &checked)
{
    m_rows[row].checked = checked;
    setState(row, State::Waiting);
}

void UserImportModel::setState(int row, State state, const QString &details)
{
    m_rows[row].state = state;
    m_rows[row].details = details;
    Q_EMIT dataChanged(index(row, Outcome), index(row, Details));
}

int UserImportModel::count(State state) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Entry &e) { return e.state == state; }));
}

int UserImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UserImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileRow:
            return QLocale().toString(e.fileRow);
        case Name:
            return e.name;
        case Outcome:
            switch (e.state) {
            case State::Checking:
                return tr("Checking");
            case State::Waiting:
                return tr("Waiting to be sent");
            case State::Pending:
                return tr("Pending");
            case State::Opened:
                return tr("Opened");
            case State::Refused:
                return tr("Refused");
            case State::NotSent:
                return tr("Not sent");
            }
            return {};
        case Details:
            return e.details;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && e.state == State::Refused)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Details && !e.details.isEmpty())
        return e.details;
    return {};
}

QVariant UserImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileRow:
        return tr("Row in file");
    case Name:
        return tr("Name");
    case Outcome:
        return tr("Result");
    case Details:
        return tr("Reason or block");
    default:
        return {};
    }
}

} // namespace credit::ui
