// SPDX-License-Identifier: Apache-2.0
#include "session/RoleSession.h"

#include "main/MainWindow.h"
#include "session/RoleWorkspace.h"
#include "session/SyncStatusPresenter.h"
#include "desk/DeskSession.h"

namespace credit::ui {

RoleSession::RoleSession(
    MainWindow &window, const chain::NetworkProfile &profile, const desk::SigningKey &key, const QString &dataDir)
    : RoleSession(window, std::make_unique<desk::DeskSession>(profile, key, dataDir))
{
}

RoleSession::RoleSession(MainWindow &window, std::unique_ptr<desk::DeskSession> context)
    : m_window(window), m_context(std::move(context)),
      m_presenter(std::make_unique<SyncStatusPresenter>(m_context->node(), window.statusController())),
      m_workspace(std::make_unique<RoleWorkspace>(window, *m_context))
{
    m_context->start(); // no-op when it was started already
}

RoleSession::~RoleSession()
{
    // 1. Silence the session: the node stops and no signal of it reaches a page
    //    (its stop() flushes the last merged commits: that flush once landed in
    //    a page whose pending-orders helper was already gone).
    m_context->shutdown();
    // 2. Pages and dialogs, while everything they refer to still exists.
    m_window.removeSessionWidgets();
    // 3. The helpers the pages used, the presenter, then the session itself.
    m_workspace.reset();
    m_presenter.reset();
    m_context.reset();
}

} // namespace credit::ui
