// SPDX-License-Identifier: Apache-2.0
#include "setup/SetupWindow.h"

#include "settings/TerminalSettings.h"
#include "setup/ConnectPage.h"
#include "setup/IdentityPickerPage.h"
#include "setup/WelcomePage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace credit::ui {

SetupWindow::SetupWindow(TerminalSettings &settings, const QString &keysDir, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(settings, m_stack)), m_picker(new IdentityPickerPage(m_stack)),
      m_connect(new ConnectPage(keysDir, m_stack))
{
    setObjectName(QStringLiteral("setupWindow"));
    setWindowTitle(tr("CreditChain Terminal"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_picker);
    m_stack->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    resize(720, 560);

    connect(m_welcome, &WelcomePage::demoChosen, this, [this] {
        showDemoPicker();
        Q_EMIT demoRequested();
    });
    connect(m_welcome, &WelcomePage::connectChosen, this, [this] { m_stack->setCurrentWidget(m_connect); });
    connect(m_picker, &IdentityPickerPage::back, this, [this] { m_stack->setCurrentWidget(m_welcome); });
    connect(m_connect, &ConnectPage::back, this, [this] { m_stack->setCurrentWidget(m_welcome); });
    connect(m_picker, &IdentityPickerPage::chosen, this, &SetupWindow::useDemoIdentity);
    connect(m_connect, &ConnectPage::completed, this, &SetupWindow::useNetwork);
    if (settings.policyMode() == NetworkMode::Network) {
        NetworkChoice given;
        given.profilePath = settings.profilePath();
        given.endpoints = settings.endpoints();
        given.genesisHash = settings.genesisHash();
        given.contractAddress = settings.contractAddress();
        m_connect->setGivenNetwork(given);
    }
}

void SetupWindow::setDemoNetworkStatus(const QString &text)
{
    m_picker->setNetworkStatus(text);
}

void SetupWindow::showDemoPicker()
{
    m_picker->setIdentities(DemoIdentities::load(DemoIdentities::embeddedPath()));
    m_stack->setCurrentWidget(m_picker);
}

void SetupWindow::showIdentityChoice()
{
    if (m_settings.mode() == NetworkMode::Demo) {
        showDemoPicker();
        return;
    }
    NetworkChoice used;
    used.profilePath = m_settings.profilePath();
    used.endpoints = m_settings.endpoints();
    used.genesisHash = m_settings.genesisHash();
    used.contractAddress = m_settings.contractAddress();
    used.key.path = m_settings.keyFilePath();
    m_connect->setChosenNetwork(used);
    m_stack->setCurrentWidget(m_connect);
}

void SetupWindow::useDemoIdentity(const DemoIdentity &identity)
{
    m_settings.setMode(NetworkMode::Demo);
    m_settings.setProfilePath(QStringLiteral(":/demo/profile.json"));
    m_settings.setKeyFilePath(identity.keyFile);
    m_settings.setIdentityAddress(identity.address);
    m_settings.setIdentityName(identity.displayName());
    m_settings.setIdentityRole(roleKey(identity.role));
    m_settings.sync();
    Q_EMIT completed();
}

void SetupWindow::useNetwork(const NetworkChoice &choice)
{
    m_settings.setMode(NetworkMode::Network);
    if (!choice.givenByPolicy) {
        m_settings.setProfilePath(choice.profilePath);
        m_settings.setEndpoints(choice.endpoints);
        m_settings.setGenesisHash(choice.genesisHash);
        m_settings.setContractAddress(choice.contractAddress);
    }
    m_settings.setKeyFilePath(choice.key.path);
    m_settings.setIdentityAddress(choice.key.address);
    // Who the key is comes from the verified chain at unlock (IdentityCheck), not from setup.
    m_settings.setIdentityName(QString());
    m_settings.setIdentityRole(QString());
    m_settings.sync();
    Q_EMIT completed();
}

} // namespace credit::ui
