// SPDX-License-Identifier: Apache-2.0
// The dashboard's key numbers as a two-column table (figure, value): each row
// that counts orders names the figure whose orders a drill-down lists.
#pragma once

#include "market/SupervisionRecords.h"

#include <QAbstractTableModel>

#include <optional>

namespace credit::ui {

class SupervisionNumbersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionNumbersModel)
public:
    enum Column { Figure, Value, ColumnCount };
    //! Qt::UserRole: the row's count (qint64), or an invalid QVariant for rates and durations.
    static constexpr int kCountRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setFigures(const market::SupervisionFigures &figures);
    //! The orders behind row, if it counts orders.
    std::optional<market::FigureRef> figure(int row) const;
    //! The row's name ("SLA breaches").
    QString caption(int row) const;
    //! The first row showing kind (and key), or -1.
    int rowOf(market::FigureKind kind, const QString &key = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString caption;
        QString value;
        std::optional<qint64> count;
        std::optional<market::FigureRef> figure;
    };
    QList<Row> m_rows;
};

} // namespace credit::ui
