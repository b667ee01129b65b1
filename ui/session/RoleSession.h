// SPDX-License-Identifier: Apache-2.0
// A signed-in session behind a main window: the desk::DeskSession (light node,
// worker), the status bar's presenter and the role's pages. Made after
// unlock, destroyed on lock (with it the session's copy of the key).
#pragma once

#include "chain/NetworkProfile.h"
#include "desk/SigningKey.h"

#include <memory>

namespace credit::desk {
class DeskSession;
}

namespace credit::ui {

class MainWindow;
class RoleWorkspace;
class SyncStatusPresenter;

class RoleSession final {
public:
    //! Builds the session for window and starts its light node.
    RoleSession(
        MainWindow &window, const chain::NetworkProfile &profile, const desk::SigningKey &key, const QString &dataDir);
    //! Puts an already started session (e.g. the one that verified the
    //! signed-in identity) behind window.
    RoleSession(MainWindow &window, std::unique_ptr<desk::DeskSession> context);
    ~RoleSession();
    Q_DISABLE_COPY_MOVE(RoleSession)

    desk::DeskSession &context() { return *m_context; }

private:
    MainWindow &m_window;
    std::unique_ptr<desk::DeskSession> m_context;
    std::unique_ptr<SyncStatusPresenter> m_presenter;
    std::unique_ptr<RoleWorkspace> m_workspace;
};

} // namespace credit::ui
