// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/ChainRpc.h"

#include <QJsonArray>
#include <QString>

namespace credit::chain {

class RpcClient;

//! ChainRpc over an RpcClient: FISCO's parameter conventions (group id
//! first, as a JSON integer; block numbers as "0x…" strings) and strict
//! reading of the answers. A reply of the wrong shape is Kind::Malformed.
class FiscoRpc final : public ChainRpc {
public:
    //! The client must outlive this object; both belong to one thread.
    FiscoRpc(RpcClient &client, quint64 groupId);
    Q_DISABLE_COPY_MOVE(FiscoRpc)

    quint64 groupId() const { return m_groupId; }

    RpcResult<ClientVersion> getClientVersion() override;
    RpcResult<quint64> getBlockNumber() override;
    RpcResult<QJsonObject> getBlockHeaderByNumber(quint64 number, bool includeSignatures) override;
    RpcResult<QList<RpcResult<QJsonObject>>> getBlockHeadersByNumber(
        quint64 first, int count, bool includeSignatures) override;
    RpcResult<QJsonObject> getBlockByNumber(quint64 number, bool includeTransactions) override;
    RpcResult<std::optional<QJsonObject>> getTransactionReceipt(const QByteArray &txHash) override;
    RpcResult<std::optional<QJsonObject>> getTransactionByHashWithProof(const QByteArray &txHash) override;
    RpcResult<std::optional<QJsonObject>> getTransactionReceiptByHashWithProof(const QByteArray &txHash) override;
    RpcResult<QByteArray> sendRawTransaction(const QByteArray &rawTransaction) override;
    RpcResult<CallResult> call(const QByteArray &from, const QByteArray &to, const QByteArray &data) override;
    RpcResult<QList<QByteArray>> getSealerList() override;
    RpcResult<SyncStatus> getSyncStatus() override;
    RpcResult<QList<quint64>> getGroupList() override;

    //! getBlockHashByNumber: the 32-byte hash a node has at that height (a
    //! 66-character string instead of a whole header). Not part of ChainRpc:
    //! only comparisons of endpoints need it.
    RpcResult<QByteArray> getBlockHashByNumber(quint64 number);
    //! getObserverList: the group's observer nodes (synced, not sealing): the
    //! nodes an operator can make sealers. Not part of ChainRpc either.
    RpcResult<QList<QByteArray>> getObserverList();

private:
    QJsonArray groupParams(std::initializer_list<QJsonValue> rest = {}) const;
    RpcResult<QJsonValue> read(const QString &method, const QJsonArray &params);
    RpcResult<std::optional<QJsonObject>> optionalObject(const QString &method, const QByteArray &txHash);
    RpcError malformed(const QString &method, const QString &what) const;
    RpcResult<QJsonObject> blockReply(const QString &method, RpcResult<QJsonValue> reply, quint64 number) const;
    template<typename T> RpcResult<T> checked(const QString &method, Result<T> parsed) const;

    RpcClient &m_client;
    quint64 m_groupId;
};

} // namespace credit::chain
