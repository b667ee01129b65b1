// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

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
    UnlockDialog(KeySession &session, const QString &keyFilePath, const QString &identity,
                 QWidget *parent = nullptr);
    ~UnlockDialog() override;

    //! True while a decryption runs.
    bool isBusy() const { return m_working; }

protected:
    void reject() override;

private:
    void startUnlock();
    void finishUnlock();
    void setBusy(bool busy);

    KeySession &m_session;
    QLineEdit *m_keyFile;
    QLineEdit *m_password;
    QLabel *m_message;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Result<crypto::Sm2PrivateKey>> m_watcher;
    bool m_working = false; // until finishUnlock ran, not merely until the worker returned
};

} // namespace credit::ui
