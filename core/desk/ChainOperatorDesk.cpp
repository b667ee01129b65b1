// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainOperatorDesk.h"

#include "chain/BlockVerifier.h"
#include "chain/ConsensusClient.h"
#include "chain/SealerChangeGuard.h"
#include "desk/DeskSession.h"
#include "desk/NetworkProbe.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::desk {

namespace {

EndpointHealth::State stateOf(chain::EndpointHealth health)
{
    switch (health) {
    case chain::EndpointHealth::Serving:
        return EndpointHealth::State::Serving;
    case chain::EndpointHealth::Unreachable:
        return EndpointHealth::State::Unreachable;
    case chain::EndpointHealth::Quarantined:
        return EndpointHealth::State::Quarantined;
    case chain::EndpointHealth::Untried:
        break;
    }
    return EndpointHealth::State::Untried;
}

} // namespace

qsizetype sealerQuorum(qsizetype sealers)
{
    return chain::sealerQuorum(sealers);
}

ChainOperatorDesk::ChainOperatorDesk(DeskSession &session, QObject *parent)
    : OperatorDesk(parent), m_session(session),
      m_tracker(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this)),
      m_pool(2), m_cancel(std::make_shared<chain::CancelToken>())
{
    connect(&m_session, &DeskSession::transactionConfirmed, m_tracker, &TransactionTracker::onTransactionConfirmed);
}

ChainOperatorDesk::~ChainOperatorDesk()
{
    m_cancel->cancel();
}

QFuture<Result<QList<SealerSet>>> ChainOperatorDesk::sealerHistory()
{
    return QtConcurrent::run(m_pool.get(), [path = m_session.storePath()]() -> Result<QList<SealerSet>> {
        auto store = store::LightStore::openReadOnly(path);
        if (!store)
            return store.error();
        auto rows = (*store)->sealerHistory();
        if (!rows)
            return rows.error();
        QList<SealerSet> sets;
        sets.reserve(rows->size());
        for (const store::SealerSetRow &row : *rows)
            sets << SealerSet { row.fromBlock, row.timestampMs, row.nodeIds };
        return sets;
    });
}

QFuture<Result<QList<QByteArray>>> ChainOperatorDesk::observers()
{
    return m_session.runMarket<QList<QByteArray>>([](market::MarketSession &s) -> Result<QList<QByteArray>> {
        auto list = s.rpc().getObserverList();
        if (!list)
            return list.error().toError();
        return *list;
    });
}

Result<SealerChangePlan> ChainOperatorDesk::planSealerChange(
    const QList<QByteArray> &current, SealerChange change, const QByteArray &nodeId) const
{
    QList<QByteArray> proposed = current;
    if (change == SealerChange::Add) {
        if (current.contains(nodeId))
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("ChainOperatorDesk", "This node is already a sealer."));
        proposed << nodeId;
    } else if (!proposed.removeOne(nodeId)) {
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("ChainOperatorDesk", "This node is not a sealer."));
    }
    auto check = chain::checkSealerChange(current, proposed);
    if (!check)
        return check.error();
    return SealerChangePlan { change, nodeId, proposed, check->before, check->after, check->kept, check->quorumBefore,
        check->quorumAfter, check->caution };
}

bool ChainOperatorDesk::changeSealers(const SealerChangePlan &plan)
{
    const chain::SealerChangeKind kind
        = plan.change == SealerChange::Add ? chain::SealerChangeKind::Add : chain::SealerChangeKind::Remove;
    return m_tracker->track(kSealerChangeKey, [this, kind, nodeId = plan.nodeId] {
        return m_session.runMarket<market::Outcome>(
            [kind, nodeId](market::MarketSession &s) -> Result<market::Outcome> {
                chain::ConsensusClient consensus(s.sender());
                auto sent = consensus.change(kind, nodeId);
                if (!sent)
                    return sent.error();
                return market::Outcome { *sent, {} };
            });
    });
}

QFuture<Result<NetworkHealth>> ChainOperatorDesk::networkHealth()
{
    NetworkProbeInput input;
    for (const chain::EndpointStatus &status : m_session.node().endpoints())
        input.endpoints << EndpointHealth { status.url, stateOf(status.health), status.reason, {}, -1, {}, {} };
    input.groupId = m_session.profile().groupId;
    input.storePath = m_session.storePath();
    input.cancel = m_cancel;
    return QtConcurrent::run(m_pool.get(), [input = std::move(input)] { return probeNetwork(input); });
}

} // namespace credit::desk
