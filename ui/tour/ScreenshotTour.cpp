// SPDX-License-Identifier: Apache-2.0
#include "tour/ScreenshotTour.h"

#include "node/LightNode.h"
#include "desk/SigningKey.h"
#include "devnet/EmbeddedDevnet.h"
#include "main/MainWindow.h"
#include "mediator/DisputesPage.h"
#include "mediator/TracePage.h"
#include "session/RoleSession.h"
#include "session/SessionProfile.h"
#include "desk/DeskSession.h"
#include "settings/TerminalSettings.h"
#include "setup/SetupWindow.h"
#include "unlock/KeySession.h"
#include "unlock/UnlockDialog.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPixmap>
#include <QTableView>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

namespace {
// Long enough for a page's models to refresh after it is shown.
constexpr int kSettleMs = 400;
// The roles visited, in order: one demo identity of each.
constexpr Role kRoles[] = { Role::Bank, Role::Bureau, Role::Regulator, Role::Mediator, Role::Operator };
} // namespace

int ScreenshotTour::screenCount()
{
    int screens = 2; // welcome and unlock
    for (Role role : kRoles)
        screens += static_cast<int>(pagesFor(role).size());
    return screens;
}

ScreenshotTour::ScreenshotTour(QString outputDir, QObject *parent) : QObject(parent), m_out(std::move(outputDir))
{
    m_settings = std::make_unique<TerminalSettings>(
        std::make_unique<QSettings>(m_scratch.filePath(QStringLiteral("tour.ini")), QSettings::IniFormat));
    m_settings->setMode(NetworkMode::Demo);
}

ScreenshotTour::~ScreenshotTour()
{
    m_session.reset();
    m_window.reset();
}

void ScreenshotTour::fail(const QString &message)
{
    Q_EMIT finished(false, message);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = m_out.filePath(name + QStringLiteral(".png"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the PNG shows what is laid out
    Q_EMIT screenShown(widget, name);
    if (widget->grab().save(path))
        m_written << path;
    else
        fail(tr("Cannot write %1.").arg(path));
}

void ScreenshotTour::start()
{
    if (!m_scratch.isValid() || !m_out.mkpath(QStringLiteral(".")))
        return fail(tr("Cannot create the output folder %1.").arg(m_out.path()));
    auto identities = DemoIdentities::load(DemoIdentities::embeddedPath());
    if (!identities)
        return fail(identities.error().message);
    m_identities = *identities;
    for (Role role : kRoles)
        for (const DemoIdentity &id : std::as_const(m_identities.identities))
            if (id.role == role) {
                m_queue << id;
                break;
            }
    shootSetup();
    m_demo = std::make_unique<devnet::EmbeddedDevnet>();
    connect(m_demo.get(), &devnet::EmbeddedDevnet::ready, this, &ScreenshotTour::nextRole);
    connect(m_demo.get(), &devnet::EmbeddedDevnet::failed, this,
        [this](const QString &message) { fail(tr("The demo network could not start: %1").arg(message)); });
    devnet::Devnet::Options options;
    options.genesisPath = QStringLiteral(":/demo/genesis.json");
    options.dataDir = m_scratch.filePath(QStringLiteral("demo-chain"));
    m_demo->start(options);
}

void ScreenshotTour::shootSetup()
{
    TerminalSettings fresh(
        std::make_unique<QSettings>(m_scratch.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat));
    SetupWindow setup(fresh, m_scratch.filePath(QStringLiteral("keys")));
    setup.resize(900, 640);
    setup.show();
    save(&setup, QStringLiteral("00-welcome"));
    KeySession keys;
    UnlockDialog unlock(keys, m_queue.value(0).keyFile, m_queue.value(0).name);
    unlock.show();
    save(&unlock, QStringLiteral("01-unlock"));
}

void ScreenshotTour::nextRole()
{
    m_session.reset();
    m_window.reset();
    if (m_queue.isEmpty()) {
        Q_EMIT finished(true, tr("Wrote %n screenshots.", nullptr, static_cast<int>(m_written.size())));
        return;
    }
    const DemoIdentity id = m_queue.takeFirst();
    auto *watcher = new QFutureWatcher<Result<desk::SigningKey>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        auto key = watcher->result();
        if (!key)
            return fail(key.error().message);
        auto profile = sessionProfile(*m_settings, m_demo->url());
        if (!profile)
            return fail(profile.error().message);
        m_window = std::make_unique<MainWindow>(id.role, id.name, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        m_session = std::make_unique<RoleSession>(
            *m_window, *profile, *key, m_scratch.filePath(QStringLiteral("light-") + roleKey(id.role)));
        connect(&m_session->context().node(), &chain::LightNode::caughtUp, this, [this] {
            if (m_window && !m_window->property("tourStarted").toBool()) {
                m_window->setProperty("tourStarted", true);
                QTimer::singleShot(kSettleMs, this, [this] { shootPages(0); });
            }
        });
    });
    const QString path = id.keyFile, password = m_identities.password;
    watcher->setFuture(QtConcurrent::run([path, password] { return desk::unlockKeyFile(path, password.toUtf8()); }));
}

void ScreenshotTour::shootPages(int pageIndex)
{
    const QList<PageEntry> pages = pagesFor(m_window->role());
    if (pageIndex >= pages.size())
        return nextRole();
    m_window->showPage(pages[pageIndex].id);
    const int settleMs = showExample(pages[pageIndex].id) ? 3 * kSettleMs : kSettleMs;
    QTimer::singleShot(settleMs, this, [this, pageIndex, pages] {
        save(m_window.get(),
            QStringLiteral("%1-%2-page%3")
                .arg(10 + static_cast<int>(m_window->role()) * 10)
                .arg(roleKey(m_window->role()))
                .arg(pageIndex + 1));
        shootPages(pageIndex + 1);
    });
}

bool ScreenshotTour::showExample(PageId page)
{
    // The mediator's pages are empty until something is chosen: the first dispute, and its trace.
    auto *disputes = qobject_cast<DisputesPage *>(m_window->page(PageId::Disputes));
    if (!disputes)
        return false;
    if (page == PageId::Disputes) {
        if (auto *table = disputes->findChild<QTableView *>(QStringLiteral("disputesTable")))
            table->selectRow(0);
        return true;
    }
    auto *trace = qobject_cast<TracePage *>(m_window->page(PageId::Trace));
    if (page == PageId::Trace && trace && disputes->shownOrder() != 0) {
        trace->trace(QString::number(disputes->shownOrder()));
        return true;
    }
    return false;
}

} // namespace credit::ui
