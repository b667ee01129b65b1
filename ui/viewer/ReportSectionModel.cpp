// SPDX-License-Identifier: Apache-2.0
#include "viewer/ReportSectionModel.h"

namespace credit::ui {

ReportSectionModel::ReportSectionModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportSectionModel::setSection(ReportSection section)
{
    beginResetModel();
    m_section = std::move(section);
    endResetModel();
}

int ReportSectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_section.rows.size());
}

int ReportSectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_section.headers.size());
}

QVariant ReportSectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_section.rows.size())
        return {};
    const QString text = m_section.rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return text;
    if (role == Qt::ToolTipRole && text.size() > 40)
        return text; // long texts (addresses, warnings) whole on hover
    return {};
}

QVariant ReportSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_section.headers.value(section);
}

} // namespace credit::ui
