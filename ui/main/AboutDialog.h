// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace credit::ui {

//! Help → About: the version, what the shipped program is licensed under and
//! why, and every library it runs with (version as loaded, licence).
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace credit::ui
