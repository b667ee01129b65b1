// SPDX-License-Identifier: Apache-2.0
#include "session/PlaceRestorer.h"

#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

namespace credit::ui {

PlaceRestorer::PlaceRestorer(QObject &window) : QObject(&window) { }

void PlaceRestorer::waitForChoice(QComboBox &combo, const QString &text)
{
    m_choices.append({ &combo, text });
    // Commits refill the lists several times a second at most: one try per turn of the event loop.
    connect(combo.model(), &QAbstractItemModel::rowsInserted, this, &PlaceRestorer::schedule);
    connect(combo.model(), &QAbstractItemModel::modelReset, this, &PlaceRestorer::schedule);
    connect(&combo, &QComboBox::activated, this, [this, picked = &combo] {
        m_choices.removeIf([picked](const Choice &choice) { return choice.combo == picked; });
    });
}

void PlaceRestorer::waitForRow(QTableView &table, const QStringList &cells)
{
    m_rows.append({ &table, cells });
    QAbstractItemModel *model = table.model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &PlaceRestorer::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &PlaceRestorer::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PlaceRestorer::schedule);
    // A click or a key in the table is the user choosing for themselves.
    table.installEventFilter(this);
    table.viewport()->installEventFilter(this);
}

void PlaceRestorer::start()
{
    attempt();
}

bool PlaceRestorer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress) {
        m_rows.removeIf([watched](const Row &row) {
            return row.table && (row.table == watched || row.table->viewport() == watched);
        });
    }
    return QObject::eventFilter(watched, event);
}

void PlaceRestorer::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        attempt();
    });
}

void PlaceRestorer::attempt()
{
    // Filters first: they decide which rows the tables show.
    m_choices.removeIf([](const Choice &choice) {
        if (!choice.combo)
            return true;
        const int index = choice.combo->findText(choice.text);
        if (index < 0)
            return false;
        choice.combo->setCurrentIndex(index);
        return true;
    });
    m_rows.removeIf([](const Row &row) {
        if (!row.table)
            return true;
        QAbstractItemModel *model = row.table->model();
        const int found = model ? findRow(*model, row.cells) : -1;
        if (found < 0)
            return false;
        const QModelIndex index = model->index(found, 0);
        row.table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        row.table->scrollTo(index);
        return true;
    });
    if (m_choices.isEmpty() && m_rows.isEmpty())
        deleteLater();
}

int PlaceRestorer::findRow(const QAbstractItemModel &model, const QStringList &cells)
{
    if (cells.isEmpty())
        return -1;
    int firstMatch = -1;
    int matches = 0;
    const int columns = qMin(model.columnCount(), int(cells.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() != cells.first())
            continue;
        bool whole = true;
        for (int column = 1; column < columns && whole; ++column)
            whole = model.index(row, column).data().toString() == cells.at(column);
        if (whole)
            return row;
        if (matches++ == 0)
            firstMatch = row;
    }
    return matches == 1 ? firstMatch : -1;
}

} // namespace credit::ui
