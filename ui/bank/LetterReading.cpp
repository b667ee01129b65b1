// SPDX-License-Identifier: Apache-2.0
#include "bank/LetterReading.h"

#include "bureau/AuthorisationLetterView.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

void readLetterFile(QObject *context, const QString &path, std::function<void(const Result<desk::LetterFile> &)> done)
{
    auto *watcher = new QFutureWatcher<Result<desk::LetterFile>>(context);
    QObject::connect(
        watcher, &QFutureWatcher<Result<desk::LetterFile>>::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            done(watcher->result());
        });
    watcher->setFuture(QtConcurrent::run([path] { return desk::LetterFile::read(path); }));
}

void previewLetterFile(QWidget *parent, const desk::LetterFile &letter)
{
    auto *window = new QDialog(parent);
    window->setObjectName(QStringLiteral("letterPreview"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(
        QCoreApplication::translate("PlaceOrderDialog", "Authorisation letter: %1").arg(letter.fileName));
    auto *view = new AuthorisationLetterView(window);
    view->showFile(letter.fileName, letter.mediaType, letter.content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Return is the viewer's (page number, find)
    QObject::connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    window->resize(720, 860);
    window->open();
}

} // namespace credit::ui
