// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QAbstractTableModel>

#include <optional>

namespace credit::ui {

//! The report of one user list being imported, one row per user of the file:
//! its row in the file, the name, where it stands and why.
class UserImportModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserImportModel)
public:
    enum Column { FileRow, Name, Outcome, Details, ColumnCount };
    enum class State { Checking, Waiting, Pending, Opened, Refused, NotSent };

    struct Entry {
        int fileRow = 0;
        QString name;
        State state = State::Checking;
        QString details; //!< the refusal, or the block that holds the opening
        std::optional<desk::CheckedUser> checked; //!< once the desk's checks passed
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<Entry> entries);
    const Entry &entry(int row) const { return m_rows.at(row); }
    void setChecked(int row, const desk::CheckedUser &checked);
    void setState(int row, State state, const QString &details = {});
    //! How many rows are in `state`.
    int count(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_rows;
};

} // namespace credit::ui
