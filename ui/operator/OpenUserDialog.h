// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace credit::ui {

//! 开立查询用户: a user's name and key for one institution. Either the terminal
//! generates a new key and writes it, password-protected, to a file the
//! operator hands to the user (off the GUI thread, with progress), or the
//! operator pastes the public key the user made. The desk checks everything;
//! the first problem shows under the fields and the dialog keeps what was typed.
class OpenUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenUserDialog)
public:
    //! desk must outlive the dialog; institution is the account the user is opened for.
    OpenUserDialog(
        desk::OperatorDesk &desk, QByteArray institution, const QString &institutionName, QWidget *parent = nullptr);

    //! After accept(): what passed the checks.
    const std::optional<desk::CheckedUser> &checked() const { return m_checked; }
    //! After accept() with a generated key: the file it was written to.
    const QString &keyFile() const { return m_keyFileWritten; }

    void accept() override;
    void reject() override;

private:
    void showError(const QString &text);
    void setWorking(bool working);
    void updateMode();
    void suggestKeyFile();
    void chooseKeyFile();
    void generate();

    desk::OperatorDesk &m_desk;
    QByteArray m_institution;
    QLineEdit *m_name;
    QRadioButton *m_generate;
    QRadioButton *m_paste;
    QLineEdit *m_keyFile;
    QPushButton *m_chooseKeyFile;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QPlainTextEdit *m_publicKey;
    QProgressBar *m_progress;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_keyFileEdited = false;
    bool m_working = false;
    std::optional<desk::CheckedUser> m_checked;
    QString m_keyFileWritten;
};

} // namespace credit::ui
