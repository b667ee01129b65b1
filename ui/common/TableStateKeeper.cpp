// SPDX-License-Identifier: Apache-2.0
#include "common/TableStateKeeper.h"

#include "settings/TerminalSettings.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace credit::ui {

void TableStateKeeper::attach(QTableView &table, TerminalSettings &settings)
{
    if (!table.objectName().isEmpty())
        new TableStateKeeper(table, settings);
}

TableStateKeeper::TableStateKeeper(QTableView &table, TerminalSettings &settings)
    : QObject(&table), m_table(table), m_settings(settings)
{
    QHeaderView *header = table.horizontalHeader();
    const QByteArray saved = settings.tableHeaderState(table.objectName());
    // A state from another version is refused by Qt; widths saved before fitting
    // went on (no "chosen" mark) were mostly fitted ones, and are fitted again.
    const bool restored = !saved.isEmpty() && header->restoreState(saved);
    m_chosen = restored && settings.tableWidthsChosen(table.objectName());
    if (!m_chosen)
        fitColumnsWhileRowsChange();
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_dragging && !m_chosen) {
            m_chosen = true;
            m_fitSoon->stop();
            m_fitAllSoon->stop();
        }
        if (m_chosen)
            save();
    });
    connect(header, &QHeaderView::sectionMoved, this, &TableStateKeeper::save);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TableStateKeeper::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableStateKeeper::save);
}

bool TableStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
        m_dragging = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_dragging = false;
    return QObject::eventFilter(watched, event);
}

void TableStateKeeper::fitColumnsWhileRowsChange()
{
    // Each column fits its content (full 17-digit order ids, bold new orders,
    // dates on one line, the longest countdown) in either language; a stretched
    // column keeps taking the rest. New rows fit once the event loop is free (a
    // catch-up's many resets, one fit); re-sorted and changed rows (a countdown
    // every 30 s, a block's updates) only widen what they need.
    m_fitSoon = new QTimer(this);
    m_fitSoon->setSingleShot(true);
    m_fitSoon->setInterval(0);
    connect(m_fitSoon, &QTimer::timeout, this, &TableStateKeeper::widenForShownRows);
    m_fitAllSoon = new QTimer(this);
    m_fitAllSoon->setSingleShot(true);
    m_fitAllSoon->setInterval(0);
    connect(m_fitAllSoon, &QTimer::timeout, this, &TableStateKeeper::fit);
    QAbstractItemModel *model = m_table.model();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, m_fitAllSoon, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_fitAllSoon, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::headerDataChanged, m_fitAllSoon, qOverload<>(&QTimer::start)); // a new language
    connect(model, &QAbstractItemModel::layoutChanged, m_fitSoon, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, m_fitSoon, qOverload<>(&QTimer::start));
    fit();
}

void TableStateKeeper::fit()
{
    const QAbstractItemModel *model = m_table.model();
    if (m_chosen || !model)
        return;
    if (model->rowCount() == 0) {
        // No rows yet (a page whose rows load off the GUI thread, an empty
        // list): the header's labels still show whole.
        widenForShownRows();
        return;
    }
    keepRowsOnOneLine();
    m_table.resizeColumnsToContents();
}

void TableStateKeeper::keepRowsOnOneLine()
{
    // A line wrapped in a row of one line's height is cut off; where rows grow
    // to their content, wrapping (a dispute's reason) is the page's choice.
    if (m_table.verticalHeader()->sectionResizeMode(0) != QHeaderView::ResizeToContents)
        m_table.setWordWrap(false);
}

void TableStateKeeper::widenForShownRows()
{
    // Measured in the rows on screen only, and a column only widens: a full fit
    // reads a thousand rows per column, and a sorting proxy re-sorts on every
    // countdown tick; fitting fully then tripled the tick's cost over 50,000
    // orders (bench_orders_view).
    const QAbstractItemModel *model = m_table.model();
    if (m_chosen || !model)
        return;
    if (model->rowCount() > 0)
        keepRowsOnOneLine(); // without rows, the row header has no mode to read yet
    QHeaderView *columns = m_table.horizontalHeader();
    QHeaderView *rows = m_table.verticalHeader();
    const int precision = rows->resizeContentsPrecision();
    rows->setResizeContentsPrecision(0); // 0: the rows shown
    const QAbstractItemView &view = m_table; // QTableView makes sizeHintForColumn protected; the base has it public
    for (int column = 0; column < model->columnCount(); ++column) {
        if (columns->isSectionHidden(column) || columns->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int needed = std::max(view.sizeHintForColumn(column), columns->sectionSizeHint(column));
        if (needed > m_table.columnWidth(column))
            m_table.setColumnWidth(column, needed);
    }
    rows->setResizeContentsPrecision(precision);
}

void TableStateKeeper::showColumnMenu(const QPoint &pos)
{
    const QAbstractItemModel *model = m_table.model();
    QHeaderView *header = m_table.horizontalHeader();
    if (!model)
        return;
    auto *menu = new QMenu(&m_table);
    menu->setObjectName(QStringLiteral("tableColumnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int shown = header->count() - header->hiddenSectionCount();
    // In the order the user sees the columns (they may have been dragged).
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString name = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *toggle = menu->addAction(name.isEmpty() ? tr("Column %1").arg(column + 1) : name);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Show all columns"));
    all->setEnabled(header->hiddenSectionCount() > 0);
    connect(all, &QAction::triggered, this, [this] {
        for (int column = 0; column < m_table.horizontalHeader()->count(); ++column)
            setColumnShown(column, true);
    });
    menu->popup(header->viewport()->mapToGlobal(pos));
}

void TableStateKeeper::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table.horizontalHeader();
    if (header->isSectionHidden(column) == !shown)
        return;
    header->setSectionHidden(column, !shown);
    if (shown && !m_chosen)
        m_table.resizeColumnToContents(column); // it comes back at the width its content needs
    save();
}

void TableStateKeeper::save()
{
    m_settings.setTableHeaderState(m_table.objectName(), m_table.horizontalHeader()->saveState());
    m_settings.setTableWidthsChosen(m_table.objectName(), m_chosen);
}

} // namespace credit::ui
