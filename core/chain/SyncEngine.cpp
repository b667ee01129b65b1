// SPDX-License-Identifier: Apache-2.0
#include "chain/SyncEngine.h"

#include "chain/FiscoJson.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"

#include <QElapsedTimer>

#include <algorithm>

namespace credit::chain {

namespace {

SyncError failed(Error error) { return SyncError{std::move(error), std::nullopt, false}; }

SyncError fromRpc(const RpcError &error, const QString &what)
{
    SyncError e = failed(makeError(error.toError().kind, QStringLiteral("%1: %2").arg(what, error.toError().message)));
    e.cancelled = error.kind == RpcError::Kind::Cancelled;
    return e;
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
            auto event = market::decodeEvent(market::Log{log.address, log.topics, log.data});
            if (!event && event.error().kind == ErrorKind::NotFound)
                continue;
            if (!event)
                return makeError(ErrorKind::Corrupt,
                                 QStringLiteral("block %1, transaction %2, log %3: %4")
                                     .arg(block.header.number)
                                     .arg(hex::encodePrefixed(block.transactionHashes[i]))
                                     .arg(j)
                                     .arg(event.error().message));
            events << store::BlockEvent{block.transactionHashes[i], static_cast<quint32>(i), static_cast<quint32>(j),
                                        std::move(*event)};
        }
    }
    return events;
}

SyncEngine::SyncEngine(store::LightStore &store, const NetworkProfile &profile, RpcClient &client,
                       std::shared_ptr<const CancelToken> cancel, SyncOptions options)
    : m_store(store), m_profile(profile), m_client(client), m_cancel(std::move(cancel)), m_options(options)
{
}

Result<void, SyncError> SyncEngine::anchor()
{
    auto height = m_store.height();
    if (!height)
        return failed(height.error());
    FiscoRpc rpc(m_client, m_profile.groupId);
    if (*height) {
        auto stored = m_store.genesisHash();
        if (!stored)
            return failed(stored.error());
        if (*stored != m_profile.genesisHash)
            return failed(makeError(ErrorKind::InvalidInput,
                                    QStringLiteral("this store follows the chain with genesis %1, the profile %2")
                                        .arg(hex::encodePrefixed(*stored), hex::encodePrefixed(m_profile.genesisHash))));
        return {};
    }
    auto genesis = rpc.getBlockHeaderByNumber(0, false);
    if (!genesis)
        return fromRpc(genesis.error(), QStringLiteral("fetching block 0"));
    if (auto r = m_store.initialise(*genesis, m_profile.genesisHash); !r)
        return failed(r.error());
    return {};
}

Result<QList<CandidateBlock>, SyncError> SyncEngine::fetch(quint64 first, int count)
{
    FiscoRpc rpc(m_client, m_profile.groupId);
    auto headers = rpc.getBlockHeadersByNumber(first, count, true);
    if (!headers)
        return fromRpc(headers.error(), QStringLiteral("fetching headers from block %1").arg(first));
    QList<std::pair<QString, QJsonArray>> bodyCalls;
    for (int i = 0; i < count; ++i)
        bodyCalls.append({QStringLiteral("getBlockByNumber"),
                          QJsonArray{static_cast<qint64>(m_profile.groupId), fisco::quantity(first + quint64(i)), false}});
    auto bodies = m_client.callMany(bodyCalls);
    if (!bodies)
        return fromRpc(bodies.error(), QStringLiteral("fetching blocks from %1").arg(first));

    QList<CandidateBlock> blocks(count);
    QList<std::pair<QString, QJsonArray>> receiptCalls;
    QList<int> receiptOwner;  // receiptCalls[k] belongs to blocks[receiptOwner[k]]
    for (int i = 0; i < count; ++i) {
        const quint64 number = first + quint64(i);
        if (!(*headers)[i])
            return fromRpc((*headers)[i].error(), QStringLiteral("fetching header %1").arg(number));
        if (!(*bodies)[i])
            return fromRpc((*bodies)[i].error(), QStringLiteral("fetching block %1").arg(number));
        blocks[i].header = *(*headers)[i];
        // A body of the wrong shape is left for the verifier to name: its
        // transactions then fail to rebuild transactionsRoot.
        blocks[i].transactions = (*bodies)[i]->toObject().value(QStringLiteral("transactions")).toArray();
        for (const QJsonValue &tx : std::as_const(blocks[i].transactions)) {
            if (!tx.isString())
                continue;
            receiptCalls.append({QStringLiteral("getTransactionReceipt"),
                                 QJsonArray{static_cast<qint64>(m_profile.groupId), tx.toString()}});
            receiptOwner << i;
        }
    }
    if (receiptCalls.isEmpty())
        return blocks;
    auto receipts = m_client.callMany(receiptCalls);
    if (!receipts)
        return fromRpc(receipts.error(), QStringLiteral("fetching receipts from block %1").arg(first));
    for (qsizetype k = 0; k < receipts->size(); ++k) {
        const auto &reply = (*receipts)[k];
        if (!reply)
            return fromRpc(reply.error(), QStringLiteral("fetching a receipt of block %1").arg(first + quint64(receiptOwner[k])));
        // null (unknown receipt) is dropped: the verifier reports it missing.
        if (reply->isObject())
            blocks[receiptOwner[k]].receipts << reply->toObject();
    }
    return blocks;
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
        return failed(tip.error());
    FiscoRpc rpc(m_client, m_profile.groupId);
    auto head = rpc.getBlockNumber();
    if (!head)
        return fromRpc(head.error(), QStringLiteral("asking the head"));

    while (tip->number < *head) {
        if (m_cancel && m_cancel->isCancelled())
            return SyncError{makeError(ErrorKind::Network, QStringLiteral("sync cancelled at block %1").arg(tip->number)),
                             std::nullopt, true};
        const int count = static_cast<int>(std::min<quint64>(quint64(std::max(1, m_options.blocksPerBatch)),
                                                              *head - tip->number));
        auto candidates = fetch(tip->number + 1, count);
        if (!candidates)
            return candidates.error();
        for (const CandidateBlock &candidate : std::as_const(*candidates)) {
            Verification verified = m_verifier.verify(*tip, candidate);
            if (!verified)
                return SyncError{verified.failure().toError(), verified.failure(), false};
            auto events = contractEvents(verified.block(), m_profile.contractAddress);
            if (!events)
                return failed(events.error());
            if (auto r = m_store.commitBlock(verified.block(), *events); !r)
                return failed(r.error());
            *tip = verified.block().tip();
            ++summary.blocks;
            summary.events += quint64(events->size());
            summary.height = tip->number;
            if (progress)
                progress({tip->number, *head, finish().blocksPerSecond()});
        }
    }
    summary.height = tip->number;
    return finish();
}

} // namespace credit::chain
