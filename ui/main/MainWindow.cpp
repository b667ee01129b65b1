// SPDX-License-Identifier: Apache-2.0
#include "main/MainWindow.h"

#include "common/PageSearch.h"
#include "icons/ActionIcons.h"
#include "help/UserGuideWindow.h"
#include "main/AboutDialog.h"
#include "main/ChainStatusBar.h"
#include "settings/PreferencesDialog.h"
#include "settings/TerminalSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace credit::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
constexpr int kNoticeMs = 10 * 1000; // long enough to read two lines
constexpr int kNavigationWidth = 220;
constexpr int kWindowWidth = 1100;

QWidget *placeholder(const QString &title, QWidget *parent)
{
    auto *label = new QLabel(MainWindow::tr("%1 — this page is being built.").arg(title), parent);
    label->setObjectName(QStringLiteral("placeholderPage"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

MainWindow::MainWindow(Role role, const QString &identityName, TerminalSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_role(role), m_settings(settings), m_navigationModel(new QStandardItemModel(this)),
      m_navigation(new QListView(this)), m_workArea(new QStackedWidget(this)), m_status(new ChainStatusBar(this)),
      m_pages(pagesFor(role))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(identityName.isEmpty() ? tr("CreditChain Terminal — %1").arg(roleLabel(role))
                                          : tr("CreditChain Terminal — %1 (%2)").arg(identityName, roleLabel(role)));
    setWindowIcon(roleIcon(role));

    for (const PageEntry &entry : std::as_const(m_pages)) {
        auto *item = new QStandardItem(themedIcon(entry.iconName), entry.title);
        item->setData(int(entry.id), kPageIdRole);
        item->setEditable(false);
        m_navigationModel->appendRow(item);
        m_workArea->addWidget(placeholder(entry.title, m_workArea));
    }
    m_navigation->setObjectName(QStringLiteral("navigationView"));
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(
        m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                m_workArea->setCurrentIndex(current.row());
        });
    m_workArea->setObjectName(QStringLiteral("workArea"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_workArea);
    splitter->setStretchFactor(1, 1);
    // The sidebar's width as the splitter's own size for it: a maximum width on
    // the list instead left an empty band between the sidebar and the page
    // (the splitter gave the list its 256-pixel size hint and the list used 220).
    splitter->setSizes({ kNavigationWidth, kWindowWidth - kNavigationWidth });
    setCentralWidget(splitter);
    setStatusBar(m_status);
    if (!identityName.isEmpty()) {
        // Who is signed in, always in sight: "张敏 @ 上海申江商业银行股份有限公司" for a user.
        auto *who = new QLabel(tr("Signed in: %1").arg(identityName), m_status);
        who->setObjectName(QStringLiteral("signedInIdentity"));
        m_status->addWidget(who);
    }
    buildMenus();
    if (!m_pages.isEmpty())
        showPage(m_pages.first().id);

    resize(kWindowWidth, 700);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

StatusBarController &MainWindow::statusController()
{
    return *m_status;
}

void MainWindow::setPage(PageId id, QWidget *newPage)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id != id)
            continue;
        QWidget *old = m_workArea->widget(i);
        const bool current = m_workArea->currentIndex() == i;
        m_workArea->insertWidget(i, newPage);
        m_workArea->removeWidget(old);
        old->deleteLater();
        if (current)
            m_workArea->setCurrentIndex(i);
        return;
    }
    delete newPage; // the role has no such page; taking ownership means not leaking it
}

QWidget *MainWindow::page(PageId id) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == id)
            return m_workArea->widget(i);
    return nullptr;
}

void MainWindow::removeSessionWidgets()
{
    // Dialogs first: they hold pages' helpers (pending orders, trackers).
    // They are opened with open(), never exec(), so none runs a nested event
    // loop that would return into a deleted object.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (const QPointer<QDialog> &dialog : QList<QPointer<QDialog>>(dialogs.begin(), dialogs.end()))
        delete dialog.data(); // a dialog may own another: QPointer skips the ones already gone
    const int current = m_workArea->currentIndex();
    for (int i = 0; i < m_pages.size(); ++i) {
        QWidget *old = m_workArea->widget(i);
        if (old->objectName() == QLatin1String("placeholderPage"))
            continue;
        m_workArea->insertWidget(i, placeholder(m_pages.at(i).title, m_workArea));
        m_workArea->removeWidget(old);
        delete old; // now, not deleteLater(): what it refers to goes next
    }
    m_workArea->setCurrentIndex(current);
}

void MainWindow::showPage(PageId id)
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == id)
            m_navigation->setCurrentIndex(m_navigationModel->index(i, 0));
}

PageId MainWindow::currentPage() const
{
    const int index = m_workArea->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).id : PageId::ProductCatalogue;
}

void MainWindow::setPageCount(PageId id, int count)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id != id)
            continue;
        QStandardItem *item = m_navigationModel->item(i);
        item->setText(count > 0 ? tr("%1 (%2)").arg(m_pages.at(i).title).arg(count) : m_pages.at(i).title);
        QFont font = item->font();
        font.setBold(count > 0);
        item->setFont(font);
        item->setData(count, kPageCountRole);
    }
}

void MainWindow::notify(const QString &title, const QString &text)
{
    statusBar()->showMessage(text, kNoticeMs);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, kNoticeMs);
    } else {
        QApplication::alert(this);
    }
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&Terminal"));
    auto *lock = file->addAction(themedIcon(QStringLiteral("system-lock-screen")), tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    auto *signOut = file->addAction(themedIcon(QStringLiteral("system-log-out")), tr("Sign &out…"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    signOut->setStatusTip(tr("End this session and choose an identity to sign in with."));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    auto *preferences = file->addAction(themedIcon(QStringLiteral("preferences-system")), tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::preferencesChanged, this, &MainWindow::idleLockChanged);
        dialog->open();
    });
    file->addSeparator();
    auto *verify = file->addAction(themedIcon(QStringLiteral("security-high")), tr("&Verify evidence pack…"));
    verify->setObjectName(QStringLiteral("verifyEvidenceAction"));
    connect(verify, &QAction::triggered, this, &MainWindow::verifyEvidenceRequested);
    file->addSeparator();
    auto *quit = file->addAction(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Go: every page by keyboard (Ctrl+1 … Ctrl+9, in the sidebar's order) and the
    // current page's search field (Ctrl+F), as in the back-office programs users know.
    auto *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *action = go->addAction(themedIcon(m_pages.at(i).iconName), m_pages.at(i).title);
        action->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, id = m_pages.at(i).id] { showPage(id); });
    }
    go->addSeparator();
    auto *search = go->addAction(themedIcon(QStringLiteral("edit-find")), tr("&Search this page"));
    search->setObjectName(QStringLiteral("searchPageAction"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (QLineEdit *field = pageSearch(m_workArea->currentWidget())) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        }
    });

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = help->addAction(themedIcon(QStringLiteral("help-contents")), tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    auto *about
        = help->addAction(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("&About CreditChain Terminal"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::showUserGuide()
{
    // One guide window, kept open beside the pages; asked again, it comes to the front.
    auto *guide = findChild<UserGuideWindow *>();
    if (!guide) {
        guide = new UserGuideWindow(m_role, QLocale(), this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->showSection(m_role);
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace credit::ui
