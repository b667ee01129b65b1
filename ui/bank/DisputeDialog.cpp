// SPDX-License-Identifier: Apache-2.0
#include "bank/DisputeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace credit::ui {

DisputeDialog::DisputeDialog(quint64 orderId, const QList<market::InstitutionInfo> &mediators, QWidget *parent)
    : QDialog(parent), m_mediator(new QComboBox(this)), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("disputeDialog"));
    setWindowTitle(tr("Raise a dispute over order %1").arg(orderId));
    m_mediator->setObjectName(QStringLiteral("mediatorCombo"));
    for (const market::InstitutionInfo &m : mediators)
        m_mediator->addItem(m.name, m.account);
    m_reason->setObjectName(QStringLiteral("disputeReason"));
    m_reason->setPlaceholderText(tr("What is wrong with the report or its delivery"));
    auto *note = new QLabel(tr("The mediator receives copies of the request and the report, encrypted for it."), this);
    note->setObjectName(QStringLiteral("disputeNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("disputeButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign && raise dispute"));
    m_ok->setObjectName(QStringLiteral("raiseDisputeOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DisputeDialog::update);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Mediator"), m_mediator);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(note);
    form->addRow(buttons);
    update();
}

QByteArray DisputeDialog::mediator() const
{
    return m_mediator->currentData().toByteArray();
}

QString DisputeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void DisputeDialog::update()
{
    m_ok->setEnabled(m_mediator->currentIndex() >= 0 && !reason().isEmpty());
}

} // namespace credit::ui
