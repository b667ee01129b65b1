// SPDX-License-Identifier: Apache-2.0
#include "session/RoleSession.h"

#include "main/MainWindow.h"
#include "session/RoleWorkspace.h"
#include "session/SyncStatusPresenter.h"
#include "session/TerminalContext.h"

namespace credit::ui {

RoleSession::RoleSession(MainWindow &window, const chain::NetworkProfile &profile, const crypto::Sm2PrivateKey &key,
                         const QString &dataDir)
    : m_context(std::make_unique<TerminalContext>(profile, key, dataDir)),
      m_presenter(std::make_unique<SyncStatusPresenter>(m_context->node(), window.statusController())),
      m_workspace(std::make_unique<RoleWorkspace>(window, *m_context))
{
    m_context->start();
}

RoleSession::~RoleSession()
{
    // Pages first (they hold the context), then the node's presenter, then the node.
    m_workspace.reset();
    m_presenter.reset();
    m_context.reset();
}

} // namespace credit::ui
