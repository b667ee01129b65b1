// SPDX-License-Identifier: Apache-2.0
// Help → User guide opens the bundled guide in the terminal's language at the
// signed-in role's section, in a window that stays open; and every menu action
// of the main window, and every sidebar page, has an icon — Lock its own lock
// — even where, as on Windows or here offscreen, there is no icon theme.
#include "help/UserGuideWindow.h"
#include "icons/ActionIcons.h"
#include "main/MainWindow.h"
#include "settings/TerminalSettings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

struct Window {
    explicit Window(ui::Role role)
        : settings(std::make_unique<QSettings>(dir.filePath(u"t.ini"_s), QSettings::IniFormat)),
          window(role, u"上海申江商业银行"_s, settings)
    {
        window.show();
    }
    QTemporaryDir dir;
    ui::TerminalSettings settings;
    ui::MainWindow window;
};

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

//! The guide window opened from Help → User guide, scrolled to the heading (a block of its own).
bool showsSection(ui::MainWindow &window, const QString &heading)
{
    auto *guide = window.findChild<ui::UserGuideWindow *>();
    if (!guide || !guide->isVisible())
        return false;
    auto *browser = guide->findChild<QTextBrowser *>(u"userGuideText"_s);
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed() != heading)
            continue;
        const QRect at = browser->cursorRect(QTextCursor(block));
        return browser->verticalScrollBar()->value() > 0 && at.top() >= 0
            && at.bottom() < browser->viewport()->height();
    }
    return false;
}

} // namespace

class TestUserGuide final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyMenuActionAndPageHasAnIcon_data()
    {
        QTest::addColumn<ui::Role>("role");
        QTest::newRow("bank") << ui::Role::Bank;
        QTest::newRow("bureau") << ui::Role::Bureau;
        QTest::newRow("regulator") << ui::Role::Regulator;
        QTest::newRow("mediator") << ui::Role::Mediator;
        QTest::newRow("operator") << ui::Role::Operator;
    }

    void everyMenuActionAndPageHasAnIcon()
    {
        QFETCH(ui::Role, role);
        Window w(role);
        int checked = 0;
        for (QAction *menu : w.window.menuBar()->actions()) {
            QVERIFY(menu->menu());
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
                QVERIFY2(!imageOf(action->icon()).isNull(), qPrintable(action->text()));
                ++checked;
            }
        }
        QVERIFY(checked >= 8); // lock, preferences, verify, quit, the pages, search, guide, about

        // Lock shows a lock, no longer the dialogs' Cancel.
        auto *lock = w.window.findChild<QAction *>(u"lockAction"_s);
        QVERIFY(lock);
        QVERIFY(imageOf(lock->icon()) != imageOf(w.window.style()->standardIcon(QStyle::SP_DialogCancelButton)));
        if (QIcon::fromTheme(u"system-lock-screen"_s).isNull()) // no theme here (offscreen, Windows): ours
            QCOMPARE(imageOf(lock->icon()), imageOf(QIcon(u":/icons/actions/system-lock-screen.svg"_s)));

        // The sidebar: an icon per page, and the count of what waits there.
        auto *sidebar = w.window.findChild<QListView *>(u"navigationView"_s);
        QAbstractItemModel *pages = sidebar->model();
        QVERIFY(pages->rowCount() >= 2);
        for (int row = 0; row < pages->rowCount(); ++row)
            QVERIFY(!pages->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString title = pages->index(0, 0).data().toString();
        const ui::PageId first = ui::pagesFor(role).first().id;
        w.window.setPageCount(first, 3);
        QCOMPARE(pages->index(0, 0).data().toString(), title + u" (3)"_s);
        QCOMPARE(pages->index(0, 0).data(ui::MainWindow::kPageCountRole).toInt(), 3);
    }

    void bundledIconsForTheButtonsThatAct()
    {
        // The names the pages' buttons use; each has a drawing of its own for desktops without a theme.
        for (const char *name :
            { "document-save-as", "document-print", "document-new", "document-open", "dialog-ok", "dialog-warning",
                "edit-delete", "edit-copy", "edit-find", "mail-send", "mail-attachment", "document-preview",
                "go-previous", "go-next", "zoom-in", "zoom-out", "zoom-fit-width", "credit-decrypt" }) {
            QVERIFY2(ui::hasBundledIcon(QLatin1String(name)), name);
            QVERIFY2(!imageOf(ui::themedIcon(QLatin1String(name))).isNull(), name);
        }
        QVERIFY(!ui::hasBundledIcon(u"no-such-icon"_s));
    }

    void userGuideOpensInEnglishAtTheRolesSection()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Window w(ui::Role::Regulator);
        auto *guideAction = w.window.findChild<QAction *>(u"userGuideAction"_s);
        QVERIFY(guideAction);
        QCOMPARE(guideAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!guideAction->icon().isNull());
        guideAction->trigger();
        auto *guide = w.window.findChild<ui::UserGuideWindow *>();
        QVERIFY(guide);
        QVERIFY(!guide->isModal());
        auto *browser = guide->findChild<QTextBrowser *>(u"userGuideText"_s);
        QCOMPARE(browser->source().path(), u"/help/user-guide.en.html"_s);
        QVERIFY(browser->toPlainText().contains(u"Evidence packs"_s));
        QVERIFY(browser->toPlainText().contains(u"Lock"_s));
        QTRY_VERIFY(showsSection(w.window, u"Regulator (监管机构)"_s));

        // Asked again it is the same window, brought to the front.
        guideAction->trigger();
        QCOMPARE(w.window.findChildren<ui::UserGuideWindow *>().size(), 1);
        // It stays open while the user works in the main window.
        QVERIFY(w.window.isEnabled());
        QVERIFY(guide->isVisible());
    }

    void userGuideOpensInChinese()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Window w(ui::Role::Mediator);
        w.window.findChild<QAction *>(u"userGuideAction"_s)->trigger();
        auto *guide = w.window.findChild<ui::UserGuideWindow *>();
        QVERIFY(guide);
        auto *browser = guide->findChild<QTextBrowser *>(u"userGuideText"_s);
        QCOMPARE(browser->source().path(), u"/help/user-guide.zh_CN.html"_s);
        QVERIFY(browser->toPlainText().contains(u"存证包"_s));
        QVERIFY(!browser->toPlainText().contains(u"Evidence packs"_s));
        QTRY_VERIFY(showsSection(w.window, u"调解机构"_s));
    }

    void everyRoleHasASectionInBothGuides()
    {
        for (const QLocale &locale : { QLocale(QLocale::English), QLocale(QLocale::Chinese, QLocale::China) }) {
            QTextBrowser browser;
            browser.setSource(QUrl(u"qrc"_s + ui::UserGuideWindow::guideFor(locale)));
            const QString html = browser.toHtml();
            for (ui::Role role :
                { ui::Role::Bank, ui::Role::Bureau, ui::Role::Mediator, ui::Role::Regulator, ui::Role::Operator })
                QVERIFY2(html.contains(u"name=\""_s + ui::UserGuideWindow::sectionFor(role) + u'"'),
                    qPrintable(locale.name() + u' ' + ui::UserGuideWindow::sectionFor(role)));
        }
    }
};

QTEST_MAIN(TestUserGuide)
#include "TestUserGuide.moc"
