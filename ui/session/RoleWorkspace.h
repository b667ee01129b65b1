// SPDX-License-Identifier: Apache-2.0
// Puts a role's real pages into its main window and keeps them fed from the
// verified store: one place that knows which page each role gets.
#pragma once

#include <QObject>

namespace credit::ui {

class MainWindow;
class PendingOrders;
class TerminalContext;

class RoleWorkspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleWorkspace)
public:
    //! Both must outlive the workspace.
    RoleWorkspace(MainWindow &window, TerminalContext &context, QObject *parent = nullptr);

    //! Re-reads what the pages show from the store (on every commit).
    void refresh();

private:
    MainWindow &m_window;
    TerminalContext &m_context;
    PendingOrders *m_pending = nullptr;  //!< bank: orders being sent; outlives the dialogs that start them
};

} // namespace credit::ui
