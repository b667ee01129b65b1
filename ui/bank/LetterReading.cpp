// SPDX-License-Identifier: Apache-2.0
#include "bank/LetterReading.h"

#include "bureau/AuthorisationLetterView.h"
#include "common/FileChooser.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
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

void chooseLetterFile(QWidget *parent, std::function<void(const QString &)> chosen)
{
    chooseFile(parent,
        { QCoreApplication::translate("credit::ui::PlaceOrderDialog", "Attach the authorisation letter"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            QCoreApplication::translate("credit::ui::PlaceOrderDialog", "Letters (*.pdf *.png *.jpg *.jpeg)"),
            QFileDialog::AcceptOpen },
        std::move(chosen));
}

void readLetterShowing(QLabel *status, const QString &path, std::function<void(std::optional<desk::LetterFile>)> done)
{
    status->setText(
        QCoreApplication::translate("credit::ui::PlaceOrderDialog", "Reading %1…").arg(path.section(u'/', -1)));
    readLetterFile(status, path, [status, done = std::move(done)](const Result<desk::LetterFile> &letter) {
        if (!letter) {
            status->setText(letter.error().message);
            done(std::nullopt);
            return;
        }
        status->setText(QCoreApplication::translate("credit::ui::PlaceOrderDialog", "%1 (%2 KiB)")
                            .arg(letter->fileName)
                            .arg((letter->content.size() + 1023) / 1024));
        done(*letter);
    });
}

void LetterInput::read(const QString &path, const std::function<void()> &changed)
{
    m_reading = true;
    m_file.reset();
    changed();
    readLetterShowing(m_status, path, [this, changed](std::optional<desk::LetterFile> letter) {
        m_reading = false;
        m_file = std::move(letter);
        changed();
    });
}

std::optional<market::AuthorisationLetter> LetterInput::withValidity(QDate from, QDate until) const
{
    if (!m_file)
        return std::nullopt;
    return market::AuthorisationLetter { m_file->fileName, m_file->mediaType, from.toString(Qt::ISODate),
        until.toString(Qt::ISODate), m_file->content };
}

void previewLetterFile(QWidget *parent, const desk::LetterFile &letter)
{
    auto *window = new QDialog(parent);
    window->setObjectName(QStringLiteral("letterPreview"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(
        QCoreApplication::translate("credit::ui::PlaceOrderDialog", "Authorisation letter: %1").arg(letter.fileName));
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
