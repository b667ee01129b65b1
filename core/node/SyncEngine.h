// SPDX-License-Identifier: Apache-2.0
// The light node's catch-up loop (PROTOCOL.md §6, ARCHITECTURE.md "Data
// flow"): fetch a run of blocks from one endpoint, verify each against the
// stored tip, decode its CreditMarket events, commit it. Blocking: run it on
// a worker thread and stop it with the CancelToken.
// Threads: the calling thread owns the store's writer and does every read
// and commit; the engine owns the two others it uses, a fetcher thread (the
// next batch) and a verifier pool (the blocks of this one). Both are idle
// again whenever syncToHead returns, and end with the engine.
#pragma once

#include "chain/BlockVerifier.h"
#include "chain/CancelToken.h"
#include "chain/NetworkProfile.h"
#include "common/Result.h"
#include "node/SyncTypes.h"
#include "store/LightStore.h"

#include <QThreadPool>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace credit::chain {

class RpcClient;

//! The CreditMarket events in a verified block's successful receipts from
//! `contract`, in block order. Logs of other contracts and unknown topics are
//! skipped; a CreditMarket log that does not decode is an error (the
//! contract never writes one, so the store would silently lose a transition).
Result<QList<store::BlockEvent>> contractEvents(const VerifiedBlock &block, const QByteArray &contract);

class SyncEngine final {
public:
    using ProgressFn = std::function<void(const SyncProgress &)>;
    using CommittedFn = std::function<void(const CommittedRun &)>;

    //! All references must outlive the engine. The store belongs to the
    //! calling thread; the client is used by it before a run and by the
    //! fetcher thread during one, never by both at once.
    SyncEngine(store::LightStore &store, const NetworkProfile &profile, RpcClient &client,
        std::shared_ptr<const CancelToken> cancel = {}, SyncOptions options = {});
    ~SyncEngine();
    Q_DISABLE_COPY_MOVE(SyncEngine)

    //! Called on the syncing thread after each commit.
    void onCommitted(CommittedFn fn) { m_committed = std::move(fn); }

    //! Anchors an empty store at the profile's genesis, then syncs from the
    //! stored height + 1 to the node's head as it was at the start.
    Result<SyncSummary, SyncError> syncToHead(const ProgressFn &progress = {});

private:
    Result<void, SyncError> anchor();
    //! A fetched batch after verification: the verified prefix, ready to
    //! commit, and the refusal that ended it early, if one did.
    struct VerifiedRun {
        QList<store::CommittableBlock> blocks;
        CommittedRun committed;
        std::optional<SyncError> refusal;
    };
    //! A fetched batch whose blocks the pool is checking and decoding.
    struct Verifying;
    //! Starts checking a fetched batch's blocks in parallel on the pool and
    //! returns at once, so this thread can commit the batch before it.
    std::shared_ptr<Verifying> startVerifying(const TrustedTip &tip, QList<CandidateBlock> candidates);
    //! Waits for the pool and keeps the batch's verified prefix.
    VerifiedRun finishVerifying(const TrustedTip &tip, const Verifying &batch);
    //! Fetches blocks first … first+count−1 on the fetcher thread.
    std::future<Result<QList<CandidateBlock>, SyncError>> startFetching(quint64 first, int count);
    //! Commits a verified run in one SQLite transaction and reports it.
    Result<void, SyncError> commitRun(const VerifiedRun &run, SyncSummary &summary);

    store::LightStore &m_store;
    const NetworkProfile &m_profile;
    RpcClient &m_client;
    std::shared_ptr<const CancelToken> m_cancel;
    SyncOptions m_options;
    BlockVerifier m_verifier;
    std::unique_ptr<QThreadPool> m_pool; //!< verifies the blocks of a batch
    std::unique_ptr<QThreadPool> m_fetcher; //!< one thread: fetches the next batch
    CommittedFn m_committed;
};

} // namespace credit::chain
