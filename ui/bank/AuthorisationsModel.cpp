// SPDX-License-Identifier: Apache-2.0
#include "bank/AuthorisationsModel.h"

#include "common/HexText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace credit::ui {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

QString validityDay(quint64 ms, bool end)
{
    // The chain's validity is in China time days (00:00 UTC+8), whatever the terminal's zone.
    const QTimeZone china = QTimeZone(8 * 60 * 60);
    const qint64 at = static_cast<qint64>(ms) - (end ? 1 : 0);
    return QDateTime::fromMSecsSinceEpoch(at, china).date().toString(Qt::ISODate);
}

void AuthorisationsModel::setAuthorisations(QList<market::AuthorisationInfo> rows, quint64 nowMs)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nowMs = nowMs;
    endResetModel();
}

void AuthorisationsModel::setProductNames(QHash<quint64, QString> names)
{
    m_productNames = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Covers), index(rowCount() - 1, Covers));
}

void AuthorisationsModel::setUserNames(QHash<QByteArray, QString> names, QString institutionName)
{
    m_userNames = std::move(names);
    m_institutionName = std::move(institutionName);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RecordedBy), index(rowCount() - 1, RecordedBy));
}

void AuthorisationsModel::setLetter(const desk::AuthorisationLetterView &letter)
{
    m_letters.insert(letter.authorisationId, Letter { letter.enterpriseName, letter.enterpriseCode, {} });
    rowChanged(letter.authorisationId);
}

void AuthorisationsModel::setLetterProblem(quint64 authorisationId, const QString &problem)
{
    m_letters.insert(authorisationId, Letter { {}, {}, problem });
    rowChanged(authorisationId);
}

void AuthorisationsModel::setBusy(QSet<quint64> ids)
{
    m_busy = std::move(ids);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

void AuthorisationsModel::rowChanged(quint64 authorisationId)
{
    if (const int row = rowOf(authorisationId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AuthorisationsModel::rowOf(quint64 authorisationId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).authorisationId == authorisationId)
            return row;
    return -1;
}

QString AuthorisationsModel::enterpriseName(quint64 authorisationId) const
{
    return m_letters.value(authorisationId).name;
}

int AuthorisationsModel::daysLeft(const market::AuthorisationInfo &a) const
{
    if (a.validUntilMs <= m_nowMs)
        return 0;
    return static_cast<int>((static_cast<qint64>(a.validUntilMs - m_nowMs) + kDayMs - 1) / kDayMs);
}

bool AuthorisationsModel::expiringSoon(const market::AuthorisationInfo &a) const
{
    return a.validAt(m_nowMs) && daysLeft(a) <= kExpiringDays;
}

QString AuthorisationsModel::statusText(const market::AuthorisationInfo &a) const
{
    QString status;
    if (a.revoked)
        status = tr("Revoked");
    else if (m_nowMs >= a.validUntilMs)
        status = tr("Expired");
    else if (m_nowMs < a.validFromMs)
        status = tr("Not yet valid");
    else if (expiringSoon(a))
        // Short: the column sits beside eight others at 1280×800 (a longer one
        // pushed Recorded by behind a scroll bar); the tooltip says it in full.
        status = tr("%n day(s) left", nullptr, daysLeft(a));
    else
        status = tr("Valid");
    return m_busy.contains(a.authorisationId) ? tr("%1 (sending…)").arg(status) : status;
}

QString AuthorisationsModel::coversText(const market::AuthorisationInfo &a) const
{
    switch (a.series) {
    case 1:
        return tr("All 链通 products");
    case 2:
        return tr("All 链融 products");
    case 3:
        return tr("All 链服 products");
    default:
        break;
    }
    QStringList names;
    for (const quint64 id : a.productIds)
        names << m_productNames.value(id, tr("Product %1").arg(id));
    return names.join(QStringLiteral(", "));
}

QVariant AuthorisationsModel::display(const market::AuthorisationInfo &a, int column) const
{
    const Letter letter = m_letters.value(a.authorisationId);
    switch (column) {
    case Enterprise:
        if (!letter.problem.isEmpty())
            return tr("(letter not opened)");
        return letter.name.isEmpty() ? QStringLiteral("…") : letter.name;
    case CreditCode:
        return letter.code.isEmpty() ? QStringLiteral("…") : letter.code;
    case Covers:
        return coversText(a);
    case Purpose:
        return a.purpose;
    case ValidFrom:
        return validityDay(a.validFromMs, false);
    case ValidUntil:
        return validityDay(a.validUntilMs, true);
    case Status:
        return statusText(a);
    case Uses:
        return QLocale().toString(a.uses);
    case RecordedBy:
        // Every row is this bank's: the column names who, the tooltip names the bank and the account.
        return a.recordedBy.isEmpty() ? tr("Administrator")
                                      : m_userNames.value(a.recordedBy, prefixedHexText(a.recordedBy));
    default:
        return {};
    }
}

int AuthorisationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuthorisationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorisationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const market::AuthorisationInfo &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case kSortRole:
        if (index.column() == ValidFrom)
            return QVariant::fromValue(a.validFromMs);
        if (index.column() == ValidUntil)
            return QVariant::fromValue(a.validUntilMs);
        if (index.column() == Uses)
            return QVariant::fromValue(a.uses);
        return display(a, index.column());
    case kSearchRole:
        return QStringList { display(a, Enterprise).toString(), display(a, CreditCode).toString(), a.purpose,
            coversText(a) }
            .join(u' ');
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (a.revoked || m_nowMs >= a.validUntilMs)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (expiringSoon(a))
            return QBrush(QColor(0xa0, 0x50, 0x00)); // in colour, not bold: bold pushed Recorded by out of sight
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && a.revoked)
            return tr("Revoked on %1: %2")
                .arg(QLocale().toString(
                         QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(a.revokedAtMs)), QLocale::ShortFormat),
                    a.revokeReason);
        if (index.column() == Status && expiringSoon(a))
            return tr("Expires in %n day(s)", nullptr, daysLeft(a));
        if (index.column() == Enterprise)
            return m_letters.value(a.authorisationId).problem;
        if (index.column() == RecordedBy)
            return a.recordedBy.isEmpty()
                ? tr("The administrator account of %1").arg(m_institutionName)
                : tr("%1 @ %2, account %3")
                      .arg(m_userNames.value(a.recordedBy), m_institutionName, prefixedHexText(a.recordedBy));
        return {};
    default:
        return {};
    }
}

QVariant AuthorisationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
    case Covers:
        return tr("Covers");
    case Purpose:
        return tr("Purpose");
    case ValidFrom:
        return tr("Valid from");
    case ValidUntil:
        return tr("Valid until");
    case Status:
        return tr("Status");
    case Uses:
        return tr("Uses");
    case RecordedBy:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace credit::ui
