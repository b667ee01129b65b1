// SPDX-License-Identifier: Apache-2.0
#include "operator/RegisterInstitutionDialog.h"

#include "common/CreditCodeValidator.h"
#include "common/Role.h"
#include "market/RegionNames.h"
#include "operator/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace credit::ui {

RegisterInstitutionDialog::RegisterInstitutionDialog(desk::OperatorDesk &desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_region(new QComboBox(this)), m_publicKey(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Register an institution"));
    m_name->setObjectName(QStringLiteral("institutionName"));
    m_code->setObjectName(QStringLiteral("institutionCode"));
    m_code->setValidator(new CreditCodeValidator(m_code));
    m_code->setMaxLength(24);
    m_code->setPlaceholderText(tr("18 characters, e.g. 91310000717854505W"));
    m_role->setObjectName(QStringLiteral("institutionRole"));
    for (market::Role role :
        { market::Role::Bank, market::Role::Bureau, market::Role::Regulator, market::Role::Mediator })
        m_role->addItem(roleIcon(roleOf(role)), roleLabel(roleOf(role)), static_cast<int>(role));
    m_region->setObjectName(QStringLiteral("institutionRegion"));
    for (quint32 code : market::provinceCodes())
        m_region->addItem(market::provinceName(code), code);
    m_publicKey->setObjectName(QStringLiteral("institutionPublicKey"));
    setUpPublicKeyField(m_publicKey, tr("The institution's SM2 public key: 128 hex digits"));
    m_error->setObjectName(QStringLiteral("institutionError"));
    setUpDialogError(m_error);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Credit code:"), m_code);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Public key:"), m_publicKey);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("registerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterInstitutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void RegisterInstitutionDialog::accept()
{
    const desk::InstitutionDraft draft { m_name->text(), m_code->text(),
        static_cast<market::Role>(m_role->currentData().toInt()), m_region->currentData().toUInt(),
        m_publicKey->toPlainText() };
    auto checked = m_desk.checkInstitution(draft);
    if (!checked) {
        m_error->setText(checked.error().message);
        return;
    }
    m_error->clear();
    m_checked = *checked;
    QDialog::accept();
}

} // namespace credit::ui
