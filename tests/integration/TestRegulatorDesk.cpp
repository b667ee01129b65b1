// SPDX-License-Identifier: Apache-2.0
// The regulator's desk on the demo chain (a real devnet on loopback): the
// light node syncs the 300-order history, the desk decrypts every request
// envelope with the regulator's key (progress reported), and its figures
// equal counts this test makes itself by walking every order's timeline
// through the market reader and opening each request through the session —
// another path than the engine's fact table and decrypted copy.
#include "DemoChain.h"
#include "desk/ChainRegulatorDesk.h"
#include "desk/DeskSession.h"
#include "market/OrderRequest.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

constexpr int kSlow = 120000;

//! The future's result, the event loop running meanwhile (the desk reports on this thread).
template<typename T> T waitFor(QFuture<T> future)
{
    QDeadlineTimer deadline(kSlow);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(20);
    if (!future.isFinished())
        qFatal("the regulator's desk did not answer within %d ms", kSlow);
    return future.result();
}

} // namespace

class TestRegulatorDesk final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    std::unique_ptr<desk::DeskSession> m_session;
    std::unique_ptr<desk::ChainRegulatorDesk> m_desk;

private Q_SLOTS:
    void initTestCase()
    {
        auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 300);
        QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
        m_devnet = std::move(chain->devnet);
        auto key = test::DemoChain::key(QStringLiteral("regulator-beijing.pem"));
        QVERIFY(key.ok());
        m_session = std::make_unique<desk::DeskSession>(
            chain->profile, desk::SigningKey(*key), m_dir.filePath(QStringLiteral("terminal")));
        m_desk = std::make_unique<desk::ChainRegulatorDesk>(*m_session);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->reader().isReady() && m_session->reader().orders({}).ok()
                && m_session->reader().orders({})->size() >= 300,
            kSlow);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_session.reset();
        m_devnet.reset();
    }

    void cancellingKeepsWhatWasDecrypted()
    {
        QFutureWatcher<Result<market::DecryptionSummary>> watcher;
        // Cancelled at its first progress report, on this (the GUI) thread.
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher, [&watcher] { watcher.cancel(); });
        watcher.setFuture(m_desk->decryptRequests());
        QDeadlineTimer deadline(kSlow);
        while (!watcher.isFinished() && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY(watcher.isFinished());
        QVERIFY(watcher.isCanceled());
        QCOMPARE(watcher.future().resultCount(), 0);
    }

    void decryptsEveryRequestWithProgress()
    {
        QFutureWatcher<Result<market::DecryptionSummary>> watcher;
        int progressReports = 0;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&progressReports] { ++progressReports; });
        watcher.setFuture(m_desk->decryptRequests());
        const auto summary = waitFor(watcher.future());
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->failed, 0);
        QCOMPARE(summary->decrypted + summary->alreadyKept, qint64(m_session->reader().orders({})->size()));
        QVERIFY(progressReports > 0);
        // A second run finds everything kept and decrypts nothing again.
        const auto again = waitFor(m_desk->decryptRequests());
        QVERIFY(again);
        QCOMPARE(again->decrypted, 0);
        QCOMPARE(again->alreadyKept, summary->decrypted + summary->alreadyKept);
    }

    void figuresEqualTheWalkedHistory()
    {
        desk::MarketReader &reader = m_session->reader();
        const auto figures = waitFor(m_desk->figures({}, {}));
        QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
        // The same head: the figures were computed at a block the reader has.
        const auto orders = reader.orders({});
        QVERIFY(orders);
        QCOMPARE(figures->provenance.orders, qint64(orders->size()));
        QCOMPARE(figures->provenance.decryptedOrders, qint64(orders->size()));
        QVERIFY(figures->provenance.headBlock <= *reader.height());

        QHash<QByteArray, quint32> regionOf;
        QHash<QByteArray, qint64> perBank;
        const auto institutions = reader.institutions();
        QVERIFY(institutions);
        for (const market::InstitutionInfo &i : *institutions)
            regionOf.insert(i.account, i.region / 10000 * 10000);
        qint64 accepted = 0, rejected = 0, raised = 0, resolved = 0, local = 0, cross = 0;
        QHash<int, qint64> perState;
        for (const market::OrderSummary &o : *orders) {
            ++perState[int(o.state)];
            ++perBank[o.bank];
            const auto timeline = reader.timeline(o.orderId);
            QVERIFY(timeline);
            for (const market::OrderEventInfo &e : *timeline) {
                accepted += e.event == QLatin1String("OrderAccepted");
                rejected += e.event == QLatin1String("OrderRejected");
                raised += e.event == QLatin1String("DisputeRaised");
                resolved += e.event == QLatin1String("DisputeResolved");
            }
            // The request, opened through the session (fetch, check, open), not the desk's copy.
            auto plain = m_session->openDocument(o.requestDocument);
            QTRY_VERIFY_WITH_TIMEOUT(plain.isFinished(), kSlow);
            QVERIFY(plain.result());
            const auto request = market::OrderRequest::parse(*plain.result());
            QVERIFY(request);
            const quint32 enterprise = request->enterpriseCode.mid(2, 2).toUInt() * 10000;
            (enterprise == regionOf.value(o.bank) ? local : cross)++;
        }
        qint64 inMonths[9] = {};
        for (const market::MonthCounts &m : figures->perMonth)
            for (int s = 0; s < 9; ++s)
                inMonths[s] += m.byState[s];
        for (int s = 0; s < 9; ++s)
            QCOMPARE(inMonths[s], perState.value(s));
        QCOMPARE(figures->orders, qint64(orders->size()));
        QCOMPARE(figures->accepted, accepted);
        QCOMPARE(figures->rejected, rejected);
        QCOMPARE(figures->disputesRaised, raised);
        QCOMPARE(figures->disputesResolved, resolved);
        QCOMPARE(figures->localOrders, local);
        QCOMPARE(figures->crossRegionOrders, cross);
        QVERIFY(accepted > 0 && raised > 0 && local > 0 && cross > 0);
        for (const market::GroupCount &bar : figures->perBank)
            QCOMPARE(bar.orders, perBank.value(QByteArray::fromHex(bar.key.mid(2).toLatin1())));

        // Drill-down on one bank's bar: exactly that bank's orders.
        const market::GroupCount bar = figures->perBank.first();
        const auto page = waitFor(m_desk->drillDown({}, {}, { market::FigureKind::Bank, bar.key, -1 }, 0, 1000));
        QVERIFY(page);
        QSet<quint64> expected;
        for (const market::OrderSummary &o : *orders)
            if (QStringLiteral("0x") + QString::fromLatin1(o.bank.toHex()) == bar.key)
                expected << o.orderId;
        QCOMPARE(QSet<quint64>(page->orderIds.begin(), page->orderIds.end()), expected);
    }

    void exportsTheBrowserView()
    {
        const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
        market::BrowserQuery query;
        const auto written = waitFor(m_desk->exportCsv(query, path));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(*written, qint64(m_session->reader().orders({})->size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
        const auto page = waitFor(m_desk->browse(query));
        QVERIFY(page);
        QVERIFY(!page->rows.isEmpty());
        QVERIFY(!page->rows.first().enterpriseName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegulatorDesk)
#include "TestRegulatorDesk.moc"
