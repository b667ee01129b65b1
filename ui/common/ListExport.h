// SPDX-License-Identifier: Apache-2.0
// Any list on the screens, as the user sees it, to a CSV file or a printer: the
// view's visible columns in their on-screen order, the rows as sorted and filtered.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPrinter;
class QTableView;

namespace credit::ui {

struct ListSnapshot {
    QString title; //!< the page's name, e.g. "My orders"
    QStringList headers;
    QList<QStringList> rows;
};

//! What view shows now (display texts, not raw values: what the user reads is what is written).
ListSnapshot snapshotOf(const QTableView &view, const QString &title);

//! Writes the list as CSV (UTF-8 with BOM, for Excel) to path, whole or not at all:
//! the rows written. Lists on the desks are hundreds of rows, so this runs where it is called.
Result<qint64> writeListCsv(const ListSnapshot &list, const QString &path);

//! Prints the list as a table under its title, with the row count and the time printed.
void printList(const ListSnapshot &list, QPrinter &printer);

} // namespace credit::ui
