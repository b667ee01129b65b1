// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace credit::ui {

class TerminalSettings;

//! First start: try the demo network or connect to a real one; choose the language.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(TerminalSettings &settings, QWidget *parent = nullptr);

Q_SIGNALS:
    void demoChosen();
    void connectChosen();
};

} // namespace credit::ui
