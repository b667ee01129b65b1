// SPDX-License-Identifier: Apache-2.0
#include "common/TableStateKeeper.h"

#include "settings/TerminalSettings.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

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
        }
        if (m_chosen)
            save();
    });
    connect(header, &QHeaderView::sectionMoved, this, &TableStateKeeper::save);
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
    // column keeps taking the rest. New rows fit at once; changed cells (a
    // countdown every 30 s, a block's updates) once the event loop is free.
    m_fitSoon = new QTimer(this);
    m_fitSoon->setSingleShot(true);
    m_fitSoon->setInterval(0);
    connect(m_fitSoon, &QTimer::timeout, this, &TableStateKeeper::fit);
    QAbstractItemModel *model = m_table.model();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableStateKeeper::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &TableStateKeeper::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableStateKeeper::fit);
    connect(model, &QAbstractItemModel::dataChanged, m_fitSoon, qOverload<>(&QTimer::start));
    fit();
}

void TableStateKeeper::fit()
{
    const QAbstractItemModel *model = m_table.model();
    if (m_chosen || !model || model->rowCount() == 0)
        return;
    // A line wrapped in a row of one line's height is cut off; where rows grow
    // to their content, wrapping (a dispute's reason) is the page's choice.
    if (m_table.verticalHeader()->sectionResizeMode(0) != QHeaderView::ResizeToContents)
        m_table.setWordWrap(false);
    m_table.resizeColumnsToContents();
}

void TableStateKeeper::save()
{
    m_settings.setTableHeaderState(m_table.objectName(), m_table.horizontalHeader()->saveState());
    m_settings.setTableWidthsChosen(m_table.objectName(), m_chosen);
}

} // namespace credit::ui
