// SPDX-License-Identifier: Apache-2.0
// Labels of the entry dialogs (place an order, record an authorisation) whose
// text comes and goes as the user types.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace credit::ui {

//! A label whose height is reserved (lines of text) so that nothing below it
//! moves when its text comes and goes.
QLabel *reservedLabel(const QString &name, int lines, QWidget *parent);
//! A reserved two-line label in the colour of a check that failed.
QLabel *hintLabel(const QString &name, QWidget *parent);

} // namespace credit::ui
