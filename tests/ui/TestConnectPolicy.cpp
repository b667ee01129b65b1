// SPDX-License-Identifier: Apache-2.0
// First start on a machine whose IT pre-set the network (issue 17): the
// policy file sits in a system XDG folder of a temp dir, read the way the
// terminal reads it (loadSystemPolicy). The setup window shows the network as
// given, disabled with the reason, and completes with it without copying it
// into the user's settings.
#include "settings/SystemPolicy.h"
#include "settings/TerminalSettings.h"
#include "setup/SetupWindow.h"

#include <QCommandLinkButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {
constexpr int kSlowMs = 60000; // a new key's PBKDF2 on a shared machine
const QString kGenesis = QStringLiteral("0x53d34e55eb6d946eeeccba08c2e2065969e5f77f5a327336a607d56720b87e17");
const QString kContract = QStringLiteral("0x71c01a0b94c171a9e42521864f42296459ad66e3");

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestConnectPolicy final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_system;

    //! Writes the machine's policy as IT would: /etc/xdg/CreditChain/terminal-policy.ini.
    void writePolicy(const QMap<QString, QVariant> &values)
    {
        const QString path = m_system + QStringLiteral("/") + QString::fromLatin1(ui::kPolicyFile);
        QFile::remove(path);
        QSettings policy(path, QSettings::IniFormat);
        for (auto it = values.begin(); it != values.end(); ++it)
            policy.setValue(it.key(), it.value());
    }
    QString userIni() const { return m_dir.filePath(QStringLiteral("user.ini")); }
    std::unique_ptr<ui::TerminalSettings> settingsUnderPolicy() const
    {
        return std::make_unique<ui::TerminalSettings>(
            std::make_unique<QSettings>(userIni(), QSettings::IniFormat), ui::loadSystemPolicy());
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("the policy is found through XDG_CONFIG_DIRS here; Windows reads the registry and ProgramData");
#endif
        QVERIFY(m_dir.isValid());
        m_system = m_dir.filePath(QStringLiteral("xdg-system"));
        QVERIFY(QDir().mkpath(m_system + QStringLiteral("/CreditChain")));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg-user")).toLocal8Bit());
        qputenv("XDG_CONFIG_DIRS", m_system.toLocal8Bit());
    }
    void init()
    {
        QFile::remove(userIni());
    }

    void aPresetNetworkIsShownAsGivenAndUsed()
    {
        // One REG_SZ-like string with two URLs, as group policy often writes it.
        writePolicy({ { QStringLiteral("network/mode"), QStringLiteral("network") },
            { QStringLiteral("network/endpoints"),
                QStringLiteral("https://node1.bank.example:20200/ https://node2.bank.example:20200/") },
            { QStringLiteral("network/genesisHash"), kGenesis },
            { QStringLiteral("network/contractAddress"), kContract } });
        {
            // An older choice of the user's own must not mix into the policy's network.
            QSettings user(userIni(), QSettings::IniFormat);
            user.setValue(QStringLiteral("network/profile"), QStringLiteral("/home/someone/old-profile.json"));
        }
        auto settings = settingsUnderPolicy();
        QVERIFY(settings->networkSetByPolicy());
        ui::SetupWindow setup(*settings, m_dir.filePath(QStringLiteral("keys")));
        setup.show();

        // Welcome: the demo is not offered where IT fixed the network.
        auto *demo = child<QCommandLinkButton>(&setup, "demoButton");
        QVERIFY(!demo->isEnabled());
        QVERIFY(!demo->toolTip().isEmpty());
        QTest::mouseClick(child<QCommandLinkButton>(&setup, "connectButton"), Qt::LeftButton);
        QCOMPARE(setup.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("connectPage"));

        // Connect: the policy's network in disabled fields, with the reason.
        QVERIFY(child<QLabel>(&setup, "connectPolicyNote")->isVisible());
        QVERIFY(child<QLabel>(&setup, "connectPolicyNote")->text().contains(QStringLiteral("IT department")));
        auto *endpoints = child<QLineEdit>(&setup, "endpointsEdit");
        QCOMPARE(
            endpoints->text(), QStringLiteral("https://node1.bank.example:20200/, https://node2.bank.example:20200/"));
        QCOMPARE(child<QLineEdit>(&setup, "genesisEdit")->text(), kGenesis);
        QCOMPARE(child<QLineEdit>(&setup, "contractEdit")->text(), kContract);
        QVERIFY(child<QRadioButton>(&setup, "endpointsRadio")->isChecked());
        for (const char *name : { "endpointsEdit", "genesisEdit", "contractEdit", "profileEdit" })
            QVERIFY2(!child<QLineEdit>(&setup, name)->isEnabled(), name);
        QVERIFY(!child<QRadioButton>(&setup, "profileRadio")->isEnabled());
        QVERIFY(!child<QRadioButton>(&setup, "endpointsRadio")->isEnabled());

        // The key is still the user's: a new one, and setup completes with the given network.
        QTest::keyClicks(child<QLineEdit>(&setup, "newPasswordEdit"), QStringLiteral("policy-test-1"));
        QTest::keyClicks(child<QLineEdit>(&setup, "repeatPasswordEdit"), QStringLiteral("policy-test-1"));
        QSignalSpy completed(&setup, &ui::SetupWindow::completed);
        QTest::mouseClick(child<QPushButton>(&setup, "connectFinishButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), kSlowMs);

        QVERIFY(settings->isConfigured());
        QCOMPARE(settings->mode(), ui::NetworkMode::Network);
        QCOMPARE(settings->endpoints(),
            QStringList({ QStringLiteral("https://node1.bank.example:20200/"),
                QStringLiteral("https://node2.bank.example:20200/") }));
        QCOMPARE(settings->genesisHash(), kGenesis);
        QVERIFY(settings->profilePath().isEmpty()); // the user's old profile does not win over the policy's endpoints
        QVERIFY(QFile::exists(settings->keyFilePath()));
        // The policy's network stays the policy's: nothing of it copied into the user's file.
        QSettings user(userIni(), QSettings::IniFormat);
        QVERIFY(!user.contains(QStringLiteral("network/endpoints")));
        QVERIFY(!user.contains(QStringLiteral("network/genesisHash")));
        QCOMPARE(user.value(QStringLiteral("network/mode")).toString(), QStringLiteral("network"));
    }

    void aPresetProfileWithoutModeMeansThatNetwork()
    {
        writePolicy({ { QStringLiteral("network/profile"), QStringLiteral("/etc/creditchain/missing.json") },
            { QStringLiteral("ui/language"), QStringLiteral("zh_CN") } });
        auto settings = settingsUnderPolicy();
        QCOMPARE(settings->policyMode(), ui::NetworkMode::Network);
        ui::SetupWindow setup(*settings, m_dir.filePath(QStringLiteral("keys")));
        setup.show();
        QVERIFY(!child<QComboBox>(&setup, "languageCombo")->isEnabled()); // the language is IT's too
        QTest::mouseClick(child<QCommandLinkButton>(&setup, "connectButton"), Qt::LeftButton);
        QVERIFY(child<QRadioButton>(&setup, "profileRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(&setup, "profileEdit")->text(), QStringLiteral("/etc/creditchain/missing.json"));
        QVERIFY(!child<QLineEdit>(&setup, "profileEdit")->isEnabled());

        // A policy that names a file which is not there: the user is told whom to ask, and nothing is written.
        QSignalSpy completed(&setup, &ui::SetupWindow::completed);
        QTest::mouseClick(child<QPushButton>(&setup, "connectFinishButton"), Qt::LeftButton);
        auto *message = child<QLabel>(&setup, "connectMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("IT department")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("missing.json")));
        QVERIFY(completed.isEmpty());
        QVERIFY(!settings->isConfigured());
    }

    void withoutPolicyTheNetworkIsTheUsersChoice()
    {
        QFile::remove(m_system + QStringLiteral("/") + QString::fromLatin1(ui::kPolicyFile));
        auto settings = settingsUnderPolicy();
        QCOMPARE(settings->policyMode(), ui::NetworkMode::Unset);
        ui::SetupWindow setup(*settings, m_dir.filePath(QStringLiteral("keys")));
        setup.show();
        QVERIFY(child<QCommandLinkButton>(&setup, "demoButton")->isEnabled());
        QTest::mouseClick(child<QCommandLinkButton>(&setup, "connectButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&setup, "connectPolicyNote")->isVisible());
        QVERIFY(child<QLineEdit>(&setup, "profileEdit")->isEnabled());
        QVERIFY(child<QRadioButton>(&setup, "endpointsRadio")->isEnabled());
    }

    void cleanupTestCase()
    {
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_DIRS");
    }
};

QTEST_MAIN(TestConnectPolicy)
#include "TestConnectPolicy.moc"
