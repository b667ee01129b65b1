// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLineEdit;
class QWidget;

namespace credit::ui {

//! The search field a page offers to Go → Search this page (Ctrl+F): the main window
//! knows pages only as widgets, so each page marks its own field.
void markPageSearch(QLineEdit *field);
//! The page's marked search field, or nullptr when it has none.
QLineEdit *pageSearch(const QWidget *page);

} // namespace credit::ui
