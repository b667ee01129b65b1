// SPDX-License-Identifier: Apache-2.0
#include "common/TableStateKeeper.h"

#include "settings/TerminalSettings.h"

#include <QAbstractItemModel>
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
    if (saved.isEmpty() || !header->restoreState(saved)) // a state from another version is refused by Qt
        fitColumnsOnFirstRows();
    connect(header, &QHeaderView::sectionResized, this, &TableStateKeeper::save);
    connect(header, &QHeaderView::sectionMoved, this, &TableStateKeeper::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableStateKeeper::save);
}

void TableStateKeeper::fitColumnsOnFirstRows()
{
    // Until the user sets widths, each column fits its content (full 17-digit
    // order ids, dates on one line) as soon as the first rows arrive, in
    // either language; a stretched column keeps taking the rest.
    QAbstractItemModel *model = m_table.model();
    if (!model)
        return;
    auto fit = [this] {
        QAbstractItemModel *current = m_table.model();
        if (!current || current->rowCount() == 0 || m_fitted)
            return;
        m_fitted = true;
        m_table.setWordWrap(false);
        m_table.resizeColumnsToContents();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, fit);
    fit();
}

void TableStateKeeper::save()
{
    m_settings.setTableHeaderState(m_table.objectName(), m_table.horizontalHeader()->saveState());
}

} // namespace credit::ui
