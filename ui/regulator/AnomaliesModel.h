// SPDX-License-Identifier: Apache-2.0
// The anomaly rules' hits as a table: rule, subject, why, when, how many orders.
#pragma once

#include "market/SupervisionRecords.h"

#include <QAbstractTableModel>

namespace credit::ui {

class AnomaliesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomaliesModel)
public:
    enum Column { Rule, Subject, Detail, Time, Orders, ColumnCount };
    //! Sorting: the time in ms, the count as a number.
    static constexpr int kSortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setList(const market::AnomalyList &list);
    const market::AnomalyList &list() const { return m_list; }
    const market::AnomalyHit &hit(int row) const { return m_list.hits.at(row); }
    //! The rule's hits over the whole filter (the list shows at most a limit of each).
    qint64 totalOf(market::AnomalyRule rule) const;
    //! "Repeated queries: 上海银行 — 91310115…" for the order browser's title.
    QString caption(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    market::AnomalyList m_list;
};

} // namespace credit::ui
