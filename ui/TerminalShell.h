// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "session/IdentityCheck.h"
#include "session/WorkspacePlace.h"

#include <memory>
#include <optional>

namespace credit::devnet {
class EmbeddedDevnet;
}

namespace credit::desk {
class DeskSession;
}

namespace credit {
class Clock;
}

namespace credit::ui {

class IdentityCheck;
class RoleSession;
class IdleLock;
class KeySession;
class MainWindow;
class SetupWindow;
class TerminalSettings;
class UnlockDialog;

//! Runs the terminal's windows: first-start setup, unlock, the role's main
//! window, idle lock, and the embedded demo chain in demo mode.
class TerminalShell final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalShell)
public:
    struct Paths {
        QString keysDir; //!< imported and new keys (encrypted)
        QString demoDataDir; //!< the embedded demo chain's blocks: one folder per demo genesis under it
        QString demoGenesis = QStringLiteral(":/demo/genesis.json");
        QString networksDir; //!< light stores and document caches, one folder per network
    };
    //! Default paths under QStandardPaths::AppLocalDataLocation.
    static Paths defaultPaths();

    //! settings and clock must outlive the shell.
    TerminalShell(TerminalSettings &settings, const Clock &clock, Paths paths, QObject *parent = nullptr);
    ~TerminalShell() override;

    //! Shows the first window: setup on first start, else the unlock dialog.
    void start();
    //! Shows the welcome page whatever was chosen before (the demo command).
    void startAtWelcome();
    //! Drops the key and asks for the password again. The main window's place
    //! (page, filters, search, selected rows) is kept in memory for an unlock
    //! by the same identity.
    void lock();
    //! Ends the session as lock does, forgets the place, and shows the choice
    //! of identity (the setup window) to sign in with this one or another.
    void signOut();
    //! Checks the evidence pack at path (credit-terminal PACK, a double click
    //! in the file manager) as Terminal → Verify evidence pack… does. The check
    //! needs the network's genesis hash and a signed-in session, so while the
    //! terminal is in setup, locked or still signing in, the pack waits and is
    //! checked as soon as the main window opens; at once if it is open.
    void openEvidencePack(const QString &path);
    //! The pack waiting for a sign-in (empty when none).
    QString pendingEvidencePack() const { return m_pendingPack; }
    //! Shows the window in use above the others (a second start of the terminal).
    void bringToFront();

    // What is on screen, for tests and for the lead's wiring.
    SetupWindow *setupWindow() const;
    UnlockDialog *unlockDialog() const;
    MainWindow *mainWindow() const { return m_main.get(); }
    KeySession &session() { return *m_session; }
    IdleLock &idleLock() { return *m_idle; }
    devnet::EmbeddedDevnet *demoNetwork() const { return m_demo.get(); }
    //! The signed-in session (light node, worker); nullptr while locked or before the network is known.
    desk::DeskSession *context() const;

Q_SIGNALS:
    //! The main window exists and shows (after each unlock).
    void mainWindowShown(credit::ui::MainWindow *window);
    //! The session's light node started (after unlock, once the network is known).
    void sessionStarted(credit::desk::DeskSession *context);
    //! The verified chain named the key's institution; the main window follows.
    void identityVerified(const credit::ui::VerifiedIdentity &identity);

private:
    void showSetup();
    void beginSession();
    void showUnlock();
    //! The setup window at its identity choice (sign out, Cancel at unlock).
    void showIdentityChoice();
    //! What lock and sign out share: the key, the session and the window go.
    void closeSession();
    void openMainWindow();
    void startDemoNetwork();
    //! Creates the session once the key is unlocked and the network known,
    //! and checks on its verified chain who the key is.
    void startSession();
    void onIdentityConfirmed(const VerifiedIdentity &identity);
    //! The key may not sign in (or the user cancelled): drops it and the session.
    void abandonSignIn(const QString &explanation);
    //! Ends the session that was verifying the key, if any (no window yet).
    void dropPendingSession();
    void endSession();
    QString demoStatusText() const;

    TerminalSettings &m_settings;
    Paths m_paths;
    std::unique_ptr<KeySession> m_session;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<devnet::EmbeddedDevnet> m_demo;
    QString m_demoError;
    QPointer<SetupWindow> m_setup;
    QPointer<UnlockDialog> m_unlock;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<RoleSession> m_roleSession;
    //! Between unlock and the main window: the session whose node is
    //! verifying who the key is (handed to the RoleSession when confirmed).
    std::unique_ptr<desk::DeskSession> m_pendingContext;
    std::unique_ptr<IdentityCheck> m_identityCheck;
    std::optional<VerifiedIdentity> m_identity;
    QString m_pendingPack; //!< opened before a main window existed
    //! Where the user was when the terminal locked, and whose place it is:
    //! restored only when the same institution (account and role) unlocks again.
    struct KeptPlace {
        QByteArray account;
        Role role = Role::Bank;
        WorkspacePlace place;
    };
    std::optional<KeptPlace> m_place;
    bool m_demoFresh = false; //!< the demo chain was created this run: its old light store is stale
};

} // namespace credit::ui
