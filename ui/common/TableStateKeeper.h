// SPDX-License-Identifier: Apache-2.0
// Keeps a table's column widths, order and sort between runs: restores the
// header from the settings when attached, saves it whenever the user changes it.
// A table with nothing saved fits its columns to the first rows it shows.
#pragma once

#include <QObject>

class QTableView;

namespace credit::ui {

class TerminalSettings;

class TableStateKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableStateKeeper)
public:
    //! Keyed by the table's objectName; child of the table, so it goes with it. settings must outlive the table.
    static void attach(QTableView &table, TerminalSettings &settings);

private:
    TableStateKeeper(QTableView &table, TerminalSettings &settings);
    void fitColumnsOnFirstRows();
    void save();

    QTableView &m_table;
    TerminalSettings &m_settings;
    bool m_fitted = false;
};

} // namespace credit::ui
