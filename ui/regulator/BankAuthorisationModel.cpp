// SPDX-License-Identifier: Apache-2.0
#include "regulator/BankAuthorisationModel.h"

#include "common/HexText.h"

#include <QLocale>

namespace credit::ui {

void BankAuthorisationModel::setCounts(const QList<market::BankAuthorisationCount> &counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

std::optional<market::FigureRef> BankAuthorisationModel::figure(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return std::nullopt;
    const QString key = prefixedHexText(m_counts.at(index.row()).bank);
    switch (index.column()) {
    case Bank:
    case Queries:
        return market::FigureRef { market::FigureKind::Bank, key, -1 };
    case WithoutValidLetter:
        return market::FigureRef { market::FigureKind::BankWithoutValidLetter, key, -1 };
    case Authorised:
        return market::FigureRef { market::FigureKind::BankAuthorised, key, -1 };
    default:
        return std::nullopt; // no drill-down figure for these columns
    }
}

QString BankAuthorisationModel::caption(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const market::BankAuthorisationCount &c = m_counts.at(index.row());
    switch (index.column()) {
    case WithoutValidLetter:
        return tr("%1: orders without a valid authorisation letter").arg(c.bankName);
    case Authorised:
        return tr("%1: orders placed with a recorded authorisation").arg(c.bankName);
    default:
        return tr("%1: orders").arg(c.bankName);
    }
}

int BankAuthorisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_counts.size());
}

int BankAuthorisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankAuthorisationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const market::BankAuthorisationCount &c = m_counts.at(index.row());
    const auto number = [&c](int column) -> qint64 {
        switch (column) {
        case Queries:
            return c.queries;
        case NeedingLetter:
            return c.needingLetter;
        case WithValidLetter:
            return c.withValidLetter;
        case WithoutValidLetter:
            return c.withoutValidLetter;
        case Authorised:
            return c.authorisedOrders;
        case Recorded:
            return c.authorisationsRecorded;
        case Revoked:
            return c.authorisationsRevoked;
        case ValidNow:
            return c.authorisationsValid;
        case Expired:
            return c.authorisationsExpired;
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Bank ? (c.bankName.isEmpty() ? prefixedHexText(c.bank) : c.bankName)
                                      : QLocale().toString(number(index.column()));
    case Qt::EditRole: // sorting
        return index.column() == Bank ? QVariant(c.bankName) : QVariant(number(index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Bank ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == Bank ? prefixedHexText(c.bank) : QVariant();
    default:
        return {};
    }
}

QVariant BankAuthorisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Bank:
        return tr("Bank");
    case Queries:
        return tr("Queries");
    case NeedingLetter:
        return tr("Needing a letter");
    case WithValidLetter:
        return tr("With a valid letter");
    case WithoutValidLetter:
        return tr("Without a valid letter");
    case Authorised:
        return tr("With a recorded authorisation");
    case Recorded:
        return tr("Authorisations recorded");
    case Revoked:
        return tr("Revoked");
    case ValidNow:
        return tr("Valid now");
    case Expired:
        return tr("Expired");
    default:
        return {};
    }
}

} // namespace credit::ui
