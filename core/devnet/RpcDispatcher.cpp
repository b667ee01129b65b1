// SPDX-License-Identifier: Apache-2.0
#include "devnet/RpcDispatcher.h"

#include "codec/BlockHeader.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "codec/MerkleJson.h"
#include "codec/Transaction.h"
#include "devnet/ChainDb.h"
#include "devnet/TransactionExecutor.h"
#include "devnet/TxPool.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace credit::devnet {

namespace {

constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kBlockNotFound = -40004;
constexpr int kMaxBatch = 100;

//! Thrown only inside this file to unwind a method with a JSON-RPC error.
struct RpcFailure {
    int code;
    QString message;
};

[[noreturn]] void fail(int code, const QString &message) { throw RpcFailure{code, message}; }

QJsonObject errorObject(const QJsonValue &id, int code, const QString &message)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), id},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

quint64 groupParam(const QJsonArray &params, quint64 group)
{
    if (params.isEmpty() || !params.at(0).isDouble())
        fail(kInvalidParams, QStringLiteral("the first parameter must be the group id as a JSON integer"));
    if (static_cast<quint64>(params.at(0).toInteger()) != group)
        fail(kInternalError, QStringLiteral("GroupID does not exist"));
    return group;
}

quint64 numberParam(const QJsonArray &params, int index)
{
    if (params.size() <= index || !params.at(index).isString())
        fail(kInvalidParams, QStringLiteral("parameter %1 must be a block number string (\"0x1f\" or \"31\")").arg(index));
    auto n = chain::json::toQuantity(params.at(index), QStringLiteral("block number"));
    if (!n)
        fail(kInvalidParams, n.error().message);
    return *n;
}

bool boolParam(const QJsonArray &params, int index)
{
    if (params.size() <= index || !params.at(index).isBool())
        fail(kInvalidParams, QStringLiteral("parameter %1 must be a boolean").arg(index));
    return params.at(index).toBool();
}

QByteArray hashParam(const QJsonArray &params, int index)
{
    if (params.size() <= index)
        fail(kInvalidParams, QStringLiteral("parameter %1 (a 32-byte hash) is missing").arg(index));
    auto h = chain::json::toBytes(params.at(index), QStringLiteral("hash"), 32);
    if (!h)
        fail(kInvalidParams, h.error().message);
    return *h;
}

} // namespace

QByteArray RpcDispatcher::handle(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    QJsonValue reply;
    if (err.error != QJsonParseError::NoError) {
        reply = errorObject(QJsonValue::Null, kParseError, QStringLiteral("Parse error: %1").arg(err.errorString()));
    } else if (doc.isArray()) {
        const QJsonArray batch = doc.array();
        if (batch.isEmpty() || batch.size() > kMaxBatch) {
            reply = errorObject(QJsonValue::Null, kInvalidRequest,
                                QStringLiteral("a batch holds 1 to %1 requests").arg(kMaxBatch));
        } else {
            QJsonArray out;
            for (const auto &r : batch)
                out << handleOne(r);
            reply = out;
        }
    } else {
        reply = handleOne(doc.object());
    }
    return reply.isArray() ? QJsonDocument(reply.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(reply.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue RpcDispatcher::handleOne(const QJsonValue &request)
{
    if (!request.isObject())
        return errorObject(QJsonValue::Null, kInvalidRequest, QStringLiteral("Invalid Request: not an object"));
    const QJsonObject o = request.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    const QJsonValue method = o.value(QStringLiteral("method"));
    const QJsonValue params = o.value(QStringLiteral("params"));
    if (!method.isString() || (!params.isUndefined() && !params.isArray())
        || (!id.isUndefined() && !id.isString() && !id.isDouble() && !id.isNull()))
        return errorObject(id.isUndefined() ? QJsonValue::Null : id, kInvalidRequest,
                           QStringLiteral("Invalid Request: needs a method string and a params array"));
    try {
        return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("result"), dispatch(method.toString(), params.toArray())}};
    } catch (const RpcFailure &f) {
        return errorObject(id, f.code, f.message);
    }
}

QJsonValue RpcDispatcher::dispatch(const QString &method, const QJsonArray &params)
{
    if (method == QStringLiteral("getClientVersion"))
        return QJsonObject{{QStringLiteral("FISCO-BCOS Version"), QStringLiteral("2.9.1 (credit-devnet)")},
                           {QStringLiteral("Supported Version"), QStringLiteral("2.9.0")},
                           {QStringLiteral("Chain Id"), QString::number(m_identity.chainId)},
                           {QStringLiteral("Build Type"), QStringLiteral("credit-devnet")}};
    if (method == QStringLiteral("getGroupList"))
        return QJsonArray{static_cast<qint64>(m_identity.groupId)};

    static const QStringList groupMethods = {
        QStringLiteral("getBlockNumber"), QStringLiteral("getBlockByNumber"), QStringLiteral("getBlockHeaderByNumber"),
        QStringLiteral("getTransactionReceipt"), QStringLiteral("getTransactionByHash"),
        QStringLiteral("getTransactionByHashWithProof"), QStringLiteral("getTransactionReceiptByHashWithProof"),
        QStringLiteral("sendRawTransaction"), QStringLiteral("call"), QStringLiteral("getSealerList"),
        QStringLiteral("getSyncStatus")};
    if (!groupMethods.contains(method))
        fail(kMethodNotFound, QStringLiteral("Method not found: %1").arg(method.left(64)));
    groupParam(params, m_identity.groupId);
    if (method == QStringLiteral("getBlockNumber"))
        return chain::json::quantity(static_cast<quint64>(std::max<qint64>(0, m_db.height())));
    if (method == QStringLiteral("getBlockByNumber"))
        return blockByNumber(params, false);
    if (method == QStringLiteral("getBlockHeaderByNumber"))
        return blockByNumber(params, true);
    if (method == QStringLiteral("getTransactionReceipt"))
        return receiptJson(hashParam(params, 1));
    if (method == QStringLiteral("getTransactionByHash"))
        return transactionJson(hashParam(params, 1));
    if (method == QStringLiteral("getTransactionByHashWithProof"))
        return withProof(params, false);
    if (method == QStringLiteral("getTransactionReceiptByHashWithProof"))
        return withProof(params, true);
    if (method == QStringLiteral("sendRawTransaction"))
        return sendRawTransaction(params);
    if (method == QStringLiteral("call"))
        return call(params);
    if (method == QStringLiteral("getSealerList")) {
        const auto h = m_db.header(static_cast<quint64>(std::max<qint64>(0, m_db.height())));
        QJsonArray out;
        for (const auto &s : h ? h->sealerList : QList<QByteArray>{})
            out << hex::encode(s);
        return out;
    }
    if (method == QStringLiteral("getSyncStatus")) {
        const qint64 height = std::max<qint64>(0, m_db.height());
        return QJsonObject{{QStringLiteral("isSyncing"), false},
                           {QStringLiteral("blockNumber"), height},
                           {QStringLiteral("latestHash"), hex::encode(m_db.hash(static_cast<quint64>(height)))},
                           {QStringLiteral("genesisHash"), hex::encode(m_db.hash(0))},
                           {QStringLiteral("txPoolSize"), QString::number(m_pool.size())}};
    }
    fail(kMethodNotFound, QStringLiteral("Method not found: %1").arg(method.left(64)));
}

QJsonValue RpcDispatcher::blockByNumber(const QJsonArray &params, bool headerOnly)
{
    const quint64 n = numberParam(params, 1);
    const bool flag = boolParam(params, 2); // includeTransactions, or includeSignatures for headers
    const auto header = m_db.header(n);
    if (!header)
        fail(kBlockNotFound, QStringLiteral("BlockNumber does not exist"));
    const QByteArray hash = m_db.hash(n);
    QJsonObject o = chain::headerToJson(*header, hash, headerOnly);
    if (headerOnly) {
        if (flag)
            o.insert(QStringLiteral("signatureList"), chain::signaturesToJson(m_db.signatures(n)));
        return o;
    }
    QJsonArray txs;
    for (const auto &t : m_db.transactionHashes(n))
        txs << (flag ? transactionJson(t) : QJsonValue(chain::json::bytes(t)));
    o.insert(QStringLiteral("transactions"), txs);
    // FISCO adds signatureList to getBlockByNumber only when transactions are included.
    if (flag)
        o.insert(QStringLiteral("signatureList"), chain::signaturesToJson(m_db.signatures(n)));
    return o;
}

QJsonValue RpcDispatcher::transactionJson(const QByteArray &hash)
{
    const auto stored = m_db.transaction(hash);
    if (!stored)
        return QJsonValue::Null;
    const auto t = tx::Transaction::decode(stored->raw);
    if (!t)
        fail(kInternalError, QStringLiteral("stored transaction is unreadable"));
    return QJsonObject{
        {QStringLiteral("blockHash"), chain::json::bytes(m_db.hash(stored->block))},
        {QStringLiteral("blockNumber"), chain::json::quantity(stored->block)},
        {QStringLiteral("transactionIndex"), chain::json::quantity(stored->index)},
        {QStringLiteral("hash"), chain::json::bytes(hash)},
        {QStringLiteral("from"), chain::json::bytes(t->sender())},
        {QStringLiteral("to"), chain::json::bytes(t->to)},
        {QStringLiteral("input"), chain::json::bytes(t->data)},
        {QStringLiteral("nonce"), chain::json::bytes(t->nonce)},
        {QStringLiteral("blockLimit"), chain::json::quantity(t->blockLimitValue())},
        {QStringLiteral("chainId"), chain::json::quantity(t->chainIdValue())},
        {QStringLiteral("groupId"), chain::json::quantity(t->groupIdValue())},
        {QStringLiteral("extraData"), chain::json::bytes(t->extraData)},
        {QStringLiteral("gas"), chain::json::bytes(t->gas)},
        {QStringLiteral("gasPrice"), chain::json::bytes(t->gasPrice)},
        {QStringLiteral("value"), QStringLiteral("0x0")},
        {QStringLiteral("signature"), QJsonObject{{QStringLiteral("r"), chain::json::bytes(t->r)},
                                                  {QStringLiteral("s"), chain::json::bytes(t->s)},
                                                  {QStringLiteral("v"), chain::json::bytes(t->publicKey)},
                                                  {QStringLiteral("signature"),
                                                   chain::json::bytes(t->signatureRs() + t->publicKey)}}},
    };
}

QJsonValue RpcDispatcher::receiptJson(const QByteArray &hash)
{
    const auto stored = m_db.transaction(hash);
    const auto receipt = m_db.receipt(hash);
    if (!stored || !receipt)
        return QJsonValue::Null; // FISCO: null until committed
    const auto t = tx::Transaction::decode(stored->raw);
    chain::ReceiptContext c{hash, stored->index, stored->block, m_db.hash(stored->block),
                            t ? t->sender() : QByteArray(), t ? t->to : QByteArray(), t ? t->data : QByteArray()};
    return chain::receiptToJson(*receipt, c);
}

QJsonValue RpcDispatcher::withProof(const QJsonArray &params, bool receipt)
{
    const QByteArray hash = hashParam(params, 1);
    const auto stored = m_db.transaction(hash);
    if (!stored)
        return QJsonValue::Null;
    const auto txHashes = m_db.transactionHashes(stored->block);
    QList<QByteArray> items = txHashes;
    if (receipt) {
        items.clear();
        for (const auto &t : txHashes)
            items << m_db.receipt(t)->hash();
    }
    auto proof = merkle::prove(items, static_cast<qsizetype>(stored->index));
    if (!proof)
        fail(kInternalError, proof.error().message);
    if (receipt)
        return QJsonObject{{QStringLiteral("transactionReceipt"), receiptJson(hash)},
                           {QStringLiteral("receiptProof"), merkle::proofToJson(*proof)}};
    return QJsonObject{{QStringLiteral("transaction"), transactionJson(hash)},
                       {QStringLiteral("txProof"), merkle::proofToJson(*proof)}};
}

QJsonValue RpcDispatcher::sendRawTransaction(const QJsonArray &params)
{
    if (params.size() < 2 || !params.at(1).isString())
        fail(kInvalidParams, QStringLiteral("parameter 1 must be the signed transaction as a hex string"));
    auto raw = hex::decode(params.at(1).toString());
    if (!raw)
        fail(kInvalidParams, QStringLiteral("the transaction is not hex: %1").arg(raw.error().message));
    const TxPool::ChainView view{static_cast<quint64>(std::max<qint64>(0, m_db.height())),
                                 [this](const QByteArray &n, qint64 since) { return m_db.nonceUsedSince(n, since); },
                                 [this](const QByteArray &h) { return m_db.transaction(h).has_value(); }};
    auto hash = m_pool.admit(*raw, view);
    if (!hash)
        fail(kInternalError, hash.error().message);
    return chain::json::bytes(*hash);
}

QJsonValue RpcDispatcher::call(const QJsonArray &params)
{
    const QJsonObject c = params.size() > 1 ? params.at(1).toObject() : QJsonObject();
    auto from = chain::json::toBytes(c.value(QStringLiteral("from")), QStringLiteral("from"), 20);
    auto to = chain::json::toBytes(c.value(QStringLiteral("to")), QStringLiteral("to"), 20);
    auto data = chain::json::toBytes(c.value(QStringLiteral("data")), QStringLiteral("data"));
    if (!from || !to || !data)
        fail(kInvalidParams, QStringLiteral("call needs {from, to, data} as 0x-hex strings"));
    const qint64 height = std::max<qint64>(0, m_db.height());
    auto &db = m_db.db();
    const QString sp = QStringLiteral("rpc_call");
    if (!db.savepoint(sp))
        fail(kInternalError, QStringLiteral("the devnet database is busy"));
    const Execution ex = m_executor.execute(m_db, *from, *to, *data, static_cast<quint64>(height) + 1,
                                            m_db.header(static_cast<quint64>(height))->timestamp);
    db.rollbackTo(sp); // a call never changes state
    return QJsonObject{{QStringLiteral("currentBlockNumber"), chain::json::quantity(static_cast<quint64>(height))},
                       {QStringLiteral("output"), chain::json::bytes(ex.output)},
                       {QStringLiteral("status"), chain::json::quantity(ex.status)}};
}

} // namespace credit::devnet
