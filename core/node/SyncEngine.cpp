// SPDX-License-Identifier: Apache-2.0
#include "node/SyncEngine.h"

#include "chain/FiscoJson.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "node/BlockFetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <future>
#include <vector>

namespace credit::chain {

namespace {

//! A fault of this terminal, not of the endpoint.
SyncError localFailure(Error error)
{
    return SyncError { std::move(error), std::nullopt, false, true };
}

//! The tip a candidate claims to produce — its served hash and sealer list —
//! so the next block of a batch can be checked before this one is. Claims
//! are only trusted once the claiming block itself verified (see verifyAndCommit).
std::optional<TrustedTip> claimedTip(const CandidateBlock &candidate)
{
    auto header = headerFromJson(candidate.header);
    if (!header)
        return std::nullopt;
    auto hash = json::toBytes(candidate.header.value(QStringLiteral("hash")), QStringLiteral("hash"), 32);
    if (!hash)
        return std::nullopt;
    return TrustedTip { header->number, *hash, header->sealerList };
}

} // namespace

Result<QList<store::BlockEvent>> contractEvents(const VerifiedBlock &block, const QByteArray &contract)
{
    QList<store::BlockEvent> events;
    for (qsizetype i = 0; i < block.receipts.size(); ++i) {
        const Receipt &receipt = block.receipts[i];
        // A reverted transaction's logs never happened (§6 rule 5).
        if (receipt.status != kStatusSuccess)
            continue;
        for (qsizetype j = 0; j < receipt.logs.size(); ++j) {
            const LogEntry &log = receipt.logs[j];
            if (log.address != contract)
                continue;
            auto event = market::decodeEvent(market::Log { log.address, log.topics, log.data });
            if (!event && event.error().kind == ErrorKind::NotFound)
                continue;
            if (!event)
                return makeError(ErrorKind::Corrupt,
                    QCoreApplication::translate("SyncEngine", "block %1, transaction %2, log %3: %4")
                        .arg(block.header.number)
                        .arg(hex::encodePrefixed(block.transactionHashes[i]))
                        .arg(j)
                        .arg(event.error().message));
            events << store::BlockEvent { block.transactionHashes[i], static_cast<quint32>(i), static_cast<quint32>(j),
                std::move(*event) };
        }
    }
    return events;
}

SyncEngine::SyncEngine(store::LightStore &store, const NetworkProfile &profile, RpcClient &client,
    std::shared_ptr<const CancelToken> cancel, SyncOptions options)
    : m_store(store), m_profile(profile), m_client(client), m_cancel(std::move(cancel)), m_options(options),
      m_pool(std::make_unique<QThreadPool>()), m_fetcher(std::make_unique<QThreadPool>())
{
    if (m_options.verifyThreads > 0)
        m_pool->setMaxThreadCount(m_options.verifyThreads);
    // One fetch at a time, on one thread that lives as long as the engine.
    m_fetcher->setMaxThreadCount(1);
    m_fetcher->setExpiryTimeout(-1);
}

SyncEngine::~SyncEngine() = default;

Result<void, SyncError> SyncEngine::anchor()
{
    auto height = m_store.height();
    if (!height)
        return localFailure(height.error());
    FiscoRpc rpc(m_client, m_profile.groupId);
    if (*height) {
        auto stored = m_store.genesisHash();
        if (!stored)
            return localFailure(stored.error());
        if (*stored != m_profile.genesisHash)
            return localFailure(makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate(
                    "SyncEngine", "this store follows the chain with genesis %1, the profile %2")
                    .arg(hex::encodePrefixed(*stored), hex::encodePrefixed(m_profile.genesisHash))));
        return {};
    }
    auto genesis = rpc.getBlockHeaderByNumber(0, false);
    if (!genesis)
        return rpcFailure(genesis.error(), QCoreApplication::translate("SyncEngine", "fetching block 0"));
    // A block 0 that is not the profile's anchor is a refusal like any other:
    // the endpoint is at fault, and the failure names the rule.
    auto header = headerFromJson(*genesis);
    if (!header || header->number != 0 || header->hash() != m_profile.genesisHash) {
        VerifyFailure refusal { 0, header ? VerifyRule::HeaderHash : VerifyRule::Malformed,
            header ? QCoreApplication::translate("SyncEngine",
                "the node's genesis block hashes to %1, the network profile "
                "trusts %2 — this node serves another chain")
                         .arg(hex::encodePrefixed(header->hash()), hex::encodePrefixed(m_profile.genesisHash))
                   : header.error().message,
            std::nullopt, 0, 0, 0 };
        return SyncError { refusal.toError(), refusal, false };
    }
    if (auto r = m_store.initialise(*genesis, m_profile.genesisHash); !r)
        return localFailure(r.error());
    return {};
}

struct SyncEngine::Verifying {
    QList<CandidateBlock> candidates;
    //! Per block: the verdict and, when it verified, its decoded events.
    //! Unset where the block before it claimed no usable tip.
    std::vector<std::optional<Verification>> verdicts;
    std::vector<std::optional<Result<QList<store::BlockEvent>>>> events;
};

std::shared_ptr<SyncEngine::Verifying> SyncEngine::startVerifying(
    const TrustedTip &tip, QList<CandidateBlock> candidates)
{
    // Block i is checked against the tip block i−1 claims; the claims are
    // confirmed in order in finishVerifying, so the first refused block ends
    // the run exactly as a one-by-one check would.
    auto batch = std::make_shared<Verifying>();
    batch->candidates = std::move(candidates);
    const qsizetype n = batch->candidates.size();
    batch->verdicts.resize(static_cast<size_t>(n));
    batch->events.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        auto claimed = i == 0 ? std::optional<TrustedTip>(tip) : claimedTip(batch->candidates.at(i - 1));
        if (!claimed)
            continue; // block i−1 cannot verify either; finishVerifying stops there
        m_pool->start([this, i, batch, anchor = std::move(*claimed)] {
            auto &verdict = batch->verdicts[size_t(i)];
            verdict = m_verifier.verify(anchor, batch->candidates.at(i)); // const: the pool shares the list
            if (*verdict)
                batch->events[size_t(i)] = contractEvents(verdict->block(), m_profile.contractAddress);
        });
    }
    return batch;
}

SyncEngine::VerifiedRun SyncEngine::finishVerifying(const TrustedTip &tip, const Verifying &batch)
{
    m_pool->waitForDone();
    VerifiedRun run;
    for (qsizetype i = 0; i < batch.candidates.size(); ++i) {
        const auto &result = batch.verdicts[size_t(i)];
        if (!result) {
            run.refusal = localFailure(makeError(ErrorKind::Internal,
                QCoreApplication::translate("SyncEngine", "block %1 was not checked")
                    .arg(tip.number + quint64(i) + 1)));
            break;
        }
        if (!*result) {
            run.refusal = SyncError { result->failure().toError(), result->failure(), false };
            break;
        }
        const VerifiedBlock &block = result->block();
        const auto &events = *batch.events[size_t(i)];
        if (!events) {
            run.refusal = localFailure(events.error());
            break;
        }
        for (qsizetype t = 0; t < block.transactionHashes.size(); ++t)
            run.committed.transactions.append(
                { block.transactionHashes[t], block.header.number, block.receipts[t].status });
        run.committed.events += quint64(events->size());
        run.blocks.append({ block, *events });
    }
    if (!run.blocks.isEmpty()) {
        run.committed.first = run.blocks.first().block.header.number;
        run.committed.last = run.blocks.last().block.header.number;
    }
    return run;
}

std::future<Result<QList<CandidateBlock>, SyncError>> SyncEngine::startFetching(quint64 first, int count)
{
    auto fetched = std::make_shared<std::promise<Result<QList<CandidateBlock>, SyncError>>>();
    auto future = fetched->get_future();
    m_fetcher->start(
        [this, fetched, first, count] { fetched->set_value(fetchBlocks(m_client, m_profile.groupId, first, count)); });
    return future;
}

Result<void, SyncError> SyncEngine::commitRun(const VerifiedRun &run, SyncSummary &summary)
{
    if (auto r = m_store.commitBlocks(run.blocks); !r)
        return localFailure(r.error());
    summary.blocks += quint64(run.blocks.size());
    summary.events += run.committed.events;
    summary.height = run.committed.last;
    if (m_committed)
        m_committed(run.committed);
    return {};
}

Result<SyncSummary, SyncError> SyncEngine::syncToHead(const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    SyncSummary summary;
    const auto finish = [&] {
        summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return summary;
    };
    if (auto r = anchor(); !r)
        return r.error();
    auto tip = m_store.tip();
    if (!tip)
        return localFailure(tip.error());
    summary.height = tip->number;
    FiscoRpc rpc(m_client, m_profile.groupId);
    auto head = rpc.getBlockNumber();
    if (!head)
        return rpcFailure(head.error(), QCoreApplication::translate("SyncEngine", "asking the head"));

    // Whatever way this returns, the engine's threads are idle by then: the
    // client is the caller's again and nothing still reads a batch.
    const auto idle = qScopeGuard([this] {
        m_fetcher->waitForDone();
        m_pool->waitForDone();
    });
    const quint64 perBatch = quint64(std::max(1, m_options.blocksPerBatch));
    const auto fetchFrom = [this, perBatch, last = *head](quint64 first) {
        return startFetching(first, int(std::min(perBatch, last - first + 1)));
    };
    // Three stages overlap: the fetcher thread fetches batch k+1 and the pool
    // verifies batch k while this thread commits batch k−1. Every store read
    // and write happens here, on the thread that owns the writer connection.
    quint64 next = tip->number + 1;
    std::future<Result<QList<CandidateBlock>, SyncError>> inFlight;
    std::optional<VerifiedRun> verified; // batch k−1, checked, not yet committed
    const auto commitVerified = [&]() -> Result<void, SyncError> {
        if (!verified)
            return {};
        const VerifiedRun run = std::move(*verified);
        verified.reset();
        if (run.blocks.isEmpty())
            return {};
        auto r = commitRun(run, summary);
        if (r && progress)
            progress({ summary.height, *head, finish().blocksPerSecond() });
        return r;
    };
    if (next <= *head)
        inFlight = fetchFrom(next);
    while (inFlight.valid()) {
        auto candidates = inFlight.get();
        if (!candidates) {
            (void)commitVerified();
            return candidates.error();
        }
        next += quint64(candidates->size());
        if (m_cancel && m_cancel->isCancelled()) {
            (void)commitVerified();
            return SyncError {
                makeError(ErrorKind::Network,
                    QCoreApplication::translate("SyncEngine", "sync cancelled at block %1").arg(summary.height)),
                std::nullopt, true
            };
        }
        if (next <= *head)
            inFlight = fetchFrom(next);
        const TrustedTip from = *tip;
        const auto verifying = startVerifying(from, std::move(*candidates));
        if (auto r = commitVerified(); !r)
            return r.error(); // the scope guard waits for the fetch and the pool
        VerifiedRun run = finishVerifying(from, *verifying);
        if (!run.blocks.isEmpty())
            *tip = run.blocks.last().block.tip();
        const std::optional<SyncError> refusal = run.refusal;
        verified = std::move(run);
        if (refusal) {
            if (auto r = commitVerified(); !r)
                return r.error();
            return *refusal;
        }
    }
    if (auto r = commitVerified(); !r)
        return r.error();
    return finish();
}

} // namespace credit::chain
