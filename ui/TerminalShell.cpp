// SPDX-License-Identifier: Apache-2.0
#include "TerminalShell.h"

#include "catalogue/ProductCataloguePage.h"
#include "devnet/EmbeddedDevnet.h"
#include "main/MainWindow.h"
#include "main/StatusBarController.h"
#include "settings/TerminalSettings.h"
#include "setup/SetupWindow.h"
#include "unlock/IdleLock.h"
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QStandardPaths>

namespace credit::ui {

TerminalShell::Paths TerminalShell::defaultPaths()
{
    Paths paths;
    paths.keysDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/keys");
    paths.demoDataDir = devnet::EmbeddedDevnet::defaultDataDir();
    return paths;
}

TerminalShell::TerminalShell(TerminalSettings &settings, const Clock &clock, Paths paths, QObject *parent)
    : QObject(parent), m_settings(settings), m_paths(std::move(paths)), m_session(std::make_unique<KeySession>()),
      m_idle(std::make_unique<IdleLock>(clock))
{
    connect(m_idle.get(), &IdleLock::idleTimeout, this, &TerminalShell::lock);
}

TerminalShell::~TerminalShell()
{
    delete m_setup;
    delete m_unlock;
}

SetupWindow *TerminalShell::setupWindow() const
{
    return m_setup;
}

UnlockDialog *TerminalShell::unlockDialog() const
{
    return m_unlock;
}

void TerminalShell::start()
{
    if (m_settings.isConfigured())
        beginSession();
    else
        showSetup();
}

void TerminalShell::showSetup()
{
    m_setup = new SetupWindow(m_settings, m_paths.keysDir);
    m_setup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setup, &SetupWindow::demoRequested, this, &TerminalShell::startDemoNetwork);
    connect(m_setup, &SetupWindow::completed, this, [this] {
        // Hide first so the unlock dialog is never "the last window" closing.
        m_setup->hide();
        m_setup->deleteLater();
        beginSession();
    });
    m_setup->show();
}

void TerminalShell::beginSession()
{
    if (m_settings.mode() == NetworkMode::Demo)
        startDemoNetwork();
    showUnlock();
}

void TerminalShell::showUnlock()
{
    if (m_unlock)
        return;
    QString identity = m_settings.identityName();
    if (identity.isEmpty())
        identity = m_settings.identityAddress();
    m_unlock = new UnlockDialog(*m_session, m_settings.keyFilePath(), identity);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlock, &UnlockDialog::accepted, this, &TerminalShell::openMainWindow);
    m_unlock->show();
}

void TerminalShell::openMainWindow()
{
    if (!m_main) {
        m_main = std::make_unique<MainWindow>(roleFromKey(m_settings.identityRole()), m_settings.identityName(),
                                              m_settings);
        connect(m_main.get(), &MainWindow::lockRequested, this, &TerminalShell::lock);
        // Empty until the light node's store feeds it (MarketQueries::products).
        if (m_main->role() == Role::Bank)
            m_main->setPage(PageId::ProductCatalogue, new ProductCataloguePage);
        if (m_demo && !m_demo->url().isEmpty())
            m_main->statusController().setEndpoint(m_demo->url().toString());
    }
    m_idle->setTimeoutMinutes(m_settings.idleLockMinutes());
    m_idle->arm();
    m_main->show();
    Q_EMIT mainWindowShown(m_main.get());
}

void TerminalShell::lock()
{
    m_idle->disarm();
    m_session->lock();
    if (m_main) {
        m_settings.setWindowGeometry(m_main->saveGeometry());
        m_settings.setWindowState(m_main->saveState());
        // Nothing readable stays on screen while the key is gone.
        m_main->hide();
    }
    showUnlock();
}

void TerminalShell::startDemoNetwork()
{
    if (m_demo)
        return;
    m_demo = std::make_unique<devnet::EmbeddedDevnet>();
    connect(m_demo.get(), &devnet::EmbeddedDevnet::ready, this, [this](const QUrl &url) {
        if (m_setup)
            m_setup->setDemoNetworkStatus(demoStatusText());
        if (m_main)
            m_main->statusController().setEndpoint(url.toString());
    });
    connect(m_demo.get(), &devnet::EmbeddedDevnet::failed, this, [this](const QString &message) {
        m_demoError = message;
        if (m_setup)
            m_setup->setDemoNetworkStatus(demoStatusText());
        if (m_main)
            m_main->statusController().raiseAlarm(demoStatusText());
    });
    devnet::Devnet::Options options;
    options.genesisPath = m_paths.demoGenesis;
    options.dataDir = m_paths.demoDataDir;
    m_demo->start(options);
    if (m_setup)
        m_setup->setDemoNetworkStatus(demoStatusText());
}

QString TerminalShell::demoStatusText() const
{
    if (!m_demoError.isEmpty())
        return tr("The demo network could not start: %1").arg(m_demoError);
    if (m_demo && !m_demo->url().isEmpty())
        return tr("The demo network is running at %1.").arg(m_demo->url().toString());
    return tr("The demo network is starting (the first start writes a year of history, which takes a few seconds)…");
}

} // namespace credit::ui
