// SPDX-License-Identifier: Apache-2.0
// Where the user was in a main window: the page shown and, on each page, the
// search text, the filter choices and the selected row. Taken before lock
// destroys the window and put back in the new one after unlock, so a lock
// costs the user no clicks. Screen texts only, in memory only: no key material.
#pragma once

#include "main/RolePages.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace credit::ui {

class MainWindow;

struct WorkspacePlace {
    struct Page {
        PageId id = PageId::ProductCatalogue;
        QString search; //!< the page's search field (PageSearch); empty when it has none
        QHash<QString, QString> choices; //!< filter combo box (objectName) → its shown text
        QHash<QString, bool> ticks; //!< filter check box (objectName) → checked
        QHash<QString, QStringList> rows; //!< table (objectName) → its current row's texts, column by column
    };
    PageId current = PageId::ProductCatalogue;
    QList<Page> pages;

    //! What window shows now. Widgets of dialogs over the window are not part of it.
    static WorkspacePlace capture(const MainWindow &window);
    //! Puts the place back in window (whose pages are new and may still be
    //! empty): the page, filters and search at once; a filter choice or row
    //! that is not there yet as soon as the page's data brings it, unless the
    //! user chose something else first.
    void restore(MainWindow &window) const;
};

} // namespace credit::ui
