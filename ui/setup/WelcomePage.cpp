// SPDX-License-Identifier: Apache-2.0
#include "setup/WelcomePage.h"

#include "settings/TerminalSettings.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace credit::ui {

WelcomePage::WelcomePage(TerminalSettings &settings, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to CreditChain Terminal"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro
        = new QLabel(tr("Query, supply and supervise credit reports on the credit-information consortium chain. "
                        "Every fact you see is verified by this terminal's own light node."),
            this);
    intro->setWordWrap(true);

    auto *demo = new QCommandLinkButton(tr("Try the demo network"),
        tr("Starts a private demo chain on this computer with a year of orders, "
           "and lets you act as any of its institutions."),
        this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *connectButton = new QCommandLinkButton(tr("Connect to a network"),
        tr("Join your consortium's chain with its network profile or node "
           "addresses, and your institution's SM2 key."),
        this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    // What the machine's policy fixes is shown, not offered.
    const QString byPolicy = tr("Set for this computer by your institution's IT department.");
    const NetworkMode given = settings.policyMode();
    demo->setEnabled(given != NetworkMode::Network);
    connectButton->setEnabled(given != NetworkMode::Demo);
    for (QWidget *button : { static_cast<QWidget *>(demo), static_cast<QWidget *>(connectButton) })
        if (!button->isEnabled())
            button->setToolTip(byPolicy);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoChosen);
    connect(connectButton, &QCommandLinkButton::clicked, this, &WelcomePage::connectChosen);

    auto *language = new QComboBox(this);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->addItem(tr("System language"), QString());
    // Each language is named in itself so a user can find their own.
    language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN")); // 简体中文
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(qMax(0, language->findData(settings.language())));
    if (settings.languageSetByPolicy()) {
        language->setEnabled(false);
        language->setToolTip(byPolicy);
    }
    auto *languageNote = new QLabel(tr("A new language applies the next time the terminal starts."), this);
    languageNote->setWordWrap(true);
    languageNote->hide();
    connect(language, &QComboBox::currentIndexChanged, this, [&settings, language, languageNote] {
        settings.setLanguage(language->currentData().toString());
        languageNote->show();
    });
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Language:"), this));
    languageRow->addWidget(language);
    languageRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(demo);
    layout->addWidget(connectButton);
    layout->addStretch(1);
    layout->addLayout(languageRow);
    layout->addWidget(languageNote);
}

} // namespace credit::ui
