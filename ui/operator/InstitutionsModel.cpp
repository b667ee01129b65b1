// SPDX-License-Identifier: Apache-2.0
#include "operator/InstitutionsModel.h"

#include "common/Role.h"
#include "market/RegionNames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace credit::ui {

void InstitutionsModel::setInstitutions(QList<market::InstitutionInfo> institutions)
{
    beginResetModel();
    m_rows = std::move(institutions);
    endResetModel();
}

int InstitutionsModel::rowOf(const QByteArray &account) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).account == account)
            return row;
    return -1;
}

int InstitutionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InstitutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstitutionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const market::InstitutionInfo &i = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return i.name;
        case Code:
            return i.code;
        case Role:
            return roleLabel(roleOf(i.role));
        case Region:
            return market::regionLabel(i.region);
        case Status:
            return i.active ? tr("Active") : tr("Deactivated");
        case LastChange:
            return QLocale().toString(i.block);
        default:
            return {};
        }
    }
    if (role == kSearchRole)
        return QStringList { i.name, i.code, roleLabel(roleOf(i.role)), market::regionLabel(i.region),
            QString::fromLatin1(i.account.toHex()) }
            .join(u' ');
    if (role == Qt::ForegroundRole && index.column() == Status && !i.active)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QStringLiteral("0x") + QString::fromLatin1(i.account.toHex());
    return {};
}

QVariant InstitutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Institution");
    case Code:
        return tr("Credit code");
    case Role:
        return tr("Role");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    case LastChange:
        return tr("Last change (block)");
    default:
        return {};
    }
}

} // namespace credit::ui
