// SPDX-License-Identifier: Apache-2.0
#include "setup/ConnectPage.h"

#include "chain/NetworkProfile.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <initializer_list>

namespace credit::ui {

namespace {

bool isHex(const QString &text, int bytes)
{
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    return text.size() == 2 + 2 * bytes && hex.match(text).hasMatch();
}

QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}
} // namespace

ConnectPage::ConnectPage(const QString &keysDir, QWidget *parent) : QWidget(parent), m_keysDir(keysDir)
{
    setObjectName(QStringLiteral("connectPage"));
    auto *title = new QLabel(tr("Connect to your consortium's network"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *backButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_finish = new QPushButton(tr("Connect"), this);
    m_finish->setObjectName(QStringLiteral("connectFinishButton"));
    m_finish->setDefault(true);
    connect(backButton, &QPushButton::clicked, this, &ConnectPage::back);
    connect(m_finish, &QPushButton::clicked, this, &ConnectPage::finish);
    connect(&m_watcher, &QFutureWatcher<Result<desk::PreparedKey>>::finished, this, &ConnectPage::keyPrepared);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addWidget(title);
    layout->addWidget(buildNetworkBox());
    layout->addWidget(buildKeyBox());
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);
    updateEnabled();
}

ConnectPage::~ConnectPage()
{
    m_watcher.disconnect(this);
}

QWidget *ConnectPage::buildNetworkBox()
{
    auto *box = new QGroupBox(tr("Network"), this);
    m_useProfile = new QRadioButton(tr("Network profile file (from your chain operator)"), box);
    m_useProfile->setObjectName(QStringLiteral("profileRadio"));
    m_useProfile->setChecked(true);
    m_useEndpoints = new QRadioButton(tr("Node addresses"), box);
    m_useEndpoints->setObjectName(QStringLiteral("endpointsRadio"));
    m_profile = new QLineEdit(box);
    m_profile->setObjectName(QStringLiteral("profileEdit"));
    m_browseProfile = new QPushButton(tr("Browse…"), box);
    connect(m_browseProfile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the network profile"), QString(), tr("Network profiles (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_profile->setText(path);
    });
    m_endpoints = new QLineEdit(box);
    m_endpoints->setObjectName(QStringLiteral("endpointsEdit"));
    m_endpoints->setPlaceholderText(tr("https://node1.example:20200/, https://node2.example:20200/"));
    m_genesis = new QLineEdit(box);
    m_genesis->setObjectName(QStringLiteral("genesisEdit"));
    m_genesis->setPlaceholderText(QStringLiteral("0x…"));
    m_contract = new QLineEdit(box);
    m_contract->setObjectName(QStringLiteral("contractEdit"));
    m_contract->setPlaceholderText(QStringLiteral("0x…"));
    connect(m_useProfile, &QRadioButton::toggled, this, &ConnectPage::updateEnabled);
    m_policyNote
        = new QLabel(tr("Set for this computer by your institution's IT department; it cannot be changed here."), box);
    m_policyNote->setObjectName(QStringLiteral("connectPolicyNote"));
    m_policyNote->setWordWrap(true);
    m_policyNote->hide();

    auto *form = new QFormLayout(box);
    form->addRow(m_policyNote);
    form->addRow(m_useProfile);
    form->addRow(tr("Profile:"), withBrowse(m_profile, m_browseProfile));
    form->addRow(m_useEndpoints);
    form->addRow(tr("Node URLs:"), m_endpoints);
    form->addRow(tr("Genesis block hash:"), m_genesis);
    form->addRow(tr("Contract address:"), m_contract);
    return box;
}

QWidget *ConnectPage::buildKeyBox()
{
    auto *box = new QGroupBox(tr("Signing key (SM2)"), this);
    m_existingKey = new QRadioButton(tr("Use an encrypted key file I already have"), box);
    m_existingKey->setObjectName(QStringLiteral("existingKeyRadio"));
    m_importKey
        = new QRadioButton(tr("Import a key from the FISCO SDK (plain PEM) and protect it with a new password"), box);
    m_importKey->setObjectName(QStringLiteral("importKeyRadio"));
    m_createKey = new QRadioButton(tr("Create a new key"), box);
    m_createKey->setObjectName(QStringLiteral("createKeyRadio"));
    m_createKey->setChecked(true);
    auto *group = new QButtonGroup(box);
    group->addButton(m_existingKey);
    group->addButton(m_importKey);
    group->addButton(m_createKey);
    connect(group, &QButtonGroup::buttonToggled, this, &ConnectPage::updateEnabled);

    m_keySource = new QLineEdit(box);
    m_keySource->setObjectName(QStringLiteral("keySourceEdit"));
    auto *browse = new QPushButton(tr("Browse…"), box);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the key file"), QString(), tr("Key files (*.pem);;All files (*)"));
        if (!path.isEmpty())
            m_keySource->setText(path);
    });
    m_newPassword = new QLineEdit(box);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword = new QLineEdit(box);
    m_repeatPassword->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeatPassword->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(box);
    form->addRow(m_existingKey);
    form->addRow(m_importKey);
    form->addRow(m_createKey);
    form->addRow(tr("Key file:"), withBrowse(m_keySource, browse));
    form->addRow(tr("New password:"), m_newPassword);
    form->addRow(tr("Repeat the password:"), m_repeatPassword);
    return box;
}

void ConnectPage::showNetwork(const NetworkChoice &network)
{
    // The demo's own profile is built into the program: not a file to offer for a real network.
    const QString profilePath = network.profilePath.startsWith(u":/") ? QString() : network.profilePath;
    const bool profile = !profilePath.isEmpty();
    (profile ? m_useProfile : m_useEndpoints)->setChecked(true);
    m_profile->setText(profilePath);
    m_endpoints->setText(network.endpoints.join(QStringLiteral(", ")));
    m_genesis->setText(network.genesisHash);
    m_contract->setText(network.contractAddress);
}

void ConnectPage::setChosenNetwork(const NetworkChoice &network)
{
    if (!m_networkGiven)
        showNetwork(network);
    if (!network.key.path.isEmpty() && !network.key.path.startsWith(u":/")) {
        m_existingKey->setChecked(true);
        m_keySource->setText(network.key.path);
    }
    updateEnabled();
}

void ConnectPage::setGivenNetwork(const NetworkChoice &network)
{
    m_networkGiven = true;
    showNetwork(network);
    m_policyNote->show();
    for (QWidget *fixed : std::initializer_list<QWidget *> {
             m_useProfile, m_useEndpoints, m_profile, m_endpoints, m_genesis, m_contract })
        fixed->setToolTip(m_policyNote->text());
    updateEnabled();
}

void ConnectPage::updateEnabled()
{
    // A network the machine's policy gives is shown, never offered.
    const bool editable = !m_networkGiven;
    const bool profile = m_useProfile->isChecked();
    m_useProfile->setEnabled(editable);
    m_useEndpoints->setEnabled(editable);
    m_profile->setEnabled(editable && profile);
    m_browseProfile->setEnabled(editable && profile);
    m_endpoints->setEnabled(editable && !profile);
    m_genesis->setEnabled(editable && !profile);
    m_contract->setEnabled(editable && !profile);
    m_keySource->setEnabled(!m_createKey->isChecked());
    m_newPassword->setEnabled(!m_existingKey->isChecked());
    m_repeatPassword->setEnabled(!m_existingKey->isChecked());
}

Result<NetworkChoice> ConnectPage::readNetwork() const
{
    NetworkChoice choice;
    if (m_useProfile->isChecked()) {
        auto profile = chain::NetworkProfile::load(m_profile->text().trimmed());
        if (!profile)
            return makeError(
                ErrorKind::InvalidInput, tr("The network profile cannot be used: %1").arg(profile.error().message));
        choice.profilePath = m_profile->text().trimmed();
        return choice;
    }
    for (const QString &part :
        m_endpoints->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QUrl url(part, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return makeError(
                ErrorKind::InvalidInput, tr("\"%1\" is not an http:// or https:// node address.").arg(part));
        choice.endpoints << part;
    }
    if (choice.endpoints.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("Enter at least one node address."));
    choice.genesisHash = m_genesis->text().trimmed().toLower();
    if (!isHex(choice.genesisHash, 32))
        return makeError(
            ErrorKind::InvalidInput, tr("The genesis block hash is 0x followed by 64 hexadecimal digits."));
    choice.contractAddress = m_contract->text().trimmed().toLower();
    if (!isHex(choice.contractAddress, 20))
        return makeError(ErrorKind::InvalidInput, tr("The contract address is 0x followed by 40 hexadecimal digits."));
    return choice;
}

void ConnectPage::finish()
{
    if (m_watcher.isRunning())
        return;
    auto network = readNetwork();
    if (!network) {
        // The user cannot correct a network the policy gives: say whom to ask.
        showMessage(m_networkGiven ? tr("The network your institution's IT department set for this computer cannot "
                                        "be used; please ask them to correct it. %1")
                                         .arg(network.error().message)
                                   : network.error().message);
        return;
    }
    desk::KeyRequest request;
    request.source = m_existingKey->isChecked() ? desk::KeySource::ExistingEncrypted
        : m_importKey->isChecked()              ? desk::KeySource::ImportPlain
                                                : desk::KeySource::CreateNew;
    request.sourcePath = m_keySource->text().trimmed();
    request.keysDir = m_keysDir;
    if (request.source != desk::KeySource::CreateNew && request.sourcePath.isEmpty()) {
        showMessage(tr("Choose the key file."));
        return;
    }
    if (request.source != desk::KeySource::ExistingEncrypted) {
        if (m_newPassword->text().size() < desk::kMinKeyPasswordLength) {
            showMessage(tr("The new password needs at least %n characters.", nullptr, desk::kMinKeyPasswordLength));
            return;
        }
        if (m_newPassword->text() != m_repeatPassword->text()) {
            showMessage(tr("The two passwords differ."));
            return;
        }
        request.password = m_newPassword->text().toUtf8();
    }
    m_newPassword->clear();
    m_repeatPassword->clear();
    m_pending = *network;
    m_pending.givenByPolicy = m_networkGiven;
    m_message->hide();
    m_busy->show();
    m_finish->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(desk::prepareKey, std::move(request)));
}

void ConnectPage::keyPrepared()
{
    m_busy->hide();
    m_finish->setEnabled(true);
    const Result<desk::PreparedKey> key = m_watcher.result();
    if (!key) {
        showMessage(tr("The key could not be prepared: %1").arg(key.error().message));
        return;
    }
    m_pending.key = *key;
    Q_EMIT completed(m_pending);
}

void ConnectPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace credit::ui
