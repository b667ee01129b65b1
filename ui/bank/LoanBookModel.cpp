// SPDX-License-Identifier: Apache-2.0
#include "bank/LoanBookModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace credit::ui {

using Status = desk::LoanBookEntry::Status;

void LoanBookModel::setEntries(QList<desk::LoanBookEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

void LoanBookModel::setEntry(int row, const desk::LoanBookEntry &entry)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LoanBookModel::setStarted(bool started)
{
    m_started = started;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Outcome), index(static_cast<int>(m_rows.size()) - 1, Outcome));
}

int LoanBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LoanBookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LoanBookModel::outcome(const desk::LoanBookEntry &e) const
{
    switch (e.status) {
    case Status::Refused:
        return tr("Refused");
    case Status::Waiting:
        return m_started ? tr("Waiting") : tr("Ready");
    case Status::NoAuthorisation:
        return tr("No authorisation");
    case Status::Sending:
        return tr("Sending…");
    case Status::Sent:
        return tr("Sent, awaiting verification");
    case Status::Confirmed:
        return tr("Ordered");
    case Status::Failed:
        return tr("Failed");
    case Status::Skipped:
        return tr("Not sent (stopped)");
    }
    return {};
}

QVariant LoanBookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const desk::LoanBookEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileRow:
            return QLocale().toString(e.row.row);
        case Enterprise:
            return e.row.enterpriseName;
        case CreditCode:
            return e.row.enterpriseCode;
        case Outcome:
            return outcome(e);
        case Order:
            return e.orderId ? QString::number(e.orderId) : QString();
        case Authorisation:
            return e.authorisationId ? QString::number(e.authorisationId) : QString();
        case Details:
            return e.message;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (e.status == Status::Refused || e.status == Status::Failed || e.status == Status::NoAuthorisation)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (e.status == Status::Confirmed)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
    }
    if (role == Qt::FontRole && (index.column() == CreditCode || index.column() == Order))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == Details && !e.message.isEmpty())
        return e.message;
    return {};
}

QVariant LoanBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileRow:
        return tr("Row in file");
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
    case Outcome:
        return tr("Result");
    case Order:
        return tr("Order");
    case Authorisation:
        return tr("Authorisation");
    case Details:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace credit::ui
