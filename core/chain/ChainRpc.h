// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/ChainTypes.h"
#include "chain/RpcResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace credit::chain {

//! The FISCO BCOS 2.x JSON-RPC subset of PROTOCOL.md §1, for one group.
//! FiscoRpc implements it over HTTP; tests and the in-process devnet can
//! implement it directly. Calls block: use it from worker threads.
class ChainRpc {
public:
    virtual ~ChainRpc() = default;

    //! Node build and "Chain Id" / "Supported Version".
    virtual RpcResult<ClientVersion> getClientVersion() = 0;
    //! Height of the node's latest block.
    virtual RpcResult<quint64> getBlockNumber() = 0;
    //! Header of block `number`, with its signatureList when includeSignatures.
    virtual RpcResult<QJsonObject> getBlockHeaderByNumber(quint64 number, bool includeSignatures) = 0;
    //! Headers of blocks first … first+count−1 in one round trip where possible;
    //! each entry fails on its own (e.g. a block the node does not have yet).
    virtual RpcResult<QList<RpcResult<QJsonObject>>> getBlockHeadersByNumber(
        quint64 first, int count, bool includeSignatures)
        = 0;
    //! Whole block; transactions are objects when includeTransactions, else hashes.
    virtual RpcResult<QJsonObject> getBlockByNumber(quint64 number, bool includeTransactions) = 0;
    //! The receipt, or nullopt while the transaction is not committed.
    virtual RpcResult<std::optional<QJsonObject>> getTransactionReceipt(const QByteArray &txHash) = 0;
    //! Transaction with its Merkle proof (§5); nullopt when the node does not know it.
    virtual RpcResult<std::optional<QJsonObject>> getTransactionByHashWithProof(const QByteArray &txHash) = 0;
    //! Receipt with its Merkle proof (§5); nullopt while not committed.
    virtual RpcResult<std::optional<QJsonObject>> getTransactionReceiptByHashWithProof(const QByteArray &txHash) = 0;
    //! Submits a signed raw transaction (RLP bytes); returns the 32-byte hash
    //! the node computed. Posted once, never retried.
    virtual RpcResult<QByteArray> sendRawTransaction(const QByteArray &rawTransaction) = 0;
    //! Read-only contract call; `from` may be empty. Unproven: never shown as verified.
    virtual RpcResult<CallResult> call(const QByteArray &from, const QByteArray &to, const QByteArray &data) = 0;
    //! 64-byte node ids of the current sealers.
    virtual RpcResult<QList<QByteArray>> getSealerList() = 0;
    virtual RpcResult<SyncStatus> getSyncStatus() = 0;
    //! Groups the node serves (not group-scoped, but asked of the same node).
    virtual RpcResult<QList<quint64>> getGroupList() = 0;

protected:
    ChainRpc() = default;
    ChainRpc(const ChainRpc &) = default;
    ChainRpc &operator=(const ChainRpc &) = default;
};

} // namespace credit::chain
