// SPDX-License-Identifier: Apache-2.0
#include "operator/OpenUserDialog.h"

#include "common/FileChooser.h"
#include "desk/KeyPreparation.h"
#include "operator/DialogFields.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace credit::ui {

OpenUserDialog::OpenUserDialog(
    desk::OperatorDesk &desk, QByteArray institution, const QString &institutionName, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_institution(std::move(institution)), m_name(new QLineEdit(this)),
      m_generate(new QRadioButton(tr("Generate a new key for the user"), this)),
      m_paste(new QRadioButton(tr("Use the public key the user made"), this)), m_keyFile(new QLineEdit(this)),
      m_chooseKeyFile(new QPushButton(tr("Choose…"), this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_publicKey(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open a user for %1").arg(institutionName));
    m_name->setObjectName(QStringLiteral("userName"));
    m_generate->setObjectName(QStringLiteral("generateUserKey"));
    m_paste->setObjectName(QStringLiteral("pasteUserKey"));
    m_generate->setChecked(true);
    m_keyFile->setObjectName(QStringLiteral("userKeyFile"));
    m_chooseKeyFile->setObjectName(QStringLiteral("chooseUserKeyFile"));
    m_password->setObjectName(QStringLiteral("userKeyPassword"));
    m_repeat->setObjectName(QStringLiteral("userKeyPasswordRepeat"));
    for (QLineEdit *password : { m_password, m_repeat })
        password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(desk::kMinKeyPasswordLength));
    m_publicKey->setObjectName(QStringLiteral("userPublicKey"));
    setUpPublicKeyField(m_publicKey, tr("The user's SM2 public key: 128 hex digits"));
    m_progress->setObjectName(QStringLiteral("userKeyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Generating the key and writing the file…"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_error->setObjectName(QStringLiteral("userError"));
    setUpDialogError(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open user"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openUserButton"));

    auto *keyFileRow = new QHBoxLayout;
    keyFileRow->addWidget(m_keyFile, 1);
    keyFileRow->addWidget(m_chooseKeyFile);
    auto *generated = new QFormLayout;
    generated->addRow(tr("Key file:"), keyFileRow);
    generated->addRow(tr("Password:"), m_password);
    generated->addRow(tr("Repeat password:"), m_repeat);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generate);
    layout->addLayout(generated);
    layout->addWidget(m_paste);
    layout->addWidget(m_publicKey);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenUserDialog::reject);
    connect(m_generate, &QRadioButton::toggled, this, &OpenUserDialog::updateMode);
    connect(m_name, &QLineEdit::textChanged, this, &OpenUserDialog::suggestKeyFile);
    connect(m_keyFile, &QLineEdit::textEdited, this, [this] { m_keyFileEdited = true; });
    connect(m_chooseKeyFile, &QPushButton::clicked, this, &OpenUserDialog::chooseKeyFile);
    suggestKeyFile();
    updateMode();
    resize(600, sizeHint().height());
}

void OpenUserDialog::updateMode()
{
    const bool generate = m_generate->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> { m_keyFile, m_chooseKeyFile, m_password, m_repeat })
        w->setEnabled(generate && !m_working);
    m_publicKey->setEnabled(!generate && !m_working);
}

void OpenUserDialog::suggestKeyFile()
{
    if (m_keyFileEdited)
        return;
    // Characters Windows refuses in a file name are left out.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    QString base = m_name->text().simplified().remove(unsafe);
    if (base.isEmpty())
        base = tr("user");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_keyFile->setText(QDir::toNativeSeparators(QDir(folder).filePath(tr("%1 key.pem").arg(base))));
}

void OpenUserDialog::chooseKeyFile()
{
    chooseFile(this,
        { tr("Save the user's key file"), QDir::fromNativeSeparators(m_keyFile->text()),
            tr("Key files (*.pem);;All files (*)"), QFileDialog::AcceptSave },
        [this](const QString &path) {
            m_keyFile->setText(QDir::toNativeSeparators(path));
            m_keyFileEdited = true;
        });
}

void OpenUserDialog::showError(const QString &text)
{
    m_error->setText(text);
}

void OpenUserDialog::setWorking(bool working)
{
    m_working = working;
    m_progress->setVisible(working);
    m_name->setEnabled(!working);
    m_generate->setEnabled(!working);
    m_paste->setEnabled(!working);
    // While the key is written the dialog stays: closing it would leave a key file with no user behind it.
    m_buttons->setEnabled(!working);
    updateMode();
}

void OpenUserDialog::accept()
{
    if (m_working)
        return;
    if (m_generate->isChecked()) {
        generate();
        return;
    }
    auto checked = m_desk.checkUser({ m_institution, m_name->text(), m_publicKey->toPlainText() });
    if (!checked) {
        showError(checked.error().message);
        return;
    }
    m_error->clear();
    m_checked = *checked;
    QDialog::accept();
}

void OpenUserDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void OpenUserDialog::generate()
{
    if (m_name->text().simplified().isEmpty()) {
        showError(tr("Enter the user's name."));
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Choose where to save the user's key file."));
        return;
    }
    if (QFileInfo::exists(path)) {
        showError(tr("A file already exists at %1. Choose another name: no key file is overwritten.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        showError(tr("The folder %1 does not exist. Choose another place for the key file.")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    if (m_password->text().size() < desk::kMinKeyPasswordLength) {
        showError(tr("The key file's password needs at least %1 characters.").arg(desk::kMinKeyPasswordLength));
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    m_error->clear();
    setWorking(true);
    m_desk.generateUserKey(m_institution, m_name->text().simplified(), path, m_password->text().toUtf8())
        .then(this, [this, path](const Result<desk::CheckedUser> &checked) {
            setWorking(false);
            if (!checked) {
                showError(checked.error().message);
                return;
            }
            m_password->clear();
            m_repeat->clear();
            m_checked = *checked;
            m_keyFileWritten = path;
            QDialog::accept();
        });
}

} // namespace credit::ui
