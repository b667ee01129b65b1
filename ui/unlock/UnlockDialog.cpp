// SPDX-License-Identifier: Apache-2.0
#include "unlock/UnlockDialog.h"

#include "unlock/KeySession.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

UnlockDialog::UnlockDialog(KeySession &session, const QString &keyFilePath, const QString &identity, QWidget *parent)
    : QDialog(parent), m_session(session), m_keyPath(keyFilePath),
      m_keyFile(new QLineEdit(shownPath(keyFilePath), this)), m_password(new QLineEdit(this)),
      m_message(new QLabel(this)), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock your key"));
    auto *intro = new QLabel(identity.isEmpty() ? tr("Enter the password of your key file to sign and read documents.")
                                                : tr("Enter the password of the key file of %1.").arg(identity),
        this);
    intro->setWordWrap(true);

    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseKeyButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose your key file"),
            m_keyPath.startsWith(u":/") ? QString() : m_keyPath, tr("Key files (*.pem);;All files (*)"));
        if (!path.isEmpty())
            m_keyFile->setText(path);
    });
    // A path typed, pasted or browsed to replaces the one given; the demo key's name does not.
    connect(m_keyFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != shownPath(m_keyPath))
            m_keyPath = text;
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_keyFile, 1);
    fileRow->addWidget(browse);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->hide();
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->setRange(0, 0); // indeterminate: PBKDF2 reports no progress
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *unlock = m_buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setIcon(style()->standardIcon(QStyle::SP_DialogOkButton));
    unlock->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::startUnlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::cancel);
    connect(&m_watcher, &QFutureWatcher<Result<desk::SigningKey>>::finished, this, &UnlockDialog::finishUnlock);

    auto *form = new QFormLayout;
    form->addRow(tr("Key file:"), fileRow);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    m_password->setFocus();
    setMinimumWidth(460);
}

UnlockDialog::~UnlockDialog()
{
    // The decryption owns copies of its inputs; the dialog only stops listening.
    m_watcher.disconnect(this);
}

void UnlockDialog::reject()
{
    if (isBusy())
        return;
    if (m_checking) {
        setChecking(false);
        m_message->setText(tr("Sign-in cancelled. The key is locked again."));
        m_message->show();
        Q_EMIT checkCancelled();
        return;
    }
    QDialog::reject();
}

void UnlockDialog::cancel()
{
    if (isBusy())
        return;
    if (!m_checking)
        Q_EMIT otherIdentityRequested();
    reject();
}

void UnlockDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString UnlockDialog::keyFilePath() const
{
    return m_keyPath;
}

QString UnlockDialog::shownPath(const QString &path)
{
    // The demo's keys are built into the program (":/demo/keys/…"): a path no user could type or find.
    return path.startsWith(u":/") ? tr("Built-in demo key: %1").arg(QFileInfo(path).fileName()) : path;
}

void UnlockDialog::showCheckProgress(const QString &text)
{
    if (m_checking)
        m_status->setText(text);
}

void UnlockDialog::identityConfirmed()
{
    setChecking(false);
    accept();
}

void UnlockDialog::identityRefused(const QString &explanation)
{
    setChecking(false);
    m_message->setText(explanation);
    m_message->show();
    m_password->setFocus();
}

void UnlockDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_busy->setVisible(checking);
    m_status->setVisible(checking);
    if (!checking)
        m_status->clear();
    m_keyFile->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_buttons->setEnabled(true);
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!checking);
    if (checking)
        m_message->hide();
}

void UnlockDialog::startUnlock()
{
    if (isBusy())
        return;
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the password."));
        m_message->show();
        return;
    }
    const QString path = m_keyPath;
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([path, password = std::move(password)]() mutable {
        auto key = desk::unlockKeyFile(path, password);
        password.fill('\0');
        return key;
    }));
}

void UnlockDialog::finishUnlock()
{
    setBusy(false);
    Result<desk::SigningKey> key = m_watcher.result();
    if (key.ok()) {
        m_session.unlock(std::move(key).value());
        setChecking(true);
        Q_EMIT keyUnlocked();
        return;
    }
    switch (key.error().kind) {
    case ErrorKind::WrongPassword:
        m_message->setText(tr("The password is wrong. Check the keyboard layout and Caps Lock, then try again."));
        break;
    case ErrorKind::NotFound:
        m_message->setText(tr("The key file was not found. Choose the right file and try again."));
        break;
    default:
        m_message->setText(tr("The key file could not be opened: %1").arg(key.error().message));
        break;
    }
    m_message->show();
    m_password->setFocus();
}

void UnlockDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_keyFile->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_message->hide();
}

} // namespace credit::ui
