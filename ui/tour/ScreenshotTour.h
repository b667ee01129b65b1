// SPDX-License-Identifier: Apache-2.0
// `credit-terminal --demo --screenshot DIR`: starts the demo network in a
// scratch folder, signs in as one demo identity of each role in turn, lets
// the light node catch up, and writes a PNG of every main screen, so anyone
// can look at the UI without clicking (offscreen or Xvfb, CJK fonts installed).
#pragma once

#include "main/RolePages.h"

#include "setup/DemoIdentities.h"

#include <QDir>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace credit::devnet {
class EmbeddedDevnet;
}

namespace credit::ui {

class MainWindow;
class RoleSession;
class TerminalSettings;

class ScreenshotTour final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)
public:
    explicit ScreenshotTour(QString outputDir, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    //! Begins; finished() follows when every screen is written or something failed.
    void start();
    const QStringList &written() const { return m_written; }
    //! How many screens a whole tour writes: the welcome page, the unlock dialog and every role's pages.
    static int screenCount();

Q_SIGNALS:
    //! ok: every PNG written; message says what was written or what failed.
    void finished(bool ok, const QString &message);
    //! screen is laid out and about to be written as name.png (a test may look at it now).
    void screenShown(QWidget *screen, const QString &name);

private:
    void shootSetup();
    void nextRole();
    void shootPages(int pageIndex);
    //! Chooses something to show on a page that is empty until the user picks (true: give it longer to settle).
    bool showExample(PageId page);
    void save(QWidget *widget, const QString &name);
    void fail(const QString &message);

    QDir m_out;
    QTemporaryDir m_scratch;
    std::unique_ptr<TerminalSettings> m_settings;
    std::unique_ptr<devnet::EmbeddedDevnet> m_demo;
    DemoIdentities m_identities;
    QList<DemoIdentity> m_queue; //!< one identity per role still to visit
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RoleSession> m_session;
    QStringList m_written;
};

} // namespace credit::ui
