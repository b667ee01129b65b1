// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

namespace credit::ui {

//! Stand-in main window until the desktop shell lands (issue 5).
class PlaceholderWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit PlaceholderWindow(QWidget *parent = nullptr);
};

} // namespace credit::ui
