// SPDX-License-Identifier: Apache-2.0
// Fields the operator's dialogs share, set up one way.
#pragma once

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>

namespace credit::ui {

//! A pasted hex public key: fixed-width digits, four lines high, Tab moves on.
inline void setUpPublicKeyField(QPlainTextEdit *field, const QString &placeholder)
{
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setPlaceholderText(placeholder);
    field->setTabChangesFocus(true);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * 4 + 12);
}

//! The line under a dialog's fields that says what is wrong, in red. Two lines
//! are kept for it: an error never moves the buttons.
inline void setUpDialogError(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2);
}

} // namespace credit::ui
