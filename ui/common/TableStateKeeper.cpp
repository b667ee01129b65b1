// SPDX-License-Identifier: Apache-2.0
#include "common/TableStateKeeper.h"

#include "settings/TerminalSettings.h"

#include <QHeaderView>
#include <QTableView>

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
    if (!saved.isEmpty())
        header->restoreState(saved); // a state from another version is refused by Qt and ignored
    connect(header, &QHeaderView::sectionResized, this, &TableStateKeeper::save);
    connect(header, &QHeaderView::sectionMoved, this, &TableStateKeeper::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableStateKeeper::save);
}

void TableStateKeeper::save()
{
    m_settings.setTableHeaderState(m_table.objectName(), m_table.horizontalHeader()->saveState());
}

} // namespace credit::ui
