// SPDX-License-Identifier: Apache-2.0
// Keeps a table's column widths, order and sort between runs: restores the
// header from the settings when attached, saves it whenever the user changes it.
// Until the user drags a column to a width, the columns fit their content
// whenever the rows change (new rows, bold new orders, SLA countdowns): a
// width fitted to the first rows clipped what came later. A right click on
// the header shows or hides columns (kept like the widths), so a list wider
// than the window keeps the columns its user reads in sight.
#pragma once

#include <QObject>

class QPoint;
class QTableView;
class QTimer;

namespace credit::ui {

class TerminalSettings;

class TableStateKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableStateKeeper)
public:
    //! Keyed by the table's objectName; child of the table, so it goes with it. settings must outlive the table.
    static void attach(QTableView &table, TerminalSettings &settings);

protected:
    //! Watches the header for a mouse drag: only the user's hand ends fitting.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableStateKeeper(QTableView &table, TerminalSettings &settings);
    //! The header's menu at pos: a checkable entry per column (the last one
    //! shown cannot be hidden), then "Show all columns".
    void showColumnMenu(const QPoint &pos);
    void setColumnShown(int column, bool shown);
    void fitColumnsWhileRowsChange();
    void fit();
    void widenForShownRows();
    void keepRowsOnOneLine();
    void save();

    QTableView &m_table;
    TerminalSettings &m_settings;
    QTimer *m_fitSoon = nullptr; //!< coalesces changed cells (countdown ticks, block updates) into one widening
    QTimer *m_fitAllSoon = nullptr; //!< coalesces new rows (a catch-up's resets) into one fit
    bool m_chosen = false; //!< the user has set a width: fitting stops
    bool m_dragging = false; //!< a mouse button is down on the header
};

} // namespace credit::ui
