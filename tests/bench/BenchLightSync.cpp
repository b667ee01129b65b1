// SPDX-License-Identifier: Apache-2.0
// Light sync from scratch (issue 4): a credit-devnet process serves a chain of
// BLOCKS blocks of signed CreditMarket traffic (built in-process once, cached
// in the build folder), and chain::SyncEngine — exactly as the product calls
// it — syncs it over loopback into a fresh LightStore. Reports blocks/s,
// transactions/s, this process's peak RSS and the store's size; the reference,
// measured in the same run, is bare OpenSSL SM2 verification on every core,
// which bounds any verifying sync at verifies/s ÷ signatures per block. An
// instrumented second pass splits the time into fetch, verify and commit.
//   bench_light_sync [BLOCKS]      (or CREDIT_BENCH_BLOCKS; default 20000)
#include "BenchChain.h"
#include "DevnetProcess.h"
#include "PeakRss.h"
#include "Sm2VerifyRate.h"
#include "SyncBreakdown.h"
#include "chain/RpcClient.h"
#include "node/SyncEngine.h"
#include "devnet/Genesis.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace credit;

namespace {

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

qint64 filesSize(const QString &dir, const QString &prefix)
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList({ prefix + u'*' }, QDir::Files))
        total += f.size();
    return total;
}

int fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_light_sync: %s: %s\n", qPrintable(what), qPrintable(e.message));
    return 1;
}

void stage(const char *name, double seconds, double total, quint64 blocks)
{
    std::printf("  %-22s %8.2f s  %5.1f%%  %10.1f blocks/s\n", name, seconds, total > 0 ? 100.0 * seconds / total : 0.0,
        seconds > 0 ? double(blocks) / seconds : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::BenchChainParams params;
    const QByteArray blocksText = argc > 1 ? QByteArray(argv[1]) : qgetenv("CREDIT_BENCH_BLOCKS");
    if (!blocksText.isEmpty())
        params.blocks = std::max(1, blocksText.toInt());
    const int cores = std::max(1, QThread::idealThreadCount());

    std::printf("chain               %d blocks, %d-%d transactions each, %d sealers\n", params.blocks,
        params.minTransactions, params.maxTransactions, params.sealers);
    std::fflush(stdout);
    auto chain = bench::obtainBenchChain(params, QStringLiteral(CREDIT_BENCH_CACHE_DIR));
    if (!chain)
        return fail(QStringLiteral("building the chain"), chain.error());
    std::printf("  %s in %.1f s (%lld transactions); cache %s\n", chain->fromCache ? "cached: was built" : "built",
        chain->buildSeconds, static_cast<long long>(chain->transactions), CREDIT_BENCH_CACHE_DIR);

    auto genesis = devnet::Genesis::load(chain->genesisPath);
    if (!genesis)
        return fail(QStringLiteral("genesis"), genesis.error());
    auto node = bench::DevnetProcess::start(QStringLiteral(DEVNET_PATH), chain->genesisPath, chain->dataDir);
    if (!node)
        return fail(QStringLiteral("credit-devnet"), node.error());
    chain::NetworkProfile profile;
    profile.name = QStringLiteral("bench");
    profile.chainId = genesis->chainId;
    profile.groupId = genesis->groupId;
    profile.endpoints = { (*node)->url() };
    profile.genesisHash = genesis->header().hash(); // the anchor comes from the file, never from the node
    profile.contractAddress = genesis->contractAddress;

    // The reference before and after the sync (a shared machine's load drifts); the bound uses their mean.
    const double verifiesBefore = bench::bareSm2VerifiesPerSecond(cores, 3000);
    if (verifiesBefore <= 0)
        return fail(QStringLiteral("reference"), makeError(ErrorKind::Crypto, QStringLiteral("a verify failed")));

    QTemporaryDir work;
    const QString storePath = work.filePath(QStringLiteral("light.sqlite"));
    chain::SyncSummary summary;
    store::StoreCounts counts;
    double seconds = 0;
    qint64 rssBefore = 0, rssPeak = 0;
    bool peakIsSyncOnly = false;
    double cpuSelf = 0, cpuServer = 0;
    {
        auto store = store::LightStore::open(storePath);
        if (!store)
            return fail(QStringLiteral("store"), store.error());
        chain::RpcClient client((*node)->url());
        chain::SyncEngine engine(**store, profile, client); // default options: what the product runs
        std::printf("sync                from %s into a fresh store\n", qPrintable((*node)->url()));
        std::fflush(stdout);
        peakIsSyncOnly = bench::resetPeakRss();
        cpuSelf = bench::cpuSeconds();
        cpuServer = bench::cpuSeconds((*node)->pid());
        rssBefore = bench::currentRssKib();
        QElapsedTimer wall;
        wall.start();
        quint64 nextReport = 0;
        auto run = engine.syncToHead([&](const chain::SyncProgress &p) {
            if (p.height < nextReport)
                return;
            nextReport = p.height + std::max<quint64>(1, p.target / 10);
            std::printf("  %8llu / %llu  %.0f blocks/s\n", static_cast<unsigned long long>(p.height),
                static_cast<unsigned long long>(p.target), p.blocksPerSecond);
            std::fflush(stdout);
        });
        seconds = double(wall.nsecsElapsed()) / 1e9;
        rssPeak = bench::peakRssKib();
        cpuSelf = bench::cpuSeconds() - cpuSelf;
        cpuServer = bench::cpuSeconds((*node)->pid()) - cpuServer;
        if (!run)
            return fail(QStringLiteral("sync"), run.error().error);
        summary = *run;
        auto c = (*store)->counts();
        if (!c)
            return fail(QStringLiteral("counts"), c.error());
        counts = *c;
    } // closed: the WAL is checkpointed into the file
    const qint64 storeBytes = filesSize(work.path(), QStringLiteral("light.sqlite"));
    const double verifiesAfter = bench::bareSm2VerifiesPerSecond(cores, 3000);
    const double verifiesPerSecond = (verifiesBefore + std::max(0.0, verifiesAfter)) / (verifiesAfter > 0 ? 2 : 1);

    const double blocksPerSecond = double(summary.blocks) / seconds;
    const double signaturesPerBlock = genesis->sealerKeys.size(); // refined by the breakdown below
    std::printf("sync                %llu blocks, %lld transactions, %llu events in %.2f s\n",
        static_cast<unsigned long long>(summary.blocks), static_cast<long long>(counts.transactions),
        static_cast<unsigned long long>(summary.events), seconds);
    std::printf("  blocks/s          %.1f\n", blocksPerSecond);
    std::printf("  transactions/s    %.1f\n", double(counts.transactions) / seconds);
    if (rssPeak >= 0)
        std::printf("  peak RSS          %.1f MiB (VmHWM %s; %.1f MiB before the sync)\n", double(rssPeak) / 1024.0,
            peakIsSyncOnly ? "reset just before the sync" : "since the process started", double(rssBefore) / 1024.0);
    else
        std::printf("  peak RSS          unknown on this platform\n");
    if (cpuSelf >= 0 && cpuServer >= 0)
        std::printf(
            "  cpu               %.1f core-s of %.1f available (%d cores x %.1f s): sync %.1f, devnet server %.1f\n",
            cpuSelf + cpuServer, cores * seconds, cores, seconds, cpuSelf, cpuServer);
    std::printf("  store on disk     %.1f MiB (%.0f bytes/block)\n", mib(storeBytes),
        double(storeBytes) / double(std::max<quint64>(1, summary.blocks)));
    std::fflush(stdout);

    auto parts = bench::measureSyncBreakdown(profile, (*node)->url(), work.filePath(QStringLiteral("breakdown.sqlite")),
        chain::SyncOptions {}.blocksPerBatch, cores);
    if (!parts)
        return fail(QStringLiteral("breakdown"), parts.error());
    const double perBlock = parts->blocks ? parts->signaturesPerBlock() : signaturesPerBlock;
    const double bound = verifiesPerSecond / perBlock;
    std::printf(
        "reference           %.0f SM2 verifies/s, bare OpenSSL EVP on %d threads (%.0f before the sync, %.0f after)\n",
        verifiesPerSecond, cores, verifiesBefore, verifiesAfter);
    std::printf("  signatures/block  %.2f (signatureList entries the verifier checks)\n", perBlock);
    std::printf("  crypto bound      %.1f blocks/s (verifies/s / signatures per block)\n", bound);
    std::printf("ratio               sync blocks/s = %.1f%% of the crypto bound (target >= 50%%)\n",
        100.0 * blocksPerSecond / bound);
    const double total = parts->fetchSeconds + parts->verifySeconds + parts->commitSeconds;
    std::printf("breakdown           instrumented pass over the same %llu blocks, batches of %d\n",
        static_cast<unsigned long long>(parts->blocks), chain::SyncOptions {}.blocksPerBatch);
    stage("fetch (JSON-RPC)", parts->fetchSeconds, total, parts->blocks);
    stage("verify, 1 thread", parts->verifySeconds, total, parts->blocks);
    stage("decode + commit", parts->commitSeconds, total, parts->blocks);
    std::printf("  %-22s %8.2f s  (the sync itself took %.2f s)\n", "sum", total, seconds);
    std::printf("  verify on %d threads %8.2f s  %.1f blocks/s (not part of the sum)\n", parts->threads,
        parts->verifyParallelSeconds, double(parts->blocks) / parts->verifyParallelSeconds);
    std::fflush(stdout);
    const bool complete = summary.blocks == quint64(params.blocks) && counts.transactions == chain->transactions
        && parts->transactions == quint64(chain->transactions);
    if (!complete)
        std::fprintf(stderr, "bench_light_sync: the sync did not store the whole chain\n");
    return complete ? 0 : 1;
}
