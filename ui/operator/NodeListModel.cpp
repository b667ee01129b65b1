// SPDX-License-Identifier: Apache-2.0
#include "operator/NodeListModel.h"

#include "operator/NodeIdText.h"

#include <QFont>
#include <QFontDatabase>

namespace credit::ui {

void NodeListModel::setNodes(QList<QByteArray> nodes)
{
    beginResetModel();
    m_nodes = std::move(nodes);
    endResetModel();
}

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_nodes.size());
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const QByteArray &node = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return shortNodeId(node);
    case Qt::ToolTipRole:
        return fullNodeId(node);
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case kNodeIdRole:
        return node;
    default:
        return {};
    }
}

} // namespace credit::ui
