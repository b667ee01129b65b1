// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! One institution's registration and status changes, oldest first, each
//! with its proof: the verified block, the transaction and how it was sealed.
class InstitutionHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionHistoryModel)
public:
    enum Column { Time, Change, Proof, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(QList<market::InstitutionChange> changes);
    const QList<market::InstitutionChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(const market::InstitutionChange &change);

private:
    QList<market::InstitutionChange> m_changes;
};

} // namespace credit::ui
