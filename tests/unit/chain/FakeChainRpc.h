// SPDX-License-Identifier: Apache-2.0
// A ChainRpc that plays a node in memory for TransactionSender tests: it
// decodes and checks every raw transaction it is sent, answers sends with
// a scripted outcome and produces a receipt after a set number of polls.
#pragma once

#include "chain/ChainRpc.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace credit::test {

class FakeChainRpc final : public chain::ChainRpc {
public:
    //! Heights returned by successive getBlockNumber calls (the last one repeats).
    QList<quint64> heights { 100 };
    //! Outcome of the n-th send (0-based); default: the transaction's own hash.
    std::function<chain::RpcResult<QByteArray>(const tx::Transaction &, int)> onSend;
    //! Receipt polls that answer null before the receipt appears; -1 = never.
    int pollsBeforeReceipt = 0;
    //! Error for the n-th poll, if any (checked before the receipt logic).
    std::function<std::optional<chain::RpcError>(int)> pollError;
    //! Builds the receipt for a hash; default: status 0x0 in block 101.
    std::function<QJsonObject(const QByteArray &)> receiptFor;

    QList<tx::Transaction> sent;
    int blockNumberCalls = 0;
    int receiptPolls = 0;

    chain::RpcResult<quint64> getBlockNumber() override
    {
        const quint64 h = heights.value(blockNumberCalls, heights.last());
        ++blockNumberCalls;
        return h;
    }

    chain::RpcResult<QByteArray> sendRawTransaction(const QByteArray &raw) override
    {
        auto decoded = tx::Transaction::decode(raw);
        if (!decoded)
            return chain::RpcError::rpc(-32603, QStringLiteral("MalformedTx"));
        if (!decoded->verifySignature())
            return chain::RpcError::rpc(-32603, QStringLiteral("InvalidSignature"));
        sent.append(*decoded);
        if (onSend)
            return onSend(*decoded, static_cast<int>(sent.size() - 1));
        return decoded->hash();
    }

    chain::RpcResult<std::optional<QJsonObject>> getTransactionReceipt(const QByteArray &hash) override
    {
        const int poll = receiptPolls++;
        if (pollError) {
            if (auto e = pollError(poll))
                return *e;
        }
        if (pollsBeforeReceipt < 0 || poll < pollsBeforeReceipt)
            return std::optional<QJsonObject>();
        if (receiptFor)
            return std::optional<QJsonObject>(receiptFor(hash));
        return std::optional<QJsonObject>(QJsonObject {
            { QStringLiteral("transactionHash"), hex::encodePrefixed(hash) },
            { QStringLiteral("status"), QStringLiteral("0x0") },
            { QStringLiteral("blockNumber"), QStringLiteral("0x65") },
            { QStringLiteral("output"), QStringLiteral("0x2a") },
        });
    }

    // Not used by TransactionSender: a call here is a test failure.
    chain::RpcResult<chain::ClientVersion> getClientVersion() override { return unexpected(); }
    chain::RpcResult<QJsonObject> getBlockHeaderByNumber(quint64, bool) override { return unexpected(); }
    chain::RpcResult<QList<chain::RpcResult<QJsonObject>>> getBlockHeadersByNumber(quint64, int, bool) override
    {
        return unexpected();
    }
    chain::RpcResult<QJsonObject> getBlockByNumber(quint64, bool) override { return unexpected(); }
    chain::RpcResult<std::optional<QJsonObject>> getTransactionByHashWithProof(const QByteArray &) override
    {
        return unexpected();
    }
    chain::RpcResult<std::optional<QJsonObject>> getTransactionReceiptByHashWithProof(const QByteArray &) override
    {
        return unexpected();
    }
    chain::RpcResult<chain::CallResult> call(const QByteArray &, const QByteArray &, const QByteArray &) override
    {
        return unexpected();
    }
    chain::RpcResult<QList<QByteArray>> getSealerList() override { return unexpected(); }
    chain::RpcResult<chain::SyncStatus> getSyncStatus() override { return unexpected(); }
    chain::RpcResult<QList<quint64>> getGroupList() override { return unexpected(); }

    int unexpectedCalls = 0;

private:
    chain::RpcError unexpected()
    {
        ++unexpectedCalls;
        return chain::RpcError::malformed(QStringLiteral("FakeChainRpc: method not scripted"));
    }
};

} // namespace credit::test
