// SPDX-License-Identifier: Apache-2.0
// What the light node's sync reports: progress, results, failures, commits.
#pragma once

#include "chain/BlockVerifier.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace credit::chain {

struct SyncProgress {
    quint64 height = 0; //!< last committed block
    quint64 target = 0; //!< the node's head when the run started
    double blocksPerSecond = 0; //!< over this run so far
};

struct SyncSummary {
    quint64 height = 0; //!< local height at the end
    quint64 blocks = 0; //!< blocks committed by this run
    quint64 events = 0; //!< contract events projected by this run
    double seconds = 0;
    double blocksPerSecond() const { return seconds > 0 ? static_cast<double>(blocks) / seconds : 0; }
};

//! Why a run stopped early. Blocks committed before the failure stay committed.
struct SyncError {
    Error error;
    std::optional<VerifyFailure> refused; //!< set when a block broke a §6 rule
    bool cancelled = false;
    //! The fault is here (the store, a contract log this build cannot decode),
    //! not the endpoint's: switching endpoints would not help.
    bool local = false;
    Error toError() const { return error; }
};

struct SyncOptions {
    int blocksPerBatch = 64; //!< headers and bodies fetched per round trip
    //! Threads checking blocks of a batch at once; 0 = one per core.
    int verifyThreads = 0;
};

//! The blocks one commit stored, for whoever reports them (LightNode's
//! blocksCommitted, pending transactions turning confirmed).
struct CommittedRun {
    quint64 first = 0, last = 0;
    //! Every transaction of the run with its block and receipt status.
    struct Tx {
        QByteArray hash;
        quint64 block = 0;
        quint64 status = 0;
    };
    QList<Tx> transactions;
    quint64 events = 0;
};

} // namespace credit::chain
