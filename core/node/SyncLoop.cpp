// SPDX-License-Identifier: Apache-2.0
#include "node/SyncLoop.h"

#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "node/BlockFetcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>

namespace credit::chain {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SyncError cancelledError()
{
    return SyncError { makeError(ErrorKind::Network, QCoreApplication::translate("SyncLoop", "sync cancelled")),
        std::nullopt, true };
}

} // namespace

QString SyncAlarm::message() const
{
    if (kind == Kind::Conflict)
        return QCoreApplication::translate("SyncLoop",
            "Two endpoints serve different blocks at height %1 and both carry a valid sealer quorum: "
            "%2 serves %3, the stored block is %4%5. The chain has forked or its sealers signed "
            "twice; syncing has stopped so that neither version is chosen silently. Report this "
            "to the network operator with both hashes.")
            .arg(block)
            .arg(endpoint, hex::encodePrefixed(servedHash), hex::encodePrefixed(storedHash),
                otherEndpoint.isEmpty() ? QString()
                                        : QCoreApplication::translate("SyncLoop", " (from %1)").arg(otherEndpoint));
    return QCoreApplication::translate("SyncLoop",
        "%1 served block %2, which breaks the rule %3. The endpoint is quarantined for this "
        "session and nothing it served was stored; syncing continues from the other endpoints. "
        "Report this to the endpoint's operator.")
        .arg(endpoint)
        .arg(block)
        .arg(rule);
}

SyncLoop::SyncLoop(store::LightStore &store, const NetworkProfile &profile, const RpcOptions &rpc, SyncOptions options,
    SyncLoopHooks hooks)
    : m_store(store), m_profile(profile), m_rpc(rpc), m_options(options), m_hooks(std::move(hooks)),
      m_pool(profile.endpoints, rpc)
{
}

bool SyncLoop::cancelled() const
{
    return m_rpc.cancel && m_rpc.cancel->isCancelled();
}

void SyncLoop::noteHealth(qsizetype index, bool changed)
{
    if (changed && m_hooks.endpointChanged)
        m_hooks.endpointChanged(m_pool.status(index));
}

void SyncLoop::raise(const SyncAlarm &alarm)
{
    if (m_hooks.alarm)
        m_hooks.alarm(alarm);
}

Result<SyncSummary, SyncError> SyncLoop::catchUp()
{
    QElapsedTimer timer;
    timer.start();
    SyncSummary total;
    QStringList reasons;
    std::optional<VerifyFailure> lastRefusal;
    while (true) {
        if (cancelled())
            return cancelledError();
        if (m_conflict)
            return *m_conflict;
        const auto index = m_pool.pick(nowMs());
        if (!index) {
            SyncError none { makeError(ErrorKind::Corrupt,
                                 QCoreApplication::translate("SyncLoop", "no endpoint served a verifiable chain — %1")
                                     .arg(reasons.isEmpty() ? QCoreApplication::translate("SyncLoop",
                                              "every endpoint is "
                                              "quarantined or paused")
                                                            : reasons.join(u"; "))),
                lastRefusal, false };
            return none;
        }
        SyncEngine engine(m_store, m_profile, m_pool.client(*index), m_rpc.cancel, m_options);
        engine.onCommitted([this, &total](const CommittedRun &run) {
            total.blocks += run.last - run.first + 1;
            total.events += run.events;
            total.height = run.last;
            if (m_hooks.committed)
                m_hooks.committed(run);
        });
        auto run = engine.syncToHead(m_hooks.progress);
        const QString url = m_pool.status(*index).url;
        if (run) {
            noteHealth(*index, m_pool.markServing(*index, run->height));
            total.height = run->height;
            total.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            return total;
        }
        const SyncError &e = run.error();
        if (e.cancelled || e.local)
            return e;
        if (e.refused) {
            // A block that does not link to ours may be a fork rather than a lie.
            if (e.refused->rule == VerifyRule::ParentLink && e.refused->block > 0
                && compareAt(*index, e.refused->block - 1, nowMs()) == Agreement::Conflict)
                return *m_conflict;
            const bool changed = m_pool.quarantine(*index, *e.refused);
            noteHealth(*index, changed);
            if (changed)
                raise({ SyncAlarm::Kind::Quarantined, url, {}, e.refused->block, ruleName(e.refused->rule), {}, {} });
            lastRefusal = e.refused;
        } else {
            noteHealth(*index, m_pool.markUnreachable(*index, e.error.message, nowMs()));
        }
        reasons << QStringLiteral("%1: %2").arg(url, e.error.message);
    }
}

SyncLoop::Agreement SyncLoop::compareAt(qsizetype index, quint64 number, qint64 now)
{
    auto stored = m_store.tipAt(number);
    if (!stored || !*stored)
        return Agreement::Agrees; // nothing stored there to disagree with
    RpcClient &client = m_pool.client(index);
    FiscoRpc rpc(client, m_profile.groupId);
    auto head = rpc.getBlockNumber();
    if (!head) {
        noteHealth(index, m_pool.markUnreachable(index, head.error().toError().message, now));
        return Agreement::Unreachable;
    }
    // A shorter chain is compared where it ends: a fork is a fork at any height.
    if (*head < number) {
        number = *head;
        stored = m_store.tipAt(number);
        if (!stored || !*stored)
            return Agreement::Behind;
    }
    auto header = rpc.getBlockHeaderByNumber(number, false);
    if (!header) {
        noteHealth(index, m_pool.markUnreachable(index, header.error().toError().message, now));
        return Agreement::Unreachable;
    }
    auto served = json::toBytes(header->value(QStringLiteral("hash")), QStringLiteral("hash"), 32);
    if (served && *served == (*stored)->hash) {
        noteHealth(index, m_pool.markHealthy(index, *head));
        return Agreement::Agrees;
    }
    // Different: is it a lie (quarantine) or a second valid block (conflict)?
    std::optional<VerifyFailure> failure;
    if (number == 0) {
        failure = VerifyFailure { 0, VerifyRule::ParentLink,
            QCoreApplication::translate("SyncLoop", "a different genesis block"), {}, 0, 0, 0 };
    } else {
        auto parent = m_store.tipAt(number - 1);
        auto candidate = fetchBlocks(client, m_profile.groupId, number, 1);
        if (!candidate) {
            noteHealth(index, m_pool.markUnreachable(index, candidate.error().error.message, now));
            return Agreement::Unreachable;
        }
        if (!parent || !*parent)
            return Agreement::Agrees;
        Verification verified = BlockVerifier().verify(**parent, candidate->first());
        if (verified) {
            SyncAlarm alarm { SyncAlarm::Kind::Conflict, m_pool.status(index).url, {}, number, {}, (*stored)->hash,
                verified.block().hash };
            if (const auto current = m_pool.current(); current && *current != index)
                alarm.otherEndpoint = m_pool.status(*current).url;
            m_conflicted = true;
            m_conflict = SyncError { makeError(ErrorKind::Corrupt, alarm.message()), std::nullopt, false };
            raise(alarm);
            return Agreement::Conflict;
        }
        failure = verified.failure();
    }
    const bool changed = m_pool.quarantine(index, *failure);
    noteHealth(index, changed);
    if (changed)
        raise({ SyncAlarm::Kind::Quarantined, m_pool.status(index).url, {}, failure->block, ruleName(failure->rule), {},
            {} });
    return Agreement::Quarantined;
}

Result<void, SyncError> SyncLoop::crossCheck()
{
    auto tip = m_store.tip();
    if (!tip)
        return SyncError { tip.error(), std::nullopt, false, true };
    const auto current = m_pool.current();
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        if (cancelled())
            return cancelledError();
        if (current && *current == i)
            continue;
        const EndpointStatus &status = m_pool.status(i);
        if (status.health == EndpointHealth::Quarantined || m_pool.isPaused(i, now))
            continue;
        if (compareAt(i, tip->number, now) == Agreement::Conflict)
            return *m_conflict;
    }
    return {};
}

Result<void, SyncError> SyncLoop::follow(
    int pollMs, const std::function<void(const Result<SyncSummary, SyncError> &)> &round)
{
    while (!cancelled()) {
        auto run = catchUp();
        if (run) {
            if (auto checked = crossCheck(); !checked && !checked.error().cancelled) {
                if (round)
                    round(checked.error());
                return checked.error();
            }
        }
        if (round)
            round(run);
        if (!run && (run.error().local || m_conflicted))
            return run.error();
        if (!sleepUnlessCancelled(m_rpc.cancel.get(), std::chrono::milliseconds(pollMs)))
            break;
    }
    return {};
}

} // namespace credit::chain
