// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace credit::ui {

//! The question the operator answers before a change is signed: "Sign and
//! send" or Cancel (the default, so Enter signs nothing). The box is a child of
//! parent named objectName, deleted once answered; signAndSend runs only on
//! "Sign and send" (and not when parent is gone). The caller opens it, after
//! adding details if it has any.
QMessageBox *askBeforeSigning(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
    const QString &text, std::function<void()> signAndSend);

} // namespace credit::ui
