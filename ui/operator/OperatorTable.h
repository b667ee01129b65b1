// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace credit::ui {

//! A read-only list of the operator's pages: whole rows selected, no row
//! numbers, the last column taking the rest. Column widths are left to
//! TableStateKeeper (RoleWorkspace attaches it to every table): it fits them
//! to the rows and then keeps what the operator drags.
inline QTableView *operatorTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace credit::ui
