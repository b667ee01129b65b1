// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Role.h"
#include "main/RolePages.h"

#include <QHash>
#include <QMainWindow>

class QListView;
class QSystemTrayIcon;
class QStackedWidget;
class QStandardItemModel;

namespace credit::ui {

class ChainStatusBar;
class StatusBarController;
class TerminalSettings;

//! The working window of one role: navigation on the left, the chosen page
//! in the work area, chain status below.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    //! The sidebar items' count (int) of things waiting on the page (setPageCount).
    static constexpr int kPageCountRole = Qt::UserRole + 2;

    //! settings must outlive the window (geometry and state are kept there).
    MainWindow(Role role, const QString &identityName, TerminalSettings &settings, QWidget *parent = nullptr);

    Role role() const { return m_role; }
    TerminalSettings &settings() { return m_settings; }
    //! The status bar's input, for whoever runs the light node.
    StatusBarController &statusController();
    //! Puts a real page in place of the placeholder for id (takes ownership).
    void setPage(PageId id, QWidget *page);
    //! The page shown for id (placeholder until setPage); nullptr if the role has no such page.
    QWidget *page(PageId id) const;
    //! Shows the page for id and selects it in the navigation.
    void showPage(PageId id);
    //! The page shown now.
    PageId currentPage() const;
    //! How many things on the page wait for the user, beside its name in the sidebar (0: none).
    void setPageCount(PageId id, int count);
    //! Tells the user of something that happened while they may be looking elsewhere: a
    //! tray message where the desktop has a tray, else the taskbar entry flashes; the
    //! status bar says it too.
    void notify(const QString &title, const QString &text);
    //! Destroys, now, every page and every dialog the session opened over the
    //! window (placeholders take the pages' places): the session's helpers
    //! they hold may be destroyed right after.
    void removeSessionWidgets();
    //! Checks the evidence pack at path as Terminal → Verify evidence pack… does
    //! once a file is chosen (a pack opened from the file manager).
    void verifyEvidenceFile(const QString &path) { Q_EMIT evidenceFileOpened(path); }

Q_SIGNALS:
    //! The user asked to lock now (menu or Ctrl+L).
    void lockRequested();
    //! The user asked to sign out and choose another identity (menu or Ctrl+Shift+L).
    void signOutRequested();
    //! The user asked to check an evidence pack (Terminal → Verify evidence pack…).
    void verifyEvidenceRequested();
    //! A pack to check was given (verifyEvidenceFile); the session's evidence actions take it.
    void evidenceFileOpened(const QString &path);
    //! The user changed the idle lock time in Preferences (minutes, 0 = never).
    void idleLockChanged(int minutes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    //! Help → User guide, at this role's section.
    void showUserGuide();

    Role m_role;
    TerminalSettings &m_settings;
    QStandardItemModel *m_navigationModel;
    QListView *m_navigation;
    QStackedWidget *m_workArea;
    ChainStatusBar *m_status;
    QList<PageEntry> m_pages;
    QSystemTrayIcon *m_tray = nullptr; //!< made on the first notice, where a tray exists
};

} // namespace credit::ui
