// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QAbstractTableModel>
#include <QSet>

namespace credit::ui {

//! The users of one institution, one row each: name, account (shortened, in
//! full in the tooltip), status (a change still pending says so) and the block
//! and time of the last change, from verified blocks.
class UsersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)
public:
    enum Column { Name, Account, Status, LastChangeBlock, LastChangeTime, ColumnCount };
    //! Name and the full account in one text: what the page's search matches.
    static constexpr int kSearchRole = Qt::UserRole + 1;
    //! What a column sorts by: blocks and times as numbers, the rest as shown.
    static constexpr int kSortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(QList<desk::InstitutionUser> users);
    //! The accounts with a change sent and not yet verified.
    void setPending(QSet<QByteArray> accounts);
    const desk::InstitutionUser &user(int row) const { return m_rows.at(row); }
    //! The row of an account, or -1.
    int rowOf(const QByteArray &account) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<desk::InstitutionUser> m_rows;
    QSet<QByteArray> m_pending;
};

//! "0x1a2b3c…7d8e": an account as it fits a column.
QString shortAccount(const QByteArray &account);

} // namespace credit::ui
