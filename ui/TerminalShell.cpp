// SPDX-License-Identifier: Apache-2.0
#include "TerminalShell.h"

#include "devnet/EmbeddedDevnet.h"
#include "main/MainWindow.h"
#include "main/StatusBarController.h"
#include "session/DemoChainFolder.h"
#include "session/RoleSession.h"
#include "session/SessionProfile.h"
#include "desk/DeskSession.h"
#include "settings/TerminalSettings.h"
#include "setup/DemoIdentities.h"
#include "setup/SetupWindow.h"
#include "unlock/IdleLock.h"
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QDir>
#include <QStandardPaths>

#include <utility>

namespace credit::ui {

TerminalShell::Paths TerminalShell::defaultPaths()
{
    Paths paths;
    paths.keysDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/keys");
    paths.demoDataDir = devnet::EmbeddedDevnet::defaultDataDir();
    paths.networksDir
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/networks");
    return paths;
}

TerminalShell::TerminalShell(TerminalSettings &settings, const Clock &clock, Paths paths, QObject *parent)
    : QObject(parent), m_settings(settings), m_paths(std::move(paths)), m_session(std::make_unique<KeySession>()),
      m_idle(std::make_unique<IdleLock>(clock))
{
    connect(m_idle.get(), &IdleLock::idleTimeout, this, &TerminalShell::lock);
    if (m_paths.networksDir.isEmpty())
        m_paths.networksDir = defaultPaths().networksDir;
}

TerminalShell::~TerminalShell()
{
    endSession();
    delete m_setup;
    delete m_unlock;
}

void TerminalShell::bringToFront()
{
    // The window the user would be looking at: the unlock question over the main window.
    QWidget *window = m_unlock ? static_cast<QWidget *>(m_unlock)
        : m_main               ? static_cast<QWidget *>(m_main.get())
                               : static_cast<QWidget *>(m_setup);
    if (!window)
        return;
    if (window->isMinimized())
        window->showNormal();
    window->show();
    window->raise();
    window->activateWindow();
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

void TerminalShell::startAtWelcome()
{
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
    connect(m_unlock, &UnlockDialog::keyUnlocked, this, &TerminalShell::startSession);
    connect(m_unlock, &UnlockDialog::checkCancelled, this, [this] { abandonSignIn({}); });
    connect(m_unlock, &UnlockDialog::otherIdentityRequested, this, [this] {
        // The dialog closes itself after this signal; the setup window shows first,
        // so the application never sees its last window close and quit.
        m_unlock.clear();
        showIdentityChoice();
    });
    connect(m_unlock, &UnlockDialog::accepted, this, &TerminalShell::openMainWindow);
    m_unlock->show();
}

void TerminalShell::openMainWindow()
{
    if (!m_identity || !m_pendingContext)
        return;
    if (!m_main) {
        // The role and the name come from the verified chain, never from setup.
        m_main = std::make_unique<MainWindow>(m_identity->role, m_identity->displayName(), m_settings);
        connect(m_main.get(), &MainWindow::lockRequested, this, &TerminalShell::lock);
        connect(m_main.get(), &MainWindow::signOutRequested, this, &TerminalShell::signOut);
        connect(m_main.get(), &MainWindow::idleLockChanged, this, [this](int minutes) {
            m_idle->setTimeoutMinutes(minutes);
            m_idle->arm();
        });
    }
    if (m_identityCheck)
        m_identityCheck.release()->deleteLater(); // we may be inside its signal
    m_roleSession = std::make_unique<RoleSession>(*m_main, std::move(m_pendingContext));
    m_idle->setTimeoutMinutes(m_settings.idleLockMinutes());
    m_idle->arm();
    // Back where the user was before the lock, if it is the same institution signing in again.
    if (m_place && m_place->account == m_identity->account && m_place->role == m_identity->role)
        m_place->place.restore(*m_main);
    m_place.reset();
    m_main->show();
    Q_EMIT mainWindowShown(m_main.get());
    if (!m_pendingPack.isEmpty())
        m_main->verifyEvidenceFile(std::exchange(m_pendingPack, QString()));
}

void TerminalShell::openEvidencePack(const QString &path)
{
    if (m_main && m_roleSession) {
        m_main->verifyEvidenceFile(path);
        return;
    }
    m_pendingPack = path; // the latest one, if several arrive before sign-in
}

void TerminalShell::startSession()
{
    if (m_roleSession || m_pendingContext || !m_session->isUnlocked())
        return;
    QUrl demoUrl;
    QByteArray demoOperator;
    QString demoOperatorName;
    if (m_settings.mode() == NetworkMode::Demo) {
        if (!m_demo || m_demo->url().isEmpty()) {
            if (m_unlock)
                m_unlock->showCheckProgress(demoStatusText());
            return; // again when the demo chain is ready
        }
        demoUrl = m_demo->url();
        // The operator is no institution record; on our own demo chain its account is known.
        if (auto demo = DemoIdentities::load(DemoIdentities::embeddedPath())) {
            for (const DemoIdentity &identity : std::as_const(demo->identities))
                if (identity.role == Role::Operator) {
                    demoOperator = QByteArray::fromHex(identity.address.mid(2).toLatin1());
                    demoOperatorName = identity.name;
                }
        }
    }
    auto profile = sessionProfile(m_settings, demoUrl);
    if (!profile) {
        abandonSignIn(tr("The network profile cannot be used: %1").arg(profile.error().message));
        return;
    }
    const QString dataDir = sessionDataDir(m_paths.networksDir, *profile);
    if (m_demoFresh) {
        // A new demo chain has a new history under the same genesis: the old store would not link to it.
        QDir(dataDir).removeRecursively();
        m_demoFresh = false;
    }
    m_identity.reset();
    m_pendingContext = std::make_unique<desk::DeskSession>(*profile, m_session->key(), dataDir);
    m_pendingContext->start();
    m_identityCheck = std::make_unique<IdentityCheck>(*m_pendingContext, demoOperator, demoOperatorName);
    connect(m_identityCheck.get(), &IdentityCheck::progress, this, [this](const QString &text) {
        if (m_unlock)
            m_unlock->showCheckProgress(text);
    });
    connect(m_identityCheck.get(), &IdentityCheck::confirmed, this, &TerminalShell::onIdentityConfirmed);
    connect(m_identityCheck.get(), &IdentityCheck::refused, this, &TerminalShell::abandonSignIn);
    Q_EMIT sessionStarted(m_pendingContext.get());
    m_identityCheck->start();
}

void TerminalShell::onIdentityConfirmed(const VerifiedIdentity &identity)
{
    m_identity = identity;
    // What the unlock dialog greets next time: the chain's name for the key.
    m_settings.setIdentityName(identity.displayName());
    m_settings.setIdentityRole(roleKey(identity.role));
    m_settings.setIdentityAddress(QStringLiteral("0x") + QString::fromLatin1(identity.account.toHex()));
    if (m_unlock)
        m_settings.setKeyFilePath(m_unlock->keyFilePath());
    m_settings.sync();
    Q_EMIT identityVerified(identity);
    if (m_unlock)
        m_unlock->identityConfirmed(); // accepted → openMainWindow
    else
        openMainWindow();
}

void TerminalShell::dropPendingSession()
{
    // May run inside the check's signal, itself from the node's: both are
    // handed to the event loop, to be destroyed once that emission returned.
    if (m_identityCheck)
        m_identityCheck.release()->deleteLater();
    if (m_pendingContext) {
        m_pendingContext->shutdown();
        m_pendingContext.release()->deleteLater();
    }
    m_identity.reset();
}

void TerminalShell::abandonSignIn(const QString &explanation)
{
    dropPendingSession();
    m_session->lock();
    if (m_unlock && !explanation.isEmpty())
        m_unlock->identityRefused(explanation);
}

void TerminalShell::endSession()
{
    m_roleSession.reset(); // stops the light node; the key copy goes with it
    dropPendingSession();
}

desk::DeskSession *TerminalShell::context() const
{
    if (m_roleSession)
        return &m_roleSession->context();
    return m_pendingContext.get();
}

void TerminalShell::lock()
{
    if (m_main && m_identity)
        m_place = KeptPlace { m_identity->account, m_identity->role, WorkspacePlace::capture(*m_main) };
    closeSession();
    showUnlock();
}

void TerminalShell::signOut()
{
    m_place.reset(); // the next one to sign in starts afresh, whoever it is
    closeSession();
    showIdentityChoice();
}

void TerminalShell::closeSession()
{
    m_idle->disarm();
    m_session->lock();
    if (m_main) {
        m_settings.setWindowGeometry(m_main->saveGeometry());
        m_settings.setWindowState(m_main->saveState());
    }
    // Nothing readable stays on screen, and no copy of the key stays in memory.
    endSession();
    m_main.reset();
}

void TerminalShell::showIdentityChoice()
{
    if (!m_setup || !m_setup->isVisible()) // one that completed may still await its deletion
        showSetup();
    m_setup->showIdentityChoice();
    if (m_demo)
        m_setup->setDemoNetworkStatus(demoStatusText());
}

void TerminalShell::startDemoNetwork()
{
    if (m_demo)
        return;
    const QString chainFolder = demoChainFolder(m_paths.demoDataDir, m_paths.demoGenesis);
    m_demoFresh = QDir(chainFolder).isEmpty();
    m_demo = std::make_unique<devnet::EmbeddedDevnet>();
    connect(m_demo.get(), &devnet::EmbeddedDevnet::ready, this, [this](const QUrl &url) {
        if (m_setup)
            m_setup->setDemoNetworkStatus(demoStatusText());
        if (m_main)
            m_main->statusController().setEndpoint(url.toString());
        startSession(); // when the key was unlocked before the chain was ready
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
    options.dataDir = chainFolder;
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
