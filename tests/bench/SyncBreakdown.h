// SPDX-License-Identifier: Apache-2.0
// Where a light sync's time goes: the same blocks as SyncEngine syncs, in the
// same batches, with each stage timed on its own — fetch (headers, bodies,
// receipts over JSON-RPC), verify (BlockVerifier, one thread and all cores),
// decode + commit (contract events into a fresh LightStore).
#pragma once

#include "chain/NetworkProfile.h"
#include "common/Result.h"

#include <QString>

namespace credit::bench {

struct SyncBreakdown {
    quint64 blocks = 0, transactions = 0, signatures = 0;
    double fetchSeconds = 0;
    double verifySeconds = 0; //!< one thread, block after block
    double verifyParallelSeconds = 0; //!< the same blocks on `threads` threads
    int threads = 1;
    double commitSeconds = 0; //!< event decoding + LightStore::commitBlock
    double signaturesPerBlock() const { return blocks ? double(signatures) / double(blocks) : 0; }
};

//! Runs the instrumented pass from url into a new store at storePath.
Result<SyncBreakdown> measureSyncBreakdown(const chain::NetworkProfile &profile, const QString &url,
    const QString &storePath, int blocksPerBatch, int threads);

} // namespace credit::bench
