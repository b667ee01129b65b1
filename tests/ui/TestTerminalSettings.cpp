// SPDX-License-Identifier: Apache-2.0
#include "settings/SystemPolicy.h"
#include "settings/TerminalSettings.h"

#include <QDir>

#include <QTemporaryDir>
#include <QTest>

using credit::ui::NetworkMode;
using credit::ui::TerminalSettings;

class TestTerminalSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("terminal.ini")); }
    std::unique_ptr<TerminalSettings> open() const
    {
        return std::make_unique<TerminalSettings>(std::make_unique<QSettings>(iniPath(), QSettings::IniFormat));
    }

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void defaultsOnAnEmptyStore()
    {
        auto s = open();
        QVERIFY(!s->isConfigured());
        QCOMPARE(s->mode(), NetworkMode::Unset);
        QCOMPARE(s->idleLockMinutes(), TerminalSettings::kDefaultIdleLockMinutes);
        QCOMPARE(s->language(), QString());
        QVERIFY(s->windowGeometry().isEmpty());
    }

    void valuesSurviveAReopen()
    {
        {
            auto s = open();
            s->setMode(NetworkMode::Network);
            s->setProfilePath(QStringLiteral("/etc/chain/profile.json"));
            s->setEndpoints({ QStringLiteral("https://a:1/"), QStringLiteral("https://b:2/") });
            s->setGenesisHash(QStringLiteral("0xab"));
            s->setContractAddress(QStringLiteral("0xcd"));
            s->setKeyFilePath(QStringLiteral("/keys/me.pem"));
            s->setIdentityAddress(QStringLiteral("0x01"));
            s->setIdentityName(QStringLiteral("上海申江商业银行股份有限公司"));
            s->setIdentityRole(QStringLiteral("bureau"));
            s->setIdleLockMinutes(0);
            s->setLanguage(QStringLiteral("en"));
            s->setWindowGeometry(QByteArrayLiteral("geo"));
            s->setWindowState(QByteArrayLiteral("state"));
            s->sync();
        }
        auto s = open();
        QVERIFY(s->isConfigured());
        QCOMPARE(s->mode(), NetworkMode::Network);
        QCOMPARE(s->profilePath(), QStringLiteral("/etc/chain/profile.json"));
        QCOMPARE(s->endpoints(), QStringList({ QStringLiteral("https://a:1/"), QStringLiteral("https://b:2/") }));
        QCOMPARE(s->genesisHash(), QStringLiteral("0xab"));
        QCOMPARE(s->contractAddress(), QStringLiteral("0xcd"));
        QCOMPARE(s->keyFilePath(), QStringLiteral("/keys/me.pem"));
        QCOMPARE(s->identityAddress(), QStringLiteral("0x01"));
        QCOMPARE(s->identityName(), QStringLiteral("上海申江商业银行股份有限公司"));
        QCOMPARE(s->identityRole(), QStringLiteral("bureau"));
        QCOMPARE(s->idleLockMinutes(), 0);
        QCOMPARE(s->language(), QStringLiteral("en"));
        QCOMPARE(s->windowGeometry(), QByteArrayLiteral("geo"));
        QCOMPARE(s->windowState(), QByteArrayLiteral("state"));
    }

    void configuredNeedsAModeAndAKey()
    {
        auto s = open();
        s->setMode(NetworkMode::Demo);
        QVERIFY(!s->isConfigured());
        s->setKeyFilePath(QStringLiteral(":/demo/keys/bank-shanghai.pem"));
        QVERIFY(s->isConfigured());
        s->setMode(NetworkMode::Unset);
        QVERIFY(!s->isConfigured());
    }

    void badValuesFallBackToDefaults()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon"));
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
            raw.setValue(QStringLiteral("network/mode"), QStringLiteral("both"));
        }
        auto s = open();
        QCOMPARE(s->idleLockMinutes(), TerminalSettings::kDefaultIdleLockMinutes);
        QCOMPARE(s->language(), QString());
        QCOMPARE(s->mode(), NetworkMode::Unset);
        s->setIdleLockMinutes(-5);
        QCOMPARE(s->idleLockMinutes(), 0);
        s->setLanguage(QStringLiteral("fr"));
        QCOMPARE(s->language(), QString());
    }

    void machinePolicyWinsOverTheUser()
    {
        const QString policyPath = m_dir.filePath(QStringLiteral("policy.ini"));
        {
            QSettings policy(policyPath, QSettings::IniFormat);
            policy.setValue(QStringLiteral("network/mode"), QStringLiteral("network"));
            policy.setValue(QStringLiteral("network/profile"), QStringLiteral("/etc/creditchain/changsanjiao.json"));
            policy.setValue(QStringLiteral("security/idleLockMinutes"), 5);
        }
        TerminalSettings s(std::make_unique<QSettings>(iniPath(), QSettings::IniFormat),
            std::make_unique<QSettings>(policyPath, QSettings::IniFormat));
        s.setMode(NetworkMode::Demo);
        s.setProfilePath(QStringLiteral(":/demo/profile.json"));
        s.setIdleLockMinutes(30);
        s.setLanguage(QStringLiteral("en"));
        QCOMPARE(s.mode(), NetworkMode::Network);
        QCOMPARE(s.profilePath(), QStringLiteral("/etc/creditchain/changsanjiao.json"));
        QCOMPARE(s.idleLockMinutes(), 5);
        QVERIFY(s.networkSetByPolicy());
        QVERIFY(s.idleLockSetByPolicy());
        // What the policy leaves open stays the user's.
        QVERIFY(!s.languageSetByPolicy());
        QCOMPARE(s.language(), QStringLiteral("en"));
        // The policy file itself is never written.
        QSettings policy(policyPath, QSettings::IniFormat);
        QCOMPARE(policy.value(QStringLiteral("security/idleLockMinutes")).toInt(), 5);
        QVERIFY(!policy.contains(QStringLiteral("ui/language")));
    }

#ifdef Q_OS_LINUX
    void policyComesFromTheSystemConfigFoldersOnly()
    {
        const QString system = m_dir.filePath(QStringLiteral("xdg-system"));
        const QString user = m_dir.filePath(QStringLiteral("xdg-user"));
        QVERIFY(QDir().mkpath(system + QStringLiteral("/CreditChain")));
        QVERIFY(QDir().mkpath(user + QStringLiteral("/CreditChain")));
        QSettings(user + QStringLiteral("/") + QString::fromLatin1(credit::ui::kPolicyFile), QSettings::IniFormat)
            .setValue(QStringLiteral("security/idleLockMinutes"), 1);
        qputenv("XDG_CONFIG_HOME", user.toLocal8Bit());
        qputenv("XDG_CONFIG_DIRS", QByteArray());
        QVERIFY(!credit::ui::loadSystemPolicy()); // a file in the user's own folder is no policy
        QSettings(system + QStringLiteral("/") + QString::fromLatin1(credit::ui::kPolicyFile), QSettings::IniFormat)
            .setValue(QStringLiteral("security/idleLockMinutes"), 7);
        qputenv("XDG_CONFIG_DIRS", system.toLocal8Bit());
        auto policy = credit::ui::loadSystemPolicy();
        QVERIFY(policy);
        QCOMPARE(policy->value(QStringLiteral("security/idleLockMinutes")).toInt(), 7);
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_DIRS");
    }
#endif
};

QTEST_GUILESS_MAIN(TestTerminalSettings)
#include "TestTerminalSettings.moc"
