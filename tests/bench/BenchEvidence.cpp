// SPDX-License-Identifier: Apache-2.0
// Evidence packs (issue 13): export and offline verification of the bundle of
// an order with six steps (placed, accepted, delivered, completed, disputed,
// resolved) on the demo chain, with the bundle's size; and verification
// throughput in steps/s beside the bare SM2-verify rate of this machine,
// measured in the same process (a step costs one SM2 verify per sealer
// signature plus one for its transaction).
//   bench_evidence [google-benchmark options]
#include "DemoChain.h"
#include "RatioReporter.h"
#include "Sm2VerifyRate.h"
#include "chain/FiscoRpc.h"
#include "chain/MarketSession.h"
#include "chain/RpcClient.h"
#include "desk/EvidenceExport.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceVerifier.h"
#include "node/SyncEngine.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace credit;

namespace {

struct Fixture {
    QTemporaryDir dir;
    test::DemoChain chain;
    QString storePath;
    std::unique_ptr<chain::RpcClient> client;
    std::unique_ptr<chain::FiscoRpc> rpc;
    std::optional<crypto::Sm2PrivateKey> exporter;
    quint64 orderId = 0;
    QByteArray bundleJson;
    int steps = 0;
    int signatures = 0; //!< sealer signatures over all steps' headers
};

Fixture *g_fixture = nullptr;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_evidence: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T need(Result<T> r, const char *what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(*r);
}

void sync(Fixture &f)
{
    auto store = need(store::LightStore::open(f.storePath), "open store");
    chain::SyncEngine engine(*store, f.chain.profile, *f.client, {});
    if (auto r = engine.syncToHead(); !r)
        fail(QStringLiteral("sync: ") + r.error().error.message);
}

// A completed order of a demo bank, disputed by that bank and resolved by the mediator: six steps.
void makeSixStepOrder(Fixture &f)
{
    QHash<QByteArray, crypto::Sm2PrivateKey> banks;
    for (const QString &file :
        QDir(QStringLiteral(CREDIT_DEMO_DIR "/keys")).entryList({ QStringLiteral("bank-*.pem") })) {
        auto key = need(test::DemoChain::key(file), "demo key");
        banks.insert(key.address(), key);
    }
    auto store = need(store::LightStore::openReadOnly(f.storePath), "open store");
    std::optional<store::OrderRow> order;
    for (const auto &row : need((*store).orders(market::OrderState::Completed), "orders"))
        if (!order && banks.contains(row.bank))
            order = row;
    if (!order)
        fail(QStringLiteral("the demo history has no completed order of a demo bank"));
    const auto mediator = need(test::DemoChain::key(QStringLiteral("mediator-shanghai.pem")), "mediator key");
    const QString endpoint = f.chain.profile.endpoints.first();
    market::MarketSession bank(f.chain.profile, endpoint, banks.value(order->bank));
    need(bank.market().raiseDispute(order->orderId, mediator.address(), QStringLiteral("基准测试：报告内容有误"),
             QByteArray("benchmark: a mediator key envelope")),
        "raise dispute");
    market::MarketSession mediatorSession(f.chain.profile, endpoint, mediator);
    need(mediatorSession.market().resolveDispute(order->orderId, QStringLiteral("基准测试：已调解")), "resolve");
    f.orderId = order->orderId;
    f.exporter = mediator;
}

evidence::EvidenceBundle exportOnce(Fixture &f)
{
    const chain::CancelToken cancel;
    return need(desk::exportEvidence(f.storePath, f.chain.profile, *f.rpc, *f.exporter, f.orderId, cancel), "export");
}

void BM_ExportSixStepPack(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    for (auto _ : state)
        benchmark::DoNotOptimize(exportOnce(f));
    state.SetItemsProcessed(state.iterations() * f.steps);
    state.counters["bundle_bytes"] = static_cast<double>(f.bundleJson.size());
}

void BM_VerifySixStepPack(benchmark::State &state)
{
    Fixture &f = *g_fixture;
    const evidence::VerifyOptions options { f.chain.profile.genesisHash, {} };
    bool ok = true;
    for (auto _ : state)
        ok = evidence::verifyBundleFile(f.bundleJson, options).ok && ok;
    if (!ok)
        state.SkipWithError("the bundle did not verify");
    state.SetItemsProcessed(state.iterations() * f.steps); // steps/s
    state.counters["sm2_verifies_per_step"] = static_cast<double>(f.signatures + f.steps + 1) / f.steps;
}

void BM_BareSm2Verify(benchmark::State &state)
{
    double rate = 0;
    for (auto _ : state)
        rate = credit::bench::bareSm2VerifiesPerSecond(1, 200);
    if (rate <= 0)
        state.SkipWithError("the reference signature did not verify");
    state.counters["items_per_second"] = rate; // verifies/s on one thread, as the verifier runs
}

} // namespace

// Wall-clock rates throughout: the reference loop measures wall time too.
BENCHMARK(BM_ExportSixStepPack)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_VerifySixStepPack)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BareSm2Verify)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    Fixture f;
    f.chain = need(test::DemoChain::start(f.dir.filePath(QStringLiteral("chain")), 100), "demo chain");
    f.storePath = f.dir.filePath(QStringLiteral("light.sqlite"));
    f.client = std::make_unique<chain::RpcClient>(f.chain.profile.endpoints.first());
    f.rpc = std::make_unique<chain::FiscoRpc>(*f.client, f.chain.profile.groupId);
    sync(f);
    makeSixStepOrder(f);
    sync(f);
    const evidence::EvidenceBundle bundle = exportOnce(f);
    f.bundleJson = evidence::writeBundle(bundle);
    f.steps = static_cast<int>(bundle.steps.size());
    for (const auto &s : bundle.steps)
        f.signatures += static_cast<int>(s.block.signatures.size());
    std::printf("order %llu: %d steps, bundle %lld bytes (%.1f KiB), %d sealer signatures\n",
        static_cast<unsigned long long>(f.orderId), f.steps, static_cast<long long>(f.bundleJson.size()),
        f.bundleJson.size() / 1024.0, f.signatures);
    if (f.steps != 6)
        fail(QStringLiteral("expected six steps, the order has %1").arg(f.steps));
    g_fixture = &f;
    credit::bench::RatioReporter reporter({
        { "BM_VerifySixStepPack/real_time", "BM_BareSm2Verify/iterations:5/real_time",
            "verify steps/s / bare SM2 verifies/s" },
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    g_fixture = nullptr;
    return 0;
}
