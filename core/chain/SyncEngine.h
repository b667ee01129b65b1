// SPDX-License-Identifier: Apache-2.0
// The light node's catch-up loop (PROTOCOL.md §6, ARCHITECTURE.md "Data
// flow"): fetch a run of blocks from one endpoint, verify each against the
// stored tip, decode its CreditMarket events, commit it. Blocking: run it on
// a worker thread and stop it with the CancelToken.
#pragma once

#include "chain/BlockVerifier.h"
#include "chain/CancelToken.h"
#include "chain/NetworkProfile.h"
#include "common/Result.h"
#include "store/LightStore.h"

#include <functional>
#include <memory>
#include <optional>

namespace credit::chain {

class RpcClient;

struct SyncProgress {
    quint64 height = 0;          //!< last committed block
    quint64 target = 0;          //!< the node's head when the run started
    double blocksPerSecond = 0;  //!< over this run so far
};

struct SyncSummary {
    quint64 height = 0;   //!< local height at the end
    quint64 blocks = 0;   //!< blocks committed by this run
    quint64 events = 0;   //!< contract events projected by this run
    double seconds = 0;
    double blocksPerSecond() const { return seconds > 0 ? static_cast<double>(blocks) / seconds : 0; }
};

//! Why a run stopped early. Blocks committed before the failure stay committed.
struct SyncError {
    Error error;
    std::optional<VerifyFailure> refused;  //!< set when a block broke a §6 rule
    bool cancelled = false;
    Error toError() const { return error; }
};

struct SyncOptions {
    int blocksPerBatch = 32;  //!< headers and bodies fetched per round trip
};

//! The CreditMarket events in a verified block's successful receipts from
//! `contract`, in block order. Logs of other contracts and unknown topics are
//! skipped; a CreditMarket log that does not decode is an error (the
//! contract never writes one, so the store would silently lose a transition).
Result<QList<store::BlockEvent>> contractEvents(const VerifiedBlock &block, const QByteArray &contract);

class SyncEngine final {
public:
    using ProgressFn = std::function<void(const SyncProgress &)>;

    //! All references must outlive the engine; the client belongs to the calling thread.
    SyncEngine(store::LightStore &store, const NetworkProfile &profile, RpcClient &client,
               std::shared_ptr<const CancelToken> cancel = {}, SyncOptions options = {});

    //! Anchors an empty store at the profile's genesis, then syncs from the
    //! stored height + 1 to the node's head as it was at the start.
    Result<SyncSummary, SyncError> syncToHead(const ProgressFn &progress = {});

private:
    Result<void, SyncError> anchor();
    Result<QList<CandidateBlock>, SyncError> fetch(quint64 first, int count);

    store::LightStore &m_store;
    const NetworkProfile &m_profile;
    RpcClient &m_client;
    std::shared_ptr<const CancelToken> m_cancel;
    SyncOptions m_options;
    BlockVerifier m_verifier;
};

} // namespace credit::chain
