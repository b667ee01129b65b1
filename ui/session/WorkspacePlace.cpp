// SPDX-License-Identifier: Apache-2.0
#include "session/WorkspacePlace.h"

#include "common/PageSearch.h"
#include "main/MainWindow.h"
#include "session/PlaceRestorer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

namespace credit::ui {

namespace {
//! The page's own named widgets of type T: not a dialog's opened over it.
template<typename T> QList<T *> pageWidgets(const QWidget &page, const QWidget &window)
{
    QList<T *> found;
    for (T *widget : page.findChildren<T *>())
        if (widget->window() == &window && !widget->objectName().isEmpty())
            found << widget;
    return found;
}
} // namespace

WorkspacePlace WorkspacePlace::capture(const MainWindow &window)
{
    WorkspacePlace place;
    place.current = window.currentPage();
    for (const PageEntry &entry : pagesFor(window.role())) {
        const QWidget *widget = window.page(entry.id);
        if (!widget)
            continue;
        Page page;
        page.id = entry.id;
        if (const QLineEdit *search = pageSearch(widget))
            page.search = search->text();
        for (const QComboBox *combo : pageWidgets<QComboBox>(*widget, window))
            if (!combo->isEditable()) // an editable one is an entry field, not a filter
                page.choices.insert(combo->objectName(), combo->currentText());
        for (const QCheckBox *box : pageWidgets<QCheckBox>(*widget, window))
            page.ticks.insert(box->objectName(), box->isChecked());
        for (const QTableView *table : pageWidgets<QTableView>(*widget, window)) {
            const QModelIndex current = table->currentIndex();
            if (!current.isValid())
                continue;
            QStringList cells;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                cells << table->model()->index(current.row(), column).data().toString();
            page.rows.insert(table->objectName(), cells);
        }
        place.pages << page;
    }
    return place;
}

void WorkspacePlace::restore(MainWindow &window) const
{
    auto *restorer = new PlaceRestorer(window);
    for (const Page &page : pages) {
        QWidget *widget = window.page(page.id);
        if (!widget)
            continue;
        for (QComboBox *combo : pageWidgets<QComboBox>(*widget, window))
            if (page.choices.contains(combo->objectName()))
                restorer->waitForChoice(*combo, page.choices.value(combo->objectName()));
        for (QCheckBox *box : pageWidgets<QCheckBox>(*widget, window))
            if (page.ticks.contains(box->objectName()))
                box->setChecked(page.ticks.value(box->objectName()));
        if (QLineEdit *search = pageSearch(widget))
            search->setText(page.search);
        for (QTableView *table : pageWidgets<QTableView>(*widget, window))
            if (page.rows.contains(table->objectName()))
                restorer->waitForRow(*table, page.rows.value(table->objectName()));
    }
    window.showPage(current);
    restorer->start();
}

} // namespace credit::ui
