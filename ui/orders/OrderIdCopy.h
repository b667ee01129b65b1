// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QTableView;

namespace credit::ui {

//! The order id column of an order table (OrderTableModel's kIdColumn) as
//! people need it: wide enough for any id, and copied whole — "Copy order id" in the
//! row's context menu and Ctrl+C on the selected row.
class OrderIdCopy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderIdCopy)
public:
    //! Sets the table up; a child of the table, so it goes with it.
    static OrderIdCopy *attach(QTableView *table);

    //! Puts the selected row's full order id on the clipboard; false when no row is selected.
    bool copySelected();
    QAction *copyAction() const { return m_copy; }

private:
    explicit OrderIdCopy(QTableView *table);

    QTableView *m_table;
    QAction *m_copy;
};

} // namespace credit::ui
