// SPDX-License-Identifier: Apache-2.0
// The regulator's dashboard over a large store (issue 14): 1,000,000 orders
// (argument: another count) in the light store and the regulator's decrypted
// copy. Measures, each as the median of several runs: the dashboard's
// figures after a filter change, the first page of a drill-down and of the
// order browser, and one new block reflected by catching up — against
// references in the same process: a bare SQL count of the orders per state
// (what one chart costs straight from SQLite) and opening the engine from
// scratch (what recomputing would cost). Figures only: no timed assertions.
#include "MedianMs.h"
#include "SyntheticOrderStore.h"
#include "crypto/Sm3.h"
#include "supervision/SupervisionEngine.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace credit;
using credit::bench::medianMs;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.elapsed()) / 1000.0;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_supervision: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    // A second argument keeps the store in that folder and reuses it on the next run.
    QTemporaryDir temporary;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    QDir().mkpath(dir);
    const QString storePath = QDir(dir).filePath(QStringLiteral("light.sqlite"));
    const QString copyPath = QDir(dir).filePath(QStringLiteral("supervision.sqlite"));
    // A fixed, public key: the data is synthetic, and a reused store's copy must open again.
    const auto key = crypto::Sm2PrivateKey::fromRaw(crypto::sm3("bench_supervision: synthetic data only")).value();
    if (!QFileInfo::exists(storePath)) {
        QElapsedTimer build;
        build.start();
        auto written = bench::writeSyntheticOrderStore(storePath, orders, key.address(), true);
        if (!written)
            return fail(written.error().message);
        std::printf("store               %d orders, written in %.1f s (%.0f MB)\n", written->orders, seconds(build),
            double(QFileInfo(storePath).size()) / 1e6);
        build.restart();
        if (auto r = bench::writeSyntheticRequestFacts(copyPath, key, orders); !r)
            return fail(r.error().message);
        std::printf("decrypted copy      %d rows (SM4), written in %.1f s (%.0f MB)\n", orders, seconds(build),
            double(QFileInfo(copyPath).size()) / 1e6);
    }

    QElapsedTimer open;
    open.start();
    auto engine = supervision::SupervisionEngine::open(storePath, copyPath, key);
    if (!engine)
        return fail(engine.error().message);
    const double openS = seconds(open);
    std::printf("engine open         every order and its decrypted facts into memory: %.2f s\n", openS);

    const int runs = 5;
    auto reader = store::LightStore::openReadOnly(storePath);
    if (!reader)
        return fail(reader.error().message);
    const double reference = medianMs(runs, [&] {
        auto stmt = (*reader)->database().prepare(QStringLiteral("SELECT state, count(*) FROM orders GROUP BY state"));
        while (stmt->step().value()) { }
    });

    const market::AnomalySettings settings;
    const auto all = (*engine)->figures({}, settings);
    market::SupervisionFilter bank;
    bank.banks = { key.address() };
    market::SupervisionFilter quarter;
    quarter.fromMs = 1735660800000 + qint64(orders / 3) * 60000;
    quarter.toMs = quarter.fromMs + qint64(90) * 86400000;
    market::SupervisionFilter combined = quarter;
    combined.series = { market::Series::Liantong, market::Series::Lianfu };
    combined.regions = { 310000, 440000, 110000 };
    combined.banks = bank.banks;
    const QList<std::pair<const char *, market::SupervisionFilter>> filters = { { "no filter", {} },
        { "one bank", bank }, { "one quarter", quarter }, { "quarter+bank+series+3 regions", combined } };
    std::printf(
        "reference           bare SQL: orders per state (one chart) straight from SQLite: %.1f ms\n", reference);
    for (const auto &named : filters) {
        const char *name = named.first;
        const market::SupervisionFilter &filter = named.second;
        qint64 matched = 0;
        const double ms = medianMs(runs, [&] { matched = (*engine)->figures(filter, settings).orders; });
        std::printf("dashboard %-30s %8lld orders: %7.1f ms (%.2fx the one-chart SQL; target < 300 ms)\n", name,
            static_cast<long long>(matched), ms, ms / reference);
    }
    std::printf("                    figures at blocks %llu-%llu, head 0x%s; %lld SLA breaches, %lld repeated, "
                "%lld letters expired; %lld orders with a recorded authorisation, %lld authorisations valid\n",
        static_cast<unsigned long long>(all.provenance.firstBlock),
        static_cast<unsigned long long>(all.provenance.headBlock), all.provenance.headHash.toHex().left(16).constData(),
        static_cast<long long>(all.slaBreaches), static_cast<long long>(all.repeatedQueryOrders),
        static_cast<long long>(all.letterExpired), static_cast<long long>(all.authorisedOrders),
        static_cast<long long>(all.authorisationsValid));
    qint64 hits = 0;
    const double anomalies = medianMs(runs, [&] {
        const auto list = (*engine)->anomalies({}, settings, 100);
        hits = std::accumulate(list.totalByRule.cbegin(), list.totalByRule.cend(), qint64(0));
    });
    std::printf("anomalies           every rule, no filter, %lld hits: %.1f ms (%.2fx the one-chart SQL)\n",
        static_cast<long long>(hits), anomalies, anomalies / reference);

    const market::FigureRef bankBar { market::FigureKind::Bank, all.perBank.value(0).key, -1 };
    qint64 behind = 0;
    const double drill = medianMs(runs, [&] { behind = (*engine)->drillDown({}, settings, bankBar, 0, 100).total; });
    const double drillLate = medianMs(runs, [&] {
        (void)(*engine)->drillDown(combined, settings, { market::FigureKind::LetterExpired, {}, -1 }, 0, 100);
    });
    std::printf("drill-down          first 100 of %lld orders of the biggest bank: %.1f ms (target < 200 ms)\n",
        static_cast<long long>(behind), drill);
    std::printf("drill-down          expired letters under the combined filter: %.1f ms\n", drillLate);
    market::BrowserQuery browser;
    const double browseId = medianMs(runs, [&] { (void)(*engine)->browse(browser); });
    browser.sortBy = market::BrowserColumn::Enterprise;
    browser.search = QStringLiteral("合成企业12");
    qint64 found = 0;
    const double browseName = medianMs(runs, [&] { found = (*engine)->browse(browser).total; });
    std::printf(
        "order browser       first page by order id: %.1f ms; search \"合成企业12\" (%lld) sorted by name: %.1f ms\n",
        browseId, static_cast<long long>(found), browseName);

    // One new block: 1,000 new orders and 1,000 acceptances.
    if (auto r = bench::appendSyntheticBlock(storePath, int(all.provenance.orders), 1000); !r)
        return fail(r.error().message);
    QElapsedTimer incremental;
    incremental.start();
    auto read = (*engine)->catchUp();
    if (!read)
        return fail(read.error().message);
    const double catchUpMs = double(incremental.nsecsElapsed()) / 1e6;
    const auto after = (*engine)->figures({}, settings);
    const double incrementalMs = double(incremental.nsecsElapsed()) / 1e6;
    QElapsedTimer scratch;
    scratch.start();
    auto fresh = supervision::SupervisionEngine::open(storePath, copyPath, key);
    if (!fresh)
        return fail(fresh.error().message);
    const auto recomputed = (*fresh)->figures({}, settings);
    const double scratchMs = double(scratch.nsecsElapsed()) / 1e6;
    std::printf("new block           %lld events caught up in %.1f ms, + figures: %.1f ms; from scratch: %.0f ms "
                "(%.3fx); orders %lld = %lld, accepted %lld = %lld\n",
        static_cast<long long>(*read), catchUpMs, incrementalMs, scratchMs, incrementalMs / scratchMs,
        static_cast<long long>(after.orders), static_cast<long long>(recomputed.orders),
        static_cast<long long>(after.accepted), static_cast<long long>(recomputed.accepted));
    return 0;
}
