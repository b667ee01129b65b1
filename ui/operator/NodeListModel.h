// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>

namespace credit::ui {

//! A list of node ids: shortened for display, the full id in the tooltip,
//! the raw 64 bytes under kNodeIdRole.
class NodeListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeListModel)
public:
    static constexpr int kNodeIdRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    void setNodes(QList<QByteArray> nodes);
    const QList<QByteArray> &nodes() const { return m_nodes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<QByteArray> m_nodes;
};

} // namespace credit::ui
