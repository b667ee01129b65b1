// SPDX-License-Identifier: Apache-2.0
// The light node's policy over its endpoints (ARCHITECTURE.md "Data flow"):
// catch up from whichever endpoint serves verifiable blocks, quarantine one
// that serves a block breaking a rule and go on from another, compare the
// local tip with the other endpoints, and raise an alarm — never choose
// silently — when two of them serve different valid blocks at one height.
// Blocking; runs on the sync thread (LightNode) or a command-line thread.
#pragma once

#include "chain/NetworkProfile.h"
#include "node/SyncEngine.h"
#include "node/EndpointPool.h"

#include <functional>

namespace credit::chain {

//! Something the user must be told about the endpoints.
struct SyncAlarm {
    enum class Kind {
        Quarantined, //!< an endpoint served a block that failed verification
        Conflict, //!< two endpoints served different blocks that both verify at one height
    };
    Kind kind = Kind::Quarantined;
    QString endpoint; //!< the endpoint at fault (Quarantined) or the one disagreeing with us (Conflict)
    QString otherEndpoint; //!< Conflict: the endpoint the stored block came from, when known
    quint64 block = 0;
    QString rule; //!< Quarantined: the §6 rule's name
    QByteArray storedHash, servedHash; //!< Conflict: ours and theirs
    //! One paragraph for the user: what happened and what to do.
    QString message() const;
};

struct SyncLoopHooks {
    std::function<void(const SyncProgress &)> progress;
    std::function<void(const CommittedRun &)> committed;
    std::function<void(const EndpointStatus &)> endpointChanged;
    std::function<void(const SyncAlarm &)> alarm;
};

class SyncLoop final {
public:
    //! The cancel token in `rpc` stops every wait and transfer.
    SyncLoop(store::LightStore &store, const NetworkProfile &profile, const RpcOptions &rpc, SyncOptions options = {},
        SyncLoopHooks hooks = {});
    Q_DISABLE_COPY_MOVE(SyncLoop)

    //! Syncs to the head of the first endpoint that serves, failing over
    //! until one succeeds. Fails, with the last endpoint's reason (the block
    //! and rule when it was a refusal), when no endpoint is usable, and at
    //! once on a local fault, a conflict or cancellation.
    Result<SyncSummary, SyncError> catchUp();

    //! Asks every other usable endpoint for the block at the local tip: a
    //! different block that verifies is a Conflict (alarm, error), one that
    //! does not verify quarantines that endpoint.
    Result<void, SyncError> crossCheck();

    //! catchUp + crossCheck, then again every pollMs, until cancelled or a
    //! conflict. `round` is told each finished catch-up; an unusable pool is
    //! reported through `round`'s error and retried, not fatal.
    Result<void, SyncError> follow(
        int pollMs, const std::function<void(const Result<SyncSummary, SyncError> &)> &round = {});

    const EndpointPool &pool() const { return m_pool; }
    bool conflicted() const { return m_conflicted; }

private:
    enum class Agreement { Agrees, Behind, Quarantined, Conflict, Unreachable };
    //! Compares the endpoint's block at `number` with the stored one.
    Agreement compareAt(qsizetype index, quint64 number, qint64 nowMs);
    void noteHealth(qsizetype index, bool changed);
    void raise(const SyncAlarm &alarm);
    bool cancelled() const;

    store::LightStore &m_store;
    const NetworkProfile &m_profile;
    RpcOptions m_rpc;
    SyncOptions m_options;
    SyncLoopHooks m_hooks;
    EndpointPool m_pool;
    bool m_conflicted = false;
    std::optional<SyncError> m_conflict;
};

} // namespace credit::chain

Q_DECLARE_METATYPE(credit::chain::SyncAlarm)
