// SPDX-License-Identifier: Apache-2.0
#include "regulator/SupervisionNumbersModel.h"

#include "regulator/SupervisionText.h"

#include <QLocale>

namespace credit::ui {

void SupervisionNumbersModel::setFigures(const market::SupervisionFigures &f)
{
    using K = market::FigureKind;
    beginResetModel();
    m_rows.clear();
    const auto count = [this](const QString &caption, qint64 n, K kind, const QString &key = {}) {
        m_rows << Row { caption, QLocale().toString(n), n, market::FigureRef { kind, key, -1 } };
    };
    const auto text = [this](const QString &caption, const QString &value, std::optional<K> kind = {}) {
        m_rows << Row { caption, value, {},
            kind ? std::optional(market::FigureRef { *kind, {}, -1 }) : std::optional<market::FigureRef>() };
    };
    count(tr("Orders"), f.orders, K::Orders);
    count(tr("Accepted"), f.accepted, K::Accepted);
    count(tr("Rejected"), f.rejected, K::Rejected);
    text(tr("Acceptance rate"),
        f.accepted + f.rejected == 0 ? tr("no decisions yet")
                                     : QLocale().toString(f.acceptanceRate * 100.0, 'f', 1) + QStringLiteral(" %"));
    text(tr("Time to accept"), SupervisionText::duration(f.timeToAccept), K::Accepted);
    text(tr("Time to deliver"), SupervisionText::duration(f.timeToDeliver));
    count(tr("SLA breaches (delivered late or overdue)"), f.slaBreaches, K::SlaBreach);
    count(tr("Disputes raised"), f.disputesRaised, K::DisputeRaised);
    count(tr("Disputes resolved"), f.disputesResolved, K::DisputeResolved);
    text(tr("Time to resolve a dispute"), SupervisionText::duration(f.timeToResolve), K::DisputeResolved);
    for (const market::GroupCount &outcome : f.disputeOutcomes)
        count(tr("Outcome: %1").arg(outcome.label.isEmpty() ? outcome.key : outcome.label), outcome.orders,
            K::DisputeOutcome, outcome.key);
    count(tr("Local (enterprise in the bank's region)"), f.localOrders, K::Local);
    count(tr("Cross-region (enterprise outside the bank's region)"), f.crossRegionOrders, K::CrossRegion);
    count(tr("Authorisation letter missing"), f.letterMissing, K::LetterMissing);
    count(tr("Authorisation letter expired when placed"), f.letterExpired, K::LetterExpired);
    count(tr("Authorisation letter not yet valid when placed"), f.letterNotYetValid, K::LetterNotYetValid);
    count(tr("Repeated queries of one enterprise by one bank"), f.repeatedQueryOrders, K::RepeatedQuery);
    count(tr("Placed outside working hours"), f.outsideHoursOrders, K::OutsideHours);
    // Recorded authorisations are records, not orders: only their uses list orders.
    text(tr("Authorisations recorded"), QLocale().toString(f.authorisationsRecorded));
    text(tr("Authorisations revoked"), QLocale().toString(f.authorisationsRevoked));
    text(tr("Authorisations valid now"), QLocale().toString(f.authorisationsValid));
    text(tr("Authorisations expired (not revoked)"), QLocale().toString(f.authorisationsExpired));
    count(tr("Orders placed with a recorded authorisation"), f.authorisedOrders, K::Authorised);
    text(tr("Share of orders placed with a recorded authorisation"),
        f.orders == 0 ? tr("no orders") : QLocale().toString(f.authorisedShare * 100.0, 'f', 1) + QStringLiteral(" %"),
        K::Authorised);
    count(tr("Orders whose authorisation was revoked since"), f.ordersWithRevokedAuthorisation,
        K::AuthorisationRevokedSince);
    endResetModel();
}

std::optional<market::FigureRef> SupervisionNumbersModel::figure(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).figure : std::nullopt;
}

QString SupervisionNumbersModel::caption(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caption : QString();
}

int SupervisionNumbersModel::rowOf(market::FigureKind kind, const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).figure && m_rows.at(row).figure->kind == kind && m_rows.at(row).figure->key == key)
            return row;
    return -1;
}

int SupervisionNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SupervisionNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Figure ? row.caption : row.value;
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return row.figure ? tr("Double-click or press Enter to list these orders") : QVariant();
    case kCountRole:
        return row.count ? QVariant(*row.count) : QVariant();
    default:
        return {};
    }
}

QVariant SupervisionNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Figure ? tr("Figure") : tr("Value");
}

} // namespace credit::ui
