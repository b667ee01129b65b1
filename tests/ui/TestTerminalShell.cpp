// SPDX-License-Identifier: Apache-2.0
// The shell end to end on the offscreen platform: first start → welcome →
// demo → identity → settings persisted → unlock → role window → idle lock →
// restart goes straight to unlock. The demo chain really starts (temp dir).
#include "FakeClock.h"
#include "ShellPaths.h"
#include "TerminalShell.h"
#include "crypto/KeyFile.h"
#include "devnet/EmbeddedDevnet.h"
#include "node/LightNode.h"
#include "main/MainWindow.h"
#include "desk/DeskSession.h"
#include "store/Sqlite.h"
#include "settings/TerminalSettings.h"
#include "setup/SetupWindow.h"
#include "unlock/IdleLock.h"
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using credit::test::FakeClock;

namespace {
constexpr int kSlowMs = 300000; // demo history + PBKDF2 in a Debug build on a shared machine

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}
} // namespace

class TestTerminalShell final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::TerminalSettings> openSettings() const
    {
        return std::make_unique<ui::TerminalSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("terminal.ini")), QSettings::IniFormat));
    }
    ui::TerminalShell::Paths paths() const { return test::shellPathsIn(m_dir); }
    //! Settings as the demo setup leaves them for the Shanghai bank.
    static void chooseDemoBank(ui::TerminalSettings &settings)
    {
        settings.setMode(ui::NetworkMode::Demo);
        settings.setProfilePath(QStringLiteral(":/demo/profile.json"));
        settings.setKeyFilePath(QStringLiteral(":/demo/keys/bank-shanghai.pem"));
        settings.setIdentityAddress(QStringLiteral("0x889569f75fdad492a8088bb11819b6e63d0b7e6b"));
        settings.setIdentityName(QStringLiteral("上海申江商业银行"));
        settings.setIdentityRole(QStringLiteral("bank"));
        settings.sync();
    }
    static void unlockWith(ui::UnlockDialog *dialog, const QString &password)
    {
        QVERIFY(dialog);
        auto *edit = child<QLineEdit>(dialog, "passwordEdit");
        QTest::keyClicks(edit, password);
        QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("terminal.ini"))); }

    void demoFirstStartThenRestartGoesToUnlock()
    {
        FakeClock clock;
        {
            auto settings = openSettings();
            ui::TerminalShell shell(*settings, clock, paths());
            shell.start();
            ui::SetupWindow *setup = shell.setupWindow();
            QVERIFY(setup && setup->isVisible());
            QVERIFY(!shell.unlockDialog());
            auto *stack = setup->findChild<QStackedWidget *>();
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));

            QTest::mouseClick(child<QPushButton>(setup, "demoButton"), Qt::LeftButton);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("identityPickerPage"));
            QVERIFY(shell.demoNetwork()); // the demo choice starts the chain
            auto *list = child<QListView>(setup, "identityList");
            QCOMPARE(list->model()->rowCount(), 33); // 11 institutions and their 22 users
            int bankRow = -1;
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QString text = list->model()->index(row, 0).data().toString();
                if (text.endsWith(QStringLiteral(" — 上海申江商业银行股份有限公司"))) // the bank, not one of its users
                    bankRow = row;
            }
            QVERIFY(bankRow >= 0);
            list->setCurrentIndex(list->model()->index(bankRow, 0));
            QTest::mouseClick(child<QPushButton>(setup, "chooseIdentityButton"), Qt::LeftButton);

            QCOMPARE(settings->mode(), ui::NetworkMode::Demo);
            QCOMPARE(settings->keyFilePath(), QStringLiteral(":/demo/keys/bank-shanghai.pem"));
            QCOMPARE(settings->identityRole(), QStringLiteral("bank"));
            QCOMPARE(settings->identityAddress(), QStringLiteral("0x889569f75fdad492a8088bb11819b6e63d0b7e6b"));
            QTRY_VERIFY(!shell.setupWindow());
            QVERIFY(shell.unlockDialog() && shell.unlockDialog()->isVisible());

            QSignalSpy ready(shell.demoNetwork(), &devnet::EmbeddedDevnet::ready);
            QSignalSpy failed(shell.demoNetwork(), &devnet::EmbeddedDevnet::failed);
            QTRY_VERIFY_WITH_TIMEOUT(!shell.demoNetwork()->url().isEmpty() || !failed.isEmpty(), kSlowMs);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

            unlockWith(shell.unlockDialog(), QStringLiteral("demo-only"));
            QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), kSlowMs);
            QVERIFY(shell.session().isUnlocked());
            ui::MainWindow *main = shell.mainWindow();
            QCOMPARE(main->role(), ui::Role::Bank);
            auto *nav = child<QListView>(main, "navigationView");
            QCOMPARE(nav->model()->rowCount(), 3);
            QCOMPARE(nav->model()->index(0, 0).data().toString(), QStringLiteral("Product catalogue"));
            QCOMPARE(nav->model()->index(2, 0).data().toString(), QStringLiteral("Authorisations"));
            // "My orders (1)" once the light node has counted a delivered report to confirm: how far it
            // has synced when the window shows is a race, so the count may or may not be there yet.
            const QString myOrders = nav->model()->index(1, 0).data().toString();
            QVERIFY2(myOrders == QStringLiteral("My orders") || myOrders.startsWith(QStringLiteral("My orders (")),
                qPrintable(myOrders));

            // The session's light node syncs the demo chain: the status bar reaches the head and the
            // catalogue fills from verified blocks.
            QTRY_VERIFY_WITH_TIMEOUT(shell.context(), kSlowMs);
            QSignalSpy caughtUp(&shell.context()->node(), &chain::LightNode::caughtUp);
            QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kSlowMs);
            const quint64 head = caughtUp.first().first().toULongLong();
            QVERIFY(head > 700);
            QCOMPARE(child<QLabel>(main, "localHeightLabel")->text(),
                QStringLiteral("Verified: %1").arg(QLocale().toString(qint64(head))));
            QCOMPARE(child<QLabel>(main, "chainHeightLabel")->text(),
                QStringLiteral("Chain: %1").arg(QLocale().toString(qint64(head))));
            QVERIFY(!child<QWidget>(main, "syncProgress")->isVisible());
            QVERIFY(child<QLabel>(main, "endpointLabel")->text().startsWith(QStringLiteral("http://127.0.0.1:")));
            QVERIFY(!child<QWidget>(main, "alarmBadge")->isVisible());
            auto *catalogue = main->findChild<QAbstractItemView *>(QStringLiteral("catalogueTable"));
            QVERIFY(catalogue);
            // Every listed product of the verified store (the demo history delists some of its 30).
            auto db = shell.context()->reader().database();
            QVERIFY(db);
            auto listed = (*db)->prepare(QStringLiteral("SELECT count(*) FROM products WHERE listed = 1"));
            QVERIFY(listed && listed->step().value());
            QVERIFY(listed->int64(0) >= 25);
            QTRY_COMPARE(qint64(catalogue->model()->rowCount()), listed->int64(0));

            // Idle for the configured minutes: the key goes, the window hides, unlock returns.
            QVERIFY(shell.idleLock().isArmed());
            clock.advanceMinutes(settings->idleLockMinutes());
            shell.idleLock().check();
            QVERIFY(!shell.session().isUnlocked());
            QVERIFY(!shell.mainWindow()); // the window and the session's key copy are gone
            QVERIFY(!shell.context());
            QVERIFY(shell.unlockDialog() && shell.unlockDialog()->isVisible());
        }
        // Restart: straight to unlock, no welcome page.
        auto settings = openSettings();
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        QVERIFY(!shell.setupWindow());
        QVERIFY(shell.unlockDialog() && shell.unlockDialog()->isVisible());
        QVERIFY(shell.demoNetwork()); // demo mode brings its chain back
    }

    void connectWithANewKey()
    {
        FakeClock clock;
        auto settings = openSettings();
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        ui::SetupWindow *setup = shell.setupWindow();
        QTest::mouseClick(child<QPushButton>(setup, "connectButton"), Qt::LeftButton);
        QVERIFY(!child<QWidget>(setup, "roleCombo") && !child<QWidget>(setup, "institutionEdit"));
        child<QWidget>(setup, "endpointsRadio")->setProperty("checked", true);
        QTest::keyClicks(child<QLineEdit>(setup, "endpointsEdit"), QStringLiteral("http://127.0.0.1:20200/"));
        QTest::keyClicks(child<QLineEdit>(setup, "genesisEdit"), QStringLiteral("0x") + QString(64, u'a'));
        QTest::keyClicks(child<QLineEdit>(setup, "contractEdit"), QStringLiteral("0x") + QString(40, u'b'));
        QTest::keyClicks(child<QLineEdit>(setup, "newPasswordEdit"), QStringLiteral("correct horse"));
        QTest::keyClicks(child<QLineEdit>(setup, "repeatPasswordEdit"), QStringLiteral("correct horse"));
        QTest::mouseClick(child<QPushButton>(setup, "connectFinishButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.unlockDialog(), kSlowMs);

        QCOMPARE(settings->mode(), ui::NetworkMode::Network);
        QCOMPARE(settings->endpoints(), QStringList { QStringLiteral("http://127.0.0.1:20200/") });
        // Nobody typed who they are (the page does not ask): the chain says it at unlock.
        QVERIFY(settings->identityRole().isEmpty() && settings->identityName().isEmpty());
        QVERIFY(settings->keyFilePath().startsWith(paths().keysDir));
        auto pem = crypto::keyfile::readFile(settings->keyFilePath());
        QVERIFY(pem);
        auto info = crypto::keyfile::inspectPem(*pem);
        QVERIFY(info && info->encrypted); // never written in clear
        QVERIFY(!shell.demoNetwork()); // network mode starts no embedded chain

        // Nothing serves that address: the key unlocks, but no window opens
        // until the chain says who the key is; the dialog says what it waits for.
        ui::UnlockDialog *unlock = shell.unlockDialog();
        unlockWith(unlock, QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isChecking(), kSlowMs);
        QCOMPARE(QStringLiteral("0x") + QString::fromLatin1(shell.session().key().account().toHex()),
            settings->identityAddress());
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(unlock, "unlockStatus")->text().contains(QStringLiteral("No node")), kSlowMs);
        QVERIFY(!shell.mainWindow());
        // Cancel: the key is dropped and the dialog asks again.
        QTest::keyClick(unlock, Qt::Key_Escape);
        QVERIFY(!shell.session().isUnlocked());
        QVERIFY(!shell.context());
        QVERIFY(unlock->isVisible() && !unlock->isChecking());
        QVERIFY(!shell.mainWindow());
    }

    void theChainNotTheSetupNamesWhoSignsIn()
    {
        FakeClock clock;
        auto settings = openSettings();
        chooseDemoBank(*settings);
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        ui::UnlockDialog *unlock = shell.unlockDialog();
        QVERIFY(unlock);
        // Setup chose the Shanghai bank, but the user unlocks a bureau's key file.
        child<QLineEdit>(unlock, "keyFileEdit")->setText(QStringLiteral(":/demo/keys/bureau-shanghai.pem"));
        unlockWith(unlock, QStringLiteral("demo-only"));
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), kSlowMs);
        QCOMPARE(shell.mainWindow()->role(), ui::Role::Bureau);
        QVERIFY(shell.mainWindow()->windowTitle().contains(QStringLiteral("上海浦江资信评估")));
        QVERIFY(!shell.mainWindow()->windowTitle().contains(QStringLiteral("上海申江商业银行")));
        // What the next unlock greets is the chain's answer, with the key file that gave it.
        QCOMPARE(settings->identityRole(), QStringLiteral("bureau"));
        QCOMPARE(settings->identityName(), QStringLiteral("上海浦江资信评估有限公司")); // the registered name, in full
        QCOMPARE(settings->keyFilePath(), QStringLiteral(":/demo/keys/bureau-shanghai.pem"));
        QCOMPARE(settings->identityAddress(),
            QStringLiteral("0x") + QString::fromLatin1(shell.session().key().account().toHex()));
        QCOMPARE(child<QLabel>(shell.mainWindow(), "signedInIdentity")->text(),
            QStringLiteral("Signed in: 上海浦江资信评估有限公司"));
    }

    void aUsersOwnKeySignsInAsUserAtInstitution()
    {
        FakeClock clock;
        auto settings = openSettings();
        chooseDemoBank(*settings);
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        ui::UnlockDialog *unlock = shell.unlockDialog();
        QVERIFY(unlock);
        // 张敏, a user of the Shanghai bank (demo history): her own key file, not the bank's.
        child<QLineEdit>(unlock, "keyFileEdit")->setText(QStringLiteral(":/demo/keys/users/bank-shanghai-1.pem"));
        unlockWith(unlock, QStringLiteral("demo-only"));
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), kSlowMs);
        QCOMPARE(shell.mainWindow()->role(), ui::Role::Bank);
        const QString who = QStringLiteral("张敏 @ 上海申江商业银行股份有限公司");
        QVERIFY2(shell.mainWindow()->windowTitle().contains(who), qPrintable(shell.mainWindow()->windowTitle()));
        QCOMPARE(child<QLabel>(shell.mainWindow(), "signedInIdentity")->text(), QStringLiteral("Signed in: ") + who);
        QCOMPARE(settings->identityName(), who);
        // The desks act for the bank, the key stays hers.
        QVERIFY(shell.context()->institution() != shell.context()->account());
    }

    void aKeyThatIsNoInstitutionIsRefusedAtUnlock()
    {
        FakeClock clock;
        auto settings = openSettings();
        chooseDemoBank(*settings);
        // A new key, encrypted as the app writes keys, that no block registered.
        auto key = crypto::Sm2PrivateKey::generate();
        QVERIFY(key);
        const QString path = m_dir.filePath(QStringLiteral("stranger.pem"));
        QVERIFY(crypto::keyfile::save(path, *key, "stranger-password"));
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        ui::UnlockDialog *unlock = shell.unlockDialog();
        child<QLineEdit>(unlock, "keyFileEdit")->setText(path);
        unlockWith(unlock, QStringLiteral("stranger-password"));
        auto *message = child<QLabel>(unlock, "unlockMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kSlowMs);
        QVERIFY2(message->text().contains(QStringLiteral("not a registered institution")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("0x") + QString::fromLatin1(key->address().toHex())));
        QVERIFY(!shell.mainWindow());
        QVERIFY(!shell.session().isUnlocked()); // the key is dropped again
        QTRY_VERIFY(!shell.context());
        QVERIFY(unlock->isVisible());
        QCOMPARE(settings->identityRole(), QStringLiteral("bank")); // nothing was taken from the refused key
    }

    void badNodeAddressIsSaidOnThePage()
    {
        FakeClock clock;
        auto settings = openSettings();
        ui::TerminalShell shell(*settings, clock, paths());
        shell.start();
        ui::SetupWindow *setup = shell.setupWindow();
        QTest::mouseClick(child<QPushButton>(setup, "connectButton"), Qt::LeftButton);
        child<QWidget>(setup, "endpointsRadio")->setProperty("checked", true);
        QTest::keyClicks(child<QLineEdit>(setup, "endpointsEdit"), QStringLiteral("ftp://nowhere"));
        QTest::mouseClick(child<QPushButton>(setup, "connectFinishButton"), Qt::LeftButton);
        auto *message = child<QWidget>(setup, "connectMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->property("text").toString().contains(QStringLiteral("ftp://nowhere")));
        QVERIFY(!settings->isConfigured());
        QVERIFY(shell.setupWindow());
    }
};

QTEST_MAIN(TestTerminalShell)
#include "TestTerminalShell.moc"
