// SPDX-License-Identifier: Apache-2.0
#include "operator/SigningConfirmation.h"

#include <QCoreApplication>
#include <QPushButton>

namespace credit::ui {

QMessageBox *askBeforeSigning(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
    const QString &text, std::function<void()> signAndSend)
{
    auto *confirm = new QMessageBox(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    confirm->setObjectName(objectName);
    confirm->button(QMessageBox::Yes)->setText(QCoreApplication::translate("SigningConfirmation", "Sign and send"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(confirm, &QMessageBox::finished, parent, [confirm, signAndSend = std::move(signAndSend)] {
        if (confirm->clickedButton() == confirm->button(QMessageBox::Yes))
            signAndSend();
    });
    return confirm;
}

} // namespace credit::ui
