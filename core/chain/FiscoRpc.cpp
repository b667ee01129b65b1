// SPDX-License-Identifier: Apache-2.0
#include "chain/FiscoRpc.h"

#include "chain/FiscoJson.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"

#include <QCoreApplication>

namespace credit::chain {

namespace {

const QString kGetBlockHeaderByNumber = QStringLiteral("getBlockHeaderByNumber");
const QString kGetBlockByNumber = QStringLiteral("getBlockByNumber");

} // namespace

FiscoRpc::FiscoRpc(RpcClient &client, quint64 groupId) : m_client(client), m_groupId(groupId) { }

QJsonArray FiscoRpc::groupParams(std::initializer_list<QJsonValue> rest) const
{
    QJsonArray params { static_cast<qint64>(m_groupId) };
    for (const QJsonValue &v : rest)
        params.append(v);
    return params;
}

RpcResult<QJsonValue> FiscoRpc::read(const QString &method, const QJsonArray &params)
{
    return m_client.call(method, params, /*idempotent=*/true);
}

RpcError FiscoRpc::malformed(const QString &method, const QString &what) const
{
    RpcError e = RpcError::malformed(what);
    e.method = method;
    e.endpoint = m_client.endpoint();
    return e;
}

template<typename T> RpcResult<T> FiscoRpc::checked(const QString &method, Result<T> parsed) const
{
    if (!parsed)
        return malformed(method, parsed.error().message);
    return std::move(parsed).value();
}

// A block reply must be the block asked for: a proxy that mixes up replies,
// or a batch answered out of order, would otherwise slip a wrong block in.
RpcResult<QJsonObject> FiscoRpc::blockReply(const QString &method, RpcResult<QJsonValue> reply, quint64 number) const
{
    if (!reply)
        return reply.error();
    if (reply->isNull()) {
        // FISCO answers some out-of-range numbers with null rather than
        // error -40004; callers should see one "not found" either way.
        RpcError e = RpcError::rpc(rpccode::kBlockNotFound,
            QCoreApplication::translate("FiscoRpc", "block %1 not found (the node answered null)").arg(number));
        e.method = method;
        e.endpoint = m_client.endpoint();
        return e;
    }
    if (!reply->isObject())
        return malformed(method, QCoreApplication::translate("FiscoRpc", "block %1 is not a JSON object").arg(number));
    QJsonObject block = reply->toObject();
    auto got = fisco::parseQuantity(block.value(QStringLiteral("number")), u"number");
    if (!got)
        return malformed(method, got.error().message);
    if (*got != number)
        return malformed(
            method, QCoreApplication::translate("FiscoRpc", "asked for block %1, got block %2").arg(number).arg(*got));
    return block;
}

RpcResult<ClientVersion> FiscoRpc::getClientVersion()
{
    const QString method = QStringLiteral("getClientVersion");
    auto reply = read(method, {});
    if (!reply)
        return reply.error();
    return checked(method, ClientVersion::fromJson(*reply));
}

RpcResult<quint64> FiscoRpc::getBlockNumber()
{
    const QString method = QStringLiteral("getBlockNumber");
    auto reply = read(method, groupParams());
    if (!reply)
        return reply.error();
    return checked(method, fisco::parseQuantity(*reply, QCoreApplication::translate("FiscoRpc", "the block number")));
}

RpcResult<QJsonObject> FiscoRpc::getBlockHeaderByNumber(quint64 number, bool includeSignatures)
{
    return blockReply(kGetBlockHeaderByNumber,
        read(kGetBlockHeaderByNumber, groupParams({ fisco::quantity(number), includeSignatures })), number);
}

RpcResult<QList<RpcResult<QJsonObject>>> FiscoRpc::getBlockHeadersByNumber(
    quint64 first, int count, bool includeSignatures)
{
    QList<std::pair<QString, QJsonArray>> calls;
    if (count <= 0)
        return QList<RpcResult<QJsonObject>> {};
    for (int i = 0; i < count; ++i)
        calls.append({ kGetBlockHeaderByNumber,
            groupParams({ fisco::quantity(first + static_cast<quint64>(i)), includeSignatures }) });
    auto replies = m_client.callMany(calls);
    if (!replies)
        return replies.error();
    QList<RpcResult<QJsonObject>> headers;
    for (int i = 0; i < count; ++i)
        headers.append(blockReply(kGetBlockHeaderByNumber, std::move((*replies)[i]), first + static_cast<quint64>(i)));
    return headers;
}

RpcResult<QByteArray> FiscoRpc::getBlockHashByNumber(quint64 number)
{
    const QString method = QStringLiteral("getBlockHashByNumber");
    auto reply = read(method, groupParams({ fisco::quantity(number) }));
    if (!reply)
        return reply.error();
    return checked(method, fisco::parseHash(*reply, QCoreApplication::translate("FiscoRpc", "the block hash")));
}

RpcResult<QJsonObject> FiscoRpc::getBlockByNumber(quint64 number, bool includeTransactions)
{
    return blockReply(kGetBlockByNumber,
        read(kGetBlockByNumber, groupParams({ fisco::quantity(number), includeTransactions })), number);
}

RpcResult<std::optional<QJsonObject>> FiscoRpc::optionalObject(const QString &method, const QByteArray &txHash)
{
    auto reply = read(method, groupParams({ hex::encodePrefixed(txHash) }));
    if (!reply)
        return reply.error();
    if (reply->isNull())
        return std::optional<QJsonObject>();
    if (!reply->isObject())
        return malformed(method, QCoreApplication::translate("FiscoRpc", "the reply is neither null nor an object"));
    return std::optional<QJsonObject>(reply->toObject());
}

RpcResult<std::optional<QJsonObject>> FiscoRpc::getTransactionReceipt(const QByteArray &txHash)
{
    return optionalObject(QStringLiteral("getTransactionReceipt"), txHash);
}

RpcResult<std::optional<QJsonObject>> FiscoRpc::getTransactionByHashWithProof(const QByteArray &txHash)
{
    return optionalObject(QStringLiteral("getTransactionByHashWithProof"), txHash);
}

RpcResult<std::optional<QJsonObject>> FiscoRpc::getTransactionReceiptByHashWithProof(const QByteArray &txHash)
{
    return optionalObject(QStringLiteral("getTransactionReceiptByHashWithProof"), txHash);
}

RpcResult<QByteArray> FiscoRpc::sendRawTransaction(const QByteArray &rawTransaction)
{
    const QString method = QStringLiteral("sendRawTransaction");
    auto reply = m_client.call(method, groupParams({ hex::encodePrefixed(rawTransaction) }), /*idempotent=*/false);
    if (!reply)
        return reply.error();
    return checked(method, fisco::parseHash(*reply, QCoreApplication::translate("FiscoRpc", "the transaction hash")));
}

RpcResult<CallResult> FiscoRpc::call(const QByteArray &from, const QByteArray &to, const QByteArray &data)
{
    const QString method = QStringLiteral("call");
    QJsonObject request { { QStringLiteral("to"), hex::encodePrefixed(to) },
        { QStringLiteral("data"), hex::encodePrefixed(data) } };
    if (!from.isEmpty())
        request.insert(QStringLiteral("from"), hex::encodePrefixed(from));
    auto reply = read(method, groupParams({ request }));
    if (!reply)
        return reply.error();
    return checked(method, CallResult::fromJson(*reply));
}

RpcResult<QList<QByteArray>> FiscoRpc::getSealerList()
{
    const QString method = QStringLiteral("getSealerList");
    auto reply = read(method, groupParams());
    if (!reply)
        return reply.error();
    return checked(method, sealerListFromJson(*reply));
}

RpcResult<QList<QByteArray>> FiscoRpc::getObserverList()
{
    const QString method = QStringLiteral("getObserverList");
    auto reply = read(method, groupParams());
    if (!reply)
        return reply.error();
    // The same shape as getSealerList: an array of 128-hex-digit node ids.
    return checked(method, sealerListFromJson(*reply));
}

RpcResult<SyncStatus> FiscoRpc::getSyncStatus()
{
    const QString method = QStringLiteral("getSyncStatus");
    auto reply = read(method, groupParams());
    if (!reply)
        return reply.error();
    return checked(method, SyncStatus::fromJson(*reply));
}

RpcResult<QList<quint64>> FiscoRpc::getGroupList()
{
    const QString method = QStringLiteral("getGroupList");
    auto reply = read(method, {});
    if (!reply)
        return reply.error();
    return checked(method, groupListFromJson(*reply));
}

} // namespace credit::chain
