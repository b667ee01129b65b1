// SPDX-License-Identifier: Apache-2.0
#include "operator/UsersModel.h"

#include "common/HexText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace credit::ui {

QString shortAccount(const QByteArray &account)
{
    const QString hex = hexText(account);
    return hex.size() <= 12 ? QStringLiteral("0x") + hex : QStringLiteral("0x%1…%2").arg(hex.left(6), hex.right(4));
}

void UsersModel::setUsers(QList<desk::InstitutionUser> users)
{
    beginResetModel();
    m_rows = std::move(users);
    endResetModel();
}

void UsersModel::setPending(QSet<QByteArray> accounts)
{
    m_pending = std::move(accounts);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

int UsersModel::rowOf(const QByteArray &account) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).account == account)
            return row;
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const desk::InstitutionUser &u = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return u.name;
        case Account:
            return shortAccount(u.account);
        case Status: {
            const QString status = u.active ? tr("Active") : tr("Frozen");
            return m_pending.contains(u.account) ? tr("%1 (change pending)").arg(status) : status;
        }
        case LastChangeBlock:
            return QLocale().toString(u.block);
        case LastChangeTime:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(u.changedAtMs), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == kSortRole) {
        if (index.column() == LastChangeBlock)
            return QVariant::fromValue(u.block);
        if (index.column() == LastChangeTime)
            return QVariant::fromValue(u.changedAtMs);
        return data(index, Qt::DisplayRole);
    }
    if (role == kSearchRole)
        return u.name + u' ' + prefixedHexText(u.account);
    if (role == Qt::ForegroundRole && index.column() == Status && !u.active)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && (index.column() == Account || index.column() == Name))
        return prefixedHexText(u.account);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == LastChangeBlock || section == LastChangeTime))
        return tr("The last change of the user: opened, frozen or unfrozen");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User");
    case Account:
        return tr("Account");
    case Status:
        return tr("Status");
    case LastChangeBlock:
        return tr("Block");
    case LastChangeTime:
        return tr("Changed at");
    default:
        return {};
    }
}

} // namespace credit::ui
