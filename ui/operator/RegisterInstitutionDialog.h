// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace credit::ui {

//! 登记机构: name, unified social credit code, role, region (a list of
//! provinces) and the public key the institution handed over. Register checks
//! it all through the desk; the first problem shows under the fields (their
//! place is kept, so nothing moves) and the dialog stays open.
class RegisterInstitutionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterInstitutionDialog)
public:
    //! desk must outlive the dialog.
    explicit RegisterInstitutionDialog(desk::OperatorDesk &desk, QWidget *parent = nullptr);

    //! After accept(): what passed the checks.
    const std::optional<desk::CheckedInstitution> &checked() const { return m_checked; }

    void accept() override;

private:
    desk::OperatorDesk &m_desk;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_role;
    QComboBox *m_region;
    QPlainTextEdit *m_publicKey;
    QLabel *m_error;
    std::optional<desk::CheckedInstitution> m_checked;
};

} // namespace credit::ui
