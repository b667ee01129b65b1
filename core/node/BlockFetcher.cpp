// SPDX-License-Identifier: Apache-2.0
#include "node/BlockFetcher.h"

#include "chain/FiscoJson.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"

#include <QCoreApplication>

namespace credit::chain {

SyncError rpcFailure(const RpcError &error, const QString &what)
{
    SyncError e { makeError(error.toError().kind, QStringLiteral("%1: %2").arg(what, error.toError().message)),
        std::nullopt, false };
    e.cancelled = error.kind == RpcError::Kind::Cancelled;
    return e;
}

Result<QList<CandidateBlock>, SyncError> fetchBlocks(RpcClient &client, quint64 groupId, quint64 first, int count)
{
    FiscoRpc rpc(client, groupId);
    auto headers = rpc.getBlockHeadersByNumber(first, count, true);
    if (!headers)
        return rpcFailure(
            headers.error(), QCoreApplication::translate("BlockFetcher", "fetching headers from block %1").arg(first));
    QList<std::pair<QString, QJsonArray>> bodyCalls;
    for (int i = 0; i < count; ++i)
        bodyCalls.append({ QStringLiteral("getBlockByNumber"),
            QJsonArray { static_cast<qint64>(groupId), fisco::quantity(first + quint64(i)), false } });
    auto bodies = client.callMany(bodyCalls);
    if (!bodies)
        return rpcFailure(
            bodies.error(), QCoreApplication::translate("BlockFetcher", "fetching blocks from %1").arg(first));

    QList<CandidateBlock> blocks(count);
    QList<std::pair<QString, QJsonArray>> receiptCalls;
    QList<int> receiptOwner; // receiptCalls[k] belongs to blocks[receiptOwner[k]]
    for (int i = 0; i < count; ++i) {
        const quint64 number = first + quint64(i);
        if (!(*headers)[i])
            return rpcFailure(
                (*headers)[i].error(), QCoreApplication::translate("BlockFetcher", "fetching header %1").arg(number));
        if (!(*bodies)[i])
            return rpcFailure(
                (*bodies)[i].error(), QCoreApplication::translate("BlockFetcher", "fetching block %1").arg(number));
        blocks[i].header = *(*headers)[i];
        // A body of the wrong shape is left for the verifier to name: its
        // transactions then fail to rebuild transactionsRoot.
        blocks[i].transactions = (*bodies)[i]->toObject().value(QStringLiteral("transactions")).toArray();
        for (const QJsonValue &tx : std::as_const(blocks[i].transactions)) {
            if (!tx.isString())
                continue;
            receiptCalls.append({ QStringLiteral("getTransactionReceipt"),
                QJsonArray { static_cast<qint64>(groupId), tx.toString() } });
            receiptOwner << i;
        }
    }
    if (receiptCalls.isEmpty())
        return blocks;
    auto receipts = client.callMany(receiptCalls);
    if (!receipts)
        return rpcFailure(receipts.error(),
            QCoreApplication::translate("BlockFetcher", "fetching receipts from block %1").arg(first));
    for (qsizetype k = 0; k < receipts->size(); ++k) {
        const auto &reply = (*receipts)[k];
        if (!reply)
            return rpcFailure(reply.error(),
                QCoreApplication::translate("BlockFetcher", "fetching a receipt of block %1")
                    .arg(first + quint64(receiptOwner[k])));
        // null (unknown receipt) is dropped: the verifier reports it missing.
        if (reply->isObject())
            blocks[receiptOwner[k]].receipts << reply->toObject();
    }
    return blocks;
}

} // namespace credit::chain
