// SPDX-License-Identifier: Apache-2.0
// Lock ends a session while work is in flight: a block committed but not yet
// announced (the light node merges commits for 200 ms and flushes the rest on
// stop), a report open in the viewer with pages rendering, an export being
// written, a print running, a file chooser open, and a transaction being
// sent. The crash this guards against ("malloc(): unaligned tcache chunk
// detected", shared/findings/lock-heap-use-after-free.txt) was a use after
// free: the node's last flush reached My orders after its pending-orders
// helper was gone. The sanitizer build in CI turns any such access into a
// failure; the assertions below check the order of teardown itself.
#include "DemoChain.h"
#include "bank/MyOrdersPage.h"
#include "main/MainWindow.h"
#include "orders/ReportDialog.h"
#include "session/RoleSession.h"
#include "desk/DeskSession.h"
#include "settings/TerminalSettings.h"
#include "store/LightStore.h"
#include "viewer/ReportViewer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace credit;

namespace {
constexpr int kSlowMs = 60000;

//! A few pages of real PDF, so the viewer has renders to run.
QByteArray samplePdf(int pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRect(0, 0, 4000, 800), QStringLiteral("Page %1 of the lock test").arg(i + 1));
    }
    painter.end();
    return pdf;
}

//! Blocks the test thread (no events: signals stay queued) until the store
//! at path holds block `number`.
bool waitForStoredBlock(const QString &path, quint64 number, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (auto store = store::LightStore::openReadOnly(path)) {
            auto height = (*store)->height();
            if (height && *height && **height >= number)
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}
} // namespace

class TestLockTeardown final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lockWithWorkInFlight();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    std::unique_ptr<ui::TerminalSettings> m_settings;
};

void TestLockTeardown::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 100);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;
    m_settings = std::make_unique<ui::TerminalSettings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
}

void TestLockTeardown::cleanupTestCase()
{
    m_devnet.reset();
}

void TestLockTeardown::lockWithWorkInFlight()
{
    auto bankKey = test::DemoChain::key(QStringLiteral("bank-shanghai.pem"));
    auto otherKey = test::DemoChain::key(QStringLiteral("bureau-shanghai.pem"));
    QVERIFY(bankKey && otherKey);

    auto window = std::make_unique<ui::MainWindow>(ui::Role::Bank, QStringLiteral("上海申江商业银行"), *m_settings);
    window->show();
    // Commits are announced only when a round ends or the node stops: a
    // commit made while this thread sleeps is still unannounced at teardown.
    chain::LightNode::Options options;
    options.signalIntervalMs = 600000;
    const QString dataDir = m_dir.filePath(QStringLiteral("bank"));
    auto context
        = std::make_unique<desk::DeskSession>(m_profile, desk::SigningKey(*bankKey), dataDir, nullptr, options);
    desk::DeskSession *ctx = context.get();
    const QString storePath = ctx->storePath();
    auto session = std::make_unique<ui::RoleSession>(*window, std::move(context));
    {
        QSignalSpy caughtUp(&ctx->node(), &chain::LightNode::caughtUp);
        QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kSlowMs);
    }
    QPointer<QWidget> myOrders = window->page(ui::PageId::MyOrders);
    QVERIFY(qobject_cast<ui::MyOrdersPage *>(myOrders.data()));

    // The viewer with renders in flight, an export being written, a print running.
    auto *report = new ui::ReportDialog(samplePdf(12), desk::ReportReference {}, window.get());
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    QVERIFY(report->loaded().ok());
    QPointer<ui::ReportDialog> reportAlive = report;
    // The export's file chooser left open (the user walked away; the idle lock fires).
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("exportReportButton")), Qt::LeftButton);
    QTRY_VERIFY(report->findChild<QFileDialog *>());
    QPointer<QFileDialog> chooser = report->findChild<QFileDialog *>();
    report->exportTo(m_dir.filePath(QStringLiteral("export.pdf"))); // refused later (hash), but written off-thread
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(m_dir.filePath(QStringLiteral("print.pdf")));
    QVERIFY(report->viewer().printTo(printer));

    // A send in flight on the session's worker.
    ctx->runMarket<quint64>([](market::MarketSession &s) -> Result<quint64> {
        auto sent = s.market().cancelOrder(999999001);
        return sent ? Result<quint64>(1) : Result<quint64>(sent.error());
    });

    // Another institution's transaction makes a block; the bank's node verifies
    // and commits it while this thread sleeps, so its announcement is pending.
    market::MarketSession other(m_profile, m_profile.endpoints.first(), *otherKey);
    auto outcome = other.market().updateProduct(1001, 168000, 72, QStringLiteral("Lock test: a block to announce"));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(waitForStoredBlock(storePath, outcome->transaction.blockNumber, kSlowMs));

    // Lock: what TerminalShell::lock() does with the session and the window.
    session.reset();
    QVERIFY(!myOrders); // the pages went before what they hold
    QVERIFY(!reportAlive); // and so did every dialog of the session
    QVERIFY(!chooser);
    QCOMPARE(window->page(ui::PageId::MyOrders)->objectName(), QStringLiteral("placeholderPage"));
    window.reset();
    // Renders, the print and the export finish in the background on their own copies.
    QTest::qWait(200);
}

QTEST_MAIN(TestLockTeardown)
#include "TestLockTeardown.moc"
