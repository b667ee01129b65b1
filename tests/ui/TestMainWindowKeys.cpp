// SPDX-License-Identifier: Apache-2.0
// Go menu: Ctrl+1 … Ctrl+9 open the sidebar's pages in order, Ctrl+F puts the cursor
// in the current page's search field (and selects what is there, to type over it).
#include "common/PageSearch.h"
#include "main/MainWindow.h"
#include "main/RolePages.h"
#include "settings/TerminalSettings.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace credit;

namespace {

// A page with a search field and another field, so focus has somewhere wrong to be.
QWidget *pageWithSearch(QLineEdit **search)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *other = new QLineEdit(page);
    other->setObjectName(QStringLiteral("otherField"));
    *search = new QLineEdit(QStringLiteral("acme"), page);
    ui::markPageSearch(*search);
    layout->addWidget(other);
    layout->addWidget(*search);
    return page;
}

} // namespace

class TestMainWindowKeys final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ctrlNumberOpensPagesAndCtrlFFindsTheSearchField()
    {
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::MainWindow window(ui::Role::Bank, QStringLiteral("Bank"), settings);
        QLineEdit *search = nullptr;
        QWidget *orders = pageWithSearch(&search);
        window.setPage(ui::PageId::MyOrders, orders);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *work = window.findChild<QStackedWidget *>(QStringLiteral("workArea"));
        QVERIFY(work);
        QVERIFY(work->currentWidget() != orders); // the catalogue opens first

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(work->currentWidget(), orders);
        orders->findChild<QLineEdit *>(QStringLiteral("otherField"))->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(search->selectedText(), QStringLiteral("acme"));

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(work->currentWidget() != orders);
    }

    void theBureauLandsOnItsInbox()
    {
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::MainWindow window(ui::Role::Bureau, QStringLiteral("Bureau"), settings);
        auto *navigation = window.findChild<QListView *>(QStringLiteral("navigationView"));
        QVERIFY(navigation);
        QCOMPARE(navigation->currentIndex().row(), 0);
        QCOMPARE(navigation->currentIndex().data().toString(), QStringLiteral("Order inbox"));
    }
};

QTEST_MAIN(TestMainWindowKeys)
#include "TestMainWindowKeys.moc"
