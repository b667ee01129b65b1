// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "desk/SigningKey.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace credit::ui {

class KeySession;

//! Asks for the key file's password and decrypts it off the GUI thread
//! (PBKDF2 takes a noticeable fraction of a second). A wrong password is
//! said in the dialog, which stays open for another try.
class UnlockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)
public:
    //! session receives the key on success; it must outlive the dialog.
    UnlockDialog(KeySession &session, const QString &keyFilePath, const QString &identity, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    //! True while a decryption runs.
    bool isBusy() const { return m_working; }
    //! The key file the user unlocked (or is about to).
    QString keyFilePath() const;
    //! True between keyUnlocked and identityConfirmed / identityRefused.
    bool isChecking() const { return m_checking; }

    //! What the identity check waits for (after keyUnlocked).
    void showCheckProgress(const QString &text);
    //! The verified chain names the key's institution: the dialog closes (accepted).
    void identityConfirmed();
    //! The key may not sign in here: the dialog says why and asks again.
    void identityRefused(const QString &explanation);

Q_SIGNALS:
    //! The password was right and the key is in the KeySession; the dialog
    //! stays open while the shell checks who the key is on the chain.
    void keyUnlocked();
    //! The user cancelled the identity check (the shell drops the key).
    void checkCancelled();
    //! Cancel (button or Escape) with no check running: the user wants to choose
    //! another identity. Emitted before the dialog closes; closing the window
    //! itself is no such request (it quits).
    void otherIdentityRequested();

protected:
    void reject() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    //! The Cancel button and Escape.
    void cancel();
    void startUnlock();
    void finishUnlock();
    void setBusy(bool busy);
    void setChecking(bool checking);

    //! What the key file field shows for path: a built-in demo key by its name, never its resource path.
    static QString shownPath(const QString &path);

    KeySession &m_session;
    QString m_keyPath; //!< the key file to open (the field may show it by name)
    QLineEdit *m_keyFile;
    QLineEdit *m_password;
    QLabel *m_message;
    QLabel *m_status;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Result<desk::SigningKey>> m_watcher;
    bool m_working = false; // until finishUnlock ran, not merely until the worker returned
    bool m_checking = false;
};

} // namespace credit::ui
