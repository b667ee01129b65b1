// SPDX-License-Identifier: Apache-2.0
// Issue 10, everyday use, on the offscreen platform with the real embedded demo
// chain: Terminal → Sign out… returns to the identity choice and another role
// signs in; Cancel at unlock does the same and the application keeps running
// (closing the window still quits); a lock, by the menu or when idle, brings
// the same identity back to its page, filter, search and selected order, and
// nobody else gets that place.
#include "FakeClock.h"
#include "ShellPaths.h"
#include "TerminalShell.h"
#include "bank/MyOrdersPage.h"
#include "common/PageSearch.h"
#include "devnet/EmbeddedDevnet.h"
#include "main/MainWindow.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrdersModel.h"
#include "session/PlaceRestorer.h"
#include "settings/TerminalSettings.h"
#include "setup/SetupWindow.h"
#include "unlock/IdleLock.h"
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace credit;
using credit::test::FakeClock;

namespace {
constexpr int kSlowMs = 300000; // demo history + PBKDF2 in a Debug build on a shared machine
constexpr int kStillRunning = 42; // what the test's own exit() returns, if the application did not quit first
const QString kPassword = QStringLiteral("demo-only");
const QString kShanghaiBank = QStringLiteral("上海申江商业银行");
const QString kShenzhenBank = QStringLiteral("深圳鹏海银行");

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

//! Types text into field key by key (QTest::keyClicks takes ASCII only).
void typeInto(QLineEdit *field, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

//! Runs the application's event loop while action happens, as the real terminal
//! does: returns QApplication::exec()'s code, kStillRunning when nothing quit it.
int runEventLoopAround(const std::function<void()> &action)
{
    QTimer::singleShot(0, qApp, action);
    QTimer::singleShot(1500, qApp, [] { QCoreApplication::exit(kStillRunning); });
    return QApplication::exec();
}
} // namespace

class TestSignOutAndPlace final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::TerminalSettings> m_settings;
    FakeClock m_clock;

    ui::TerminalShell::Paths paths() const { return test::shellPathsIn(m_dir); }
    //! A shell whose settings are what the demo setup leaves for the Shanghai bank, started: its unlock dialog shows.
    std::unique_ptr<ui::TerminalShell> startAsShanghaiBank()
    {
        m_settings->setMode(ui::NetworkMode::Demo);
        m_settings->setProfilePath(QStringLiteral(":/demo/profile.json"));
        m_settings->setKeyFilePath(QStringLiteral(":/demo/keys/bank-shanghai.pem"));
        m_settings->setIdentityName(kShanghaiBank);
        m_settings->setIdentityRole(QStringLiteral("bank"));
        m_settings->sync();
        auto shell = std::make_unique<ui::TerminalShell>(*m_settings, m_clock, paths());
        shell->start();
        return shell;
    }
    //! Unlocks with keyFile (empty: the one the dialog offers) and waits for the main window.
    static void signIn(ui::TerminalShell &shell, const QString &keyFile = {})
    {
        QTRY_VERIFY_WITH_TIMEOUT(shell.demoNetwork() && !shell.demoNetwork()->url().isEmpty(), kSlowMs);
        ui::UnlockDialog *unlock = shell.unlockDialog();
        QVERIFY(unlock && unlock->isVisible());
        if (!keyFile.isEmpty())
            child<QLineEdit>(unlock, "keyFileEdit")->setText(keyFile);
        QTest::keyClicks(child<QLineEdit>(unlock, "passwordEdit"), kPassword);
        QTest::mouseClick(child<QPushButton>(unlock, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), kSlowMs);
    }
    //! The identity picker is on screen: chooses the identity whose entry names institution.
    static void pickIdentity(ui::TerminalShell &shell, const QString &institution)
    {
        ui::SetupWindow *setup = shell.setupWindow();
        QVERIFY(setup && setup->isVisible());
        QCOMPARE(
            setup->findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("identityPickerPage"));
        auto *list = child<QListView>(setup, "identityList");
        QCOMPARE(list->model()->rowCount(), 33); // every demo identity and user, as at first start
        // The institution itself: its users' entries ("张敏 @ …") follow it.
        const QModelIndexList found = list->model()->match(
            list->model()->index(0, 0), Qt::DisplayRole, QStringLiteral(" — ") + institution, 1, Qt::MatchContains);
        QCOMPARE(found.size(), 1);
        list->setCurrentIndex(found.first());
        QTest::mouseClick(child<QPushButton>(setup, "chooseIdentityButton"), Qt::LeftButton);
        QTRY_VERIFY(!shell.setupWindow());
        QVERIFY(shell.unlockDialog() && shell.unlockDialog()->isVisible());
    }
    //! The chain height a status bar label shows ("Verified: 1,234").
    static quint64 heightOn(ui::MainWindow &window, const char *label)
    {
        auto *shown = child<QLabel>(&window, label);
        return shown ? QLocale().toULongLong(shown->text().section(u' ', -1)) : 0;
    }
    static ui::MyOrdersPage *ordersOf(ui::MainWindow &window)
    {
        return qobject_cast<ui::MyOrdersPage *>(window.page(ui::PageId::MyOrders));
    }
    //! Waits for the light node to catch up and My orders to show the bank's orders.
    static void waitForOrders(ui::MainWindow &window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(heightOn(window, "localHeightLabel") > 0
                && heightOn(window, "localHeightLabel") == heightOn(window, "chainHeightLabel"),
            kSlowMs);
        QVERIFY(ordersOf(window));
        QTRY_VERIFY_WITH_TIMEOUT(ordersOf(window)->model().rowCount() > 0, kSlowMs);
    }
    static void triggerMenu(ui::MainWindow &window, const char *action)
    {
        auto *item = child<QAction>(&window, action);
        QVERIFY(item);
        item->trigger();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("terminal.ini")));
        m_settings = std::make_unique<ui::TerminalSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("terminal.ini")), QSettings::IniFormat));
    }

    void signOutReturnsToTheIdentityChoice()
    {
        auto shell = startAsShanghaiBank();
        signIn(*shell);
        QPointer<ui::MainWindow> bank = shell->mainWindow();
        QCOMPARE(bank->role(), ui::Role::Bank);
        auto *signOut = child<QAction>(bank.data(), "signOutAction");
        QVERIFY(signOut);
        QCOMPARE(signOut->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(!signOut->icon().isNull());
        for (const QAction *other : bank->findChildren<QAction *>())
            QVERIFY2(other == signOut || other->shortcut() != signOut->shortcut(), qPrintable(other->text()));

        signOut->trigger();
        // The lock's teardown: window, session and key gone.
        QVERIFY(!bank);
        QVERIFY(!shell->mainWindow());
        QVERIFY(!shell->context());
        QVERIFY(!shell->session().isUnlocked());
        QVERIFY(!shell->unlockDialog());
        QVERIFY(!shell->idleLock().isArmed());

        // Another role, chosen where the first start chose: the Shanghai bureau.
        pickIdentity(*shell, QStringLiteral("上海浦江资信评估"));
        QCOMPARE(m_settings->keyFilePath(), QStringLiteral(":/demo/keys/bureau-shanghai.pem"));
        signIn(*shell);
        QCOMPARE(shell->mainWindow()->role(), ui::Role::Bureau);
        QVERIFY(shell->mainWindow()->windowTitle().contains(QStringLiteral("上海浦江资信评估")));
        QVERIFY(shell->idleLock().isArmed());
    }

    void cancelAtUnlockReturnsToTheIdentityChoice()
    {
        auto shell = startAsShanghaiBank();
        QPointer<ui::UnlockDialog> unlock = shell->unlockDialog();
        QVERIFY(unlock && unlock->isVisible());
        QPushButton *cancel = unlock->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel);
        // With the application's own event loop running, as it quits when its last window closes.
        QCOMPARE(runEventLoopAround([cancel] { QTest::mouseClick(cancel, Qt::LeftButton); }), kStillRunning);
        QVERIFY(!unlock); // closed and gone
        QVERIFY(!shell->unlockDialog());
        // Signing in as another institution of the same role works from there.
        pickIdentity(*shell, kShenzhenBank);
        signIn(*shell);
        QCOMPARE(shell->mainWindow()->role(), ui::Role::Bank);
        QVERIFY(shell->mainWindow()->windowTitle().contains(kShenzhenBank));
        QCOMPARE(m_settings->keyFilePath(), QStringLiteral(":/demo/keys/bank-shenzhen.pem"));
    }

    void escapeAtUnlockIsCancel()
    {
        auto shell = startAsShanghaiBank();
        QCOMPARE(
            runEventLoopAround([&shell] { QTest::keyClick(shell->unlockDialog(), Qt::Key_Escape); }), kStillRunning);
        QVERIFY(shell->setupWindow() && shell->setupWindow()->isVisible());
        QVERIFY(!shell->unlockDialog());
    }

    void onANetworkTheChoiceKeepsTheNetworkAndKey()
    {
        // No chain needed: Cancel comes before any node is asked.
        const QStringList endpoints { QStringLiteral("http://127.0.0.1:20200/") };
        const QString genesis = QStringLiteral("0x") + QString(64, u'a');
        const QString contract = QStringLiteral("0x") + QString(40, u'b');
        const QString keyFile = m_dir.filePath(QStringLiteral("keys/institution.pem"));
        m_settings->setMode(ui::NetworkMode::Network);
        m_settings->setEndpoints(endpoints);
        m_settings->setGenesisHash(genesis);
        m_settings->setContractAddress(contract);
        m_settings->setKeyFilePath(keyFile);
        m_settings->sync();
        ui::TerminalShell shell(*m_settings, m_clock, paths());
        shell.start();
        QVERIFY(!shell.demoNetwork());
        ui::UnlockDialog *unlock = shell.unlockDialog();
        QVERIFY(unlock);
        QTest::mouseClick(unlock->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        ui::SetupWindow *setup = shell.setupWindow();
        QVERIFY(setup && setup->isVisible());
        QCOMPARE(setup->findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("connectPage"));
        // What was used so far, to keep or change: nothing to type again.
        QVERIFY(child<QRadioButton>(setup, "endpointsRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(setup, "endpointsEdit")->text(), endpoints.first());
        QCOMPARE(child<QLineEdit>(setup, "genesisEdit")->text(), genesis);
        QCOMPARE(child<QLineEdit>(setup, "contractEdit")->text(), contract);
        QVERIFY(child<QLineEdit>(setup, "endpointsEdit")->isEnabled());
        QVERIFY(child<QRadioButton>(setup, "existingKeyRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(setup, "keySourceEdit")->text(), keyFile);
    }

    void lockKeepsYourPlace()
    {
        auto shell = startAsShanghaiBank();
        signIn(*shell);
        ui::MainWindow *window = shell->mainWindow();
        waitForOrders(*window);
        ui::MyOrdersPage *orders = ordersOf(*window);

        // A place off the defaults: the catalogue searched, then My orders with a
        // filter, a search that leaves several orders, and the second one selected.
        QLineEdit *catalogueSearch = ui::pageSearch(window->page(ui::PageId::ProductCatalogue));
        QVERIFY(catalogueSearch);
        typeInto(catalogueSearch, QStringLiteral("企业"));
        triggerMenu(*window, "goToPage2");
        QCOMPARE(window->currentPage(), ui::PageId::MyOrders);
        auto *filter = child<QComboBox>(orders, "stateFilter");
        const QString completed = QStringLiteral("Completed");
        filter->setCurrentIndex(filter->findText(completed));
        QCOMPARE(filter->currentText(), completed);
        QHash<QString, int> byProduct; // the product most completed orders were for
        const QAbstractItemModel &shown = orders->proxy();
        for (int row = 0; row < shown.rowCount(); ++row)
            ++byProduct[shown.index(row, ui::OrdersModel::Product).data().toString()];
        QString product;
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
            if (it.value() > byProduct.value(product))
                product = it.key();
        QVERIFY2(byProduct.value(product) >= 3, qPrintable(product));
        typeInto(child<QLineEdit>(orders, "orderSearch"), product);
        QCOMPARE(shown.rowCount(), byProduct.value(product));
        auto *table = child<QTableView>(orders, "ordersTable");
        table->selectRow(1);
        const quint64 selected = orders->selectedOrder();
        QVERIFY(selected != 0);

        // Idle lock, then the same identity unlocks: all of it comes back.
        m_clock.advanceMinutes(m_settings->idleLockMinutes());
        shell->idleLock().check();
        QVERIFY(!shell->mainWindow());
        signIn(*shell);
        window = shell->mainWindow();
        QCOMPARE(window->currentPage(), ui::PageId::MyOrders);
        orders = ordersOf(*window);
        QCOMPARE(child<QComboBox>(orders, "stateFilter")->currentText(), completed);
        QCOMPARE(child<QLineEdit>(orders, "orderSearch")->text(), product);
        catalogueSearch = ui::pageSearch(window->page(ui::PageId::ProductCatalogue));
        QVERIFY(catalogueSearch);
        QCOMPARE(catalogueSearch->text(), QStringLiteral("企业"));
        waitForOrders(*window);
        QTRY_COMPARE(orders->selectedOrder(), selected); // once the store filled the page
        QCOMPARE(orders->proxy().rowCount(), byProduct.value(product));

        // Terminal → Lock keeps it too; but another bank unlocking gets its own fresh window.
        triggerMenu(*window, "lockAction");
        QVERIFY(!shell->mainWindow());
        signIn(*shell, QStringLiteral(":/demo/keys/bank-shenzhen.pem"));
        window = shell->mainWindow();
        QVERIFY(window->windowTitle().contains(kShenzhenBank));
        QCOMPARE(window->currentPage(), ui::PageId::ProductCatalogue);
        waitForOrders(*window);
        orders = ordersOf(*window);
        QTest::qWait(200); // a restore would run on the rows' arrival
        QCOMPARE(orders->selectedOrder(), quint64(0));
        QCOMPARE(child<QComboBox>(orders, "stateFilter")->currentIndex(), 0);
        QVERIFY(child<QLineEdit>(orders, "orderSearch")->text().isEmpty());
        QVERIFY(ui::pageSearch(window->page(ui::PageId::ProductCatalogue))->text().isEmpty());

        // Sign out forgets the place, even for the same identity signing in again.
        typeInto(child<QLineEdit>(orders, "orderSearch"), product);
        triggerMenu(*window, "goToPage2");
        triggerMenu(*window, "signOutAction");
        pickIdentity(*shell, kShenzhenBank);
        signIn(*shell);
        window = shell->mainWindow();
        QCOMPARE(window->currentPage(), ui::PageId::ProductCatalogue);
        QVERIFY(child<QLineEdit>(window->page(ui::PageId::MyOrders), "orderSearch")->text().isEmpty());
    }

    void aRowIsFoundByItsTexts()
    {
        QStandardItemModel model;
        const auto row = [](const QStringList &texts) {
            QList<QStandardItem *> items;
            for (const QString &text : texts)
                items << new QStandardItem(text);
            return items;
        };
        model.appendRow(row({ QStringLiteral("企业信用报告"), QStringLiteral("浦江"), QStringLiteral("¥120") }));
        model.appendRow(row({ QStringLiteral("企业信用报告"), QStringLiteral("深信"), QStringLiteral("¥150") }));
        model.appendRow(row({ QStringLiteral("1007"), QStringLiteral("Placed"), QStringLiteral("3 h") }));
        using ui::PlaceRestorer;
        // Equal in every column: that row, even when the first column repeats.
        QCOMPARE(PlaceRestorer::findRow(
                     model, { QStringLiteral("企业信用报告"), QStringLiteral("深信"), QStringLiteral("¥150") }),
            1);
        // The order moved on (state, age): its id alone still names it.
        QCOMPARE(PlaceRestorer::findRow(
                     model, { QStringLiteral("1007"), QStringLiteral("Accepted"), QStringLiteral("5 h") }),
            2);
        // A repeated first column with no whole match names nothing (yet).
        QCOMPARE(PlaceRestorer::findRow(
                     model, { QStringLiteral("企业信用报告"), QStringLiteral("浦江"), QStringLiteral("¥99") }),
            -1);
        QCOMPARE(PlaceRestorer::findRow(model, { QStringLiteral("1008") }), -1);
        QCOMPARE(PlaceRestorer::findRow(model, {}), -1);
    }

    // Last: the application's quit ends its event loop for good.
    void closingTheUnlockWindowStillQuits()
    {
        auto shell = startAsShanghaiBank();
        QPointer<ui::UnlockDialog> unlock = shell->unlockDialog();
        QVERIFY(unlock);
        QCOMPARE(runEventLoopAround([unlock] { unlock->close(); }), 0);
        QVERIFY(!shell->setupWindow());
    }

    void cleanup() { m_settings.reset(); }
};

QTEST_MAIN(TestSignOutAndPlace)
#include "TestSignOutAndPlace.moc"
