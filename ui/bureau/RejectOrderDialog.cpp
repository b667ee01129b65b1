// SPDX-License-Identifier: Apache-2.0
#include "bureau/RejectOrderDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace credit::ui {

RejectOrderDialog::RejectOrderDialog(quint64 orderId, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectOrderDialog"));
    setWindowTitle(tr("Reject order %1").arg(orderId));
    auto *prompt = new QLabel(tr("Why is this order rejected? The bank sees the reason, and it is recorded on the "
                                 "chain in clear: do not write the enterprise's name or code."),
        this);
    prompt->setObjectName(QStringLiteral("rejectPromptLabel"));
    prompt->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("rejectReasonEdit"));
    m_error->setObjectName(QStringLiteral("rejectReasonError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("rejectButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject order"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RejectOrderDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString RejectOrderDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectOrderDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("A reason is required to reject an order."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace credit::ui
