// SPDX-License-Identifier: Apache-2.0
#include "SyncBreakdown.h"

#include "chain/BlockVerifier.h"
#include "chain/FiscoJson.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "node/SyncEngine.h"
#include "store/LightStore.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <atomic>
#include <thread>
#include <vector>

namespace credit::bench {

namespace {

Error rpcFailure(const chain::RpcError &e, const QString &what)
{
    return makeError(ErrorKind::Network, QStringLiteral("%1: %2").arg(what, e.toError().message));
}

//! What SyncEngine fetches for blocks [first, first + count): headers with
//! signatures, bodies with transaction hashes, every receipt.
Result<QList<chain::CandidateBlock>> fetch(chain::RpcClient &client, quint64 groupId, quint64 first, int count)
{
    chain::FiscoRpc rpc(client, groupId);
    auto headers = rpc.getBlockHeadersByNumber(first, count, true);
    if (!headers)
        return rpcFailure(headers.error(), QStringLiteral("headers"));
    QList<std::pair<QString, QJsonArray>> bodyCalls;
    for (int i = 0; i < count; ++i)
        bodyCalls.append({ QStringLiteral("getBlockByNumber"),
            QJsonArray { qint64(groupId), chain::fisco::quantity(first + quint64(i)), false } });
    auto bodies = client.callMany(bodyCalls);
    if (!bodies)
        return rpcFailure(bodies.error(), QStringLiteral("bodies"));
    QList<chain::CandidateBlock> blocks(count);
    QList<std::pair<QString, QJsonArray>> receiptCalls;
    QList<int> owner;
    for (int i = 0; i < count; ++i) {
        if (!(*headers)[i] || !(*bodies)[i])
            return makeError(ErrorKind::Network, QStringLiteral("block %1 was not served").arg(first + quint64(i)));
        blocks[i].header = *(*headers)[i];
        blocks[i].transactions = (*bodies)[i]->toObject().value(QStringLiteral("transactions")).toArray();
        for (const QJsonValue &tx : std::as_const(blocks[i].transactions)) {
            receiptCalls.append(
                { QStringLiteral("getTransactionReceipt"), QJsonArray { qint64(groupId), tx.toString() } });
            owner << i;
        }
    }
    if (receiptCalls.isEmpty())
        return blocks;
    auto receipts = client.callMany(receiptCalls);
    if (!receipts)
        return rpcFailure(receipts.error(), QStringLiteral("receipts"));
    for (qsizetype k = 0; k < receipts->size(); ++k) {
        if (!(*receipts)[k] || !(*receipts)[k]->isObject())
            return makeError(ErrorKind::Network, QStringLiteral("a receipt was not served"));
        blocks[owner[k]].receipts << (*receipts)[k]->toObject();
    }
    return blocks;
}

double secondsOf(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

Result<SyncBreakdown> measureSyncBreakdown(
    const chain::NetworkProfile &profile, const QString &url, const QString &storePath, int blocksPerBatch, int threads)
{
    auto store = store::LightStore::open(storePath);
    if (!store)
        return store.error();
    chain::RpcClient client(url);
    chain::FiscoRpc rpc(client, profile.groupId);
    auto genesis = rpc.getBlockHeaderByNumber(0, false);
    if (!genesis)
        return rpcFailure(genesis.error(), QStringLiteral("block 0"));
    if (auto r = (*store)->initialise(*genesis, profile.genesisHash); !r)
        return r.error();
    auto tip = (*store)->tip();
    auto head = rpc.getBlockNumber();
    if (!tip || !head)
        return makeError(ErrorKind::Internal, QStringLiteral("no tip or head"));

    SyncBreakdown out;
    out.threads = std::max(1, threads);
    chain::BlockVerifier sequential, parallel;
    while (tip->number < *head) {
        const int count = int(std::min<quint64>(quint64(std::max(1, blocksPerBatch)), *head - tip->number));
        QElapsedTimer clock;
        clock.start();
        auto candidates = fetch(client, profile.groupId, tip->number + 1, count);
        if (!candidates)
            return candidates.error();
        out.fetchSeconds += secondsOf(clock);

        clock.restart();
        QList<chain::TrustedTip> tips;
        QList<chain::VerifiedBlock> verified;
        for (const auto &candidate : std::as_const(*candidates)) {
            // Every entry of signatureList is checked, not just a quorum of them.
            out.signatures += quint64(candidate.header.value(QStringLiteral("signatureList")).toArray().size());
            tips << *tip;
            chain::Verification v = sequential.verify(*tip, candidate);
            if (!v)
                return v.failure().toError();
            *tip = v.block().tip();
            verified << std::move(v).block();
        }
        out.verifySeconds += secondsOf(clock);

        // The same blocks again, spread over the threads: each knows its trusted tip already.
        clock.restart();
        std::atomic<bool> allOk { true };
        std::vector<std::thread> workers;
        for (int t = 0; t < out.threads; ++t)
            workers.emplace_back([&, t] {
                for (qsizetype i = t; i < candidates->size(); i += out.threads)
                    if (!parallel.verify(tips[i], (*candidates)[i]))
                        allOk = false;
            });
        for (auto &w : workers)
            w.join();
        out.verifyParallelSeconds += secondsOf(clock);
        if (!allOk)
            return makeError(ErrorKind::Internal, QStringLiteral("a block verified once failed on a second verify"));

        clock.restart();
        for (const auto &block : std::as_const(verified)) {
            auto events = chain::contractEvents(block, profile.contractAddress);
            if (!events)
                return events.error();
            if (auto r = (*store)->commitBlock(block, *events); !r)
                return r.error();
            out.transactions += quint64(block.transactionHashes.size());
        }
        out.commitSeconds += secondsOf(clock);
        out.blocks += quint64(count);
    }
    return out;
}

} // namespace credit::bench
