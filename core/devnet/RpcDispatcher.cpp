// SPDX-License-Identifier: Apache-2.0
#include "devnet/RpcDispatcher.h"

#include "codec/BlockHeader.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "codec/MerkleJson.h"
#include "codec/Transaction.h"
#include "devnet/ChainDb.h"
#include "devnet/NodeStatus.h"
#include "devnet/TransactionExecutor.h"
#include "devnet/TxPool.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace credit::devnet {

namespace {

constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
// FISCO 2.x RPC error codes (librpc/Common.h; api.md "FISCO BCOS RPC错误码").
constexpr int kGroupNotFound = -40001;
constexpr int kBlockHashNotFound = -40003;
constexpr int kBlockNotFound = -40004;
constexpr int kIndexOutOfRange = -40005;
constexpr int kInvalidSystemConfig = -40008;
//! Requests in one batch; more get one -32600 error (docs/DECISIONS.md).
constexpr int kMaxBatch = 100;

//! Thrown only inside this file to unwind a method with a JSON-RPC error.
struct RpcFailure {
    int code;
    QString message;
};

[[noreturn]] void fail(int code, const QString &message)
{
    throw RpcFailure { code, message };
}

QJsonObject errorObject(const QJsonValue &id, int code, const QString &message)
{
    return { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } };
}

quint64 groupParam(const QJsonArray &params, quint64 group)
{
    if (params.isEmpty() || !params.at(0).isDouble())
        fail(kInvalidParams, QStringLiteral("the first parameter must be the group id as a JSON integer"));
    if (static_cast<quint64>(params.at(0).toInteger()) != group)
        fail(kGroupNotFound, QStringLiteral("GroupID does not exist"));
    return group;
}

quint64 numberParam(const QJsonArray &params, int index)
{
    if (params.size() <= index || !params.at(index).isString())
        fail(kInvalidParams,
            QStringLiteral("parameter %1 must be a block number string (\"0x1f\" or \"31\")").arg(index));
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

QString stringParam(const QJsonArray &params, int index, const char *what)
{
    if (params.size() <= index || !params.at(index).isString())
        fail(kInvalidParams, QStringLiteral("parameter %1 must be %2 as a string").arg(index).arg(QLatin1String(what)));
    return params.at(index).toString();
}

QByteArray addressParam(const QJsonArray &params, int index)
{
    auto a = chain::json::toBytes(
        QJsonValue(stringParam(params, index, "a 20-byte 0x-hex address")), QStringLiteral("address"), 20);
    if (!a)
        fail(kInvalidParams, a.error().message);
    return *a;
}

// r and s are h256 in FISCO's SM2Signature: written with all 32 bytes.
QByteArray pad32(const QByteArray &v)
{
    return QByteArray(32 - std::min<qsizetype>(32, v.size()), '\0') + v;
}

//! One transaction as FISCO's parseTransactionIntoResponse writes it: u256
//! fields as minimal quantities, `to` as a 20-byte address (zero for a
//! deployment), r, s and v at full width, signature = r ‖ s ‖ v.
QJsonObject transactionObject(const tx::Transaction &t, const QByteArray &hash)
{
    using chain::json::bytes;
    using chain::json::quantity;
    return {
        { QStringLiteral("hash"), bytes(hash) },
        { QStringLiteral("from"), bytes(t.sender()) },
        { QStringLiteral("to"), bytes(t.to.isEmpty() ? QByteArray(20, '\0') : t.to) },
        { QStringLiteral("input"), bytes(t.data) },
        { QStringLiteral("nonce"), quantity(QByteArrayView(t.nonce)) },
        { QStringLiteral("blockLimit"), quantity(QByteArrayView(t.blockLimit)) },
        { QStringLiteral("chainId"), quantity(QByteArrayView(t.chainId)) },
        { QStringLiteral("groupId"), quantity(QByteArrayView(t.groupId)) },
        { QStringLiteral("extraData"), bytes(t.extraData) },
        { QStringLiteral("gas"), quantity(QByteArrayView(t.gas)) },
        { QStringLiteral("gasPrice"), quantity(QByteArrayView(t.gasPrice)) },
        { QStringLiteral("value"), quantity(QByteArrayView(t.value)) },
        { QStringLiteral("signature"),
            QJsonObject { { QStringLiteral("r"), bytes(pad32(t.r)) }, { QStringLiteral("s"), bytes(pad32(t.s)) },
                { QStringLiteral("v"), bytes(t.publicKey) },
                { QStringLiteral("signature"), bytes(pad32(t.r) + pad32(t.s) + t.publicKey) } } },
    };
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
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    QJsonValue reply;
    if (err.error != QJsonParseError::NoError) {
        reply = errorObject(QJsonValue::Null, kParseError, QStringLiteral("Parse error: %1").arg(err.errorString()));
    } else if (doc.isArray()) {
        const QJsonArray batch = doc.array();
        if (batch.isEmpty() || batch.size() > kMaxBatch) {
            reply = errorObject(
                QJsonValue::Null, kInvalidRequest, QStringLiteral("a batch holds 1 to %1 requests").arg(kMaxBatch));
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
        return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
            { QStringLiteral("result"), dispatch(method.toString(), params.toArray()) } };
    } catch (const RpcFailure &f) {
        return errorObject(id, f.code, f.message);
    }
}

QJsonValue RpcDispatcher::dispatch(const QString &method, const QJsonArray &params)
{
    if (method == QStringLiteral("getClientVersion"))
        return QJsonObject { { QStringLiteral("FISCO-BCOS Version"), QStringLiteral("2.9.1 (credit-devnet)") },
            { QStringLiteral("Supported Version"), QStringLiteral("2.9.0") },
            { QStringLiteral("Chain Id"), QString::number(m_identity.chainId) },
            { QStringLiteral("Build Type"), QStringLiteral("credit-devnet") } };
    if (method == QStringLiteral("getGroupList"))
        return QJsonArray { static_cast<qint64>(m_identity.groupId) };

    // Methods whose group parameter FISCO reads but does not check (getPeers(int), getNodeIDList(int)).
    if (method == QStringLiteral("getPeers") || method == QStringLiteral("getNodeIDList")) {
        if (params.isEmpty() || !params.at(0).isDouble())
            fail(kInvalidParams, QStringLiteral("the first parameter must be the group id as a JSON integer"));
        return nodeStatus(method, params);
    }
    static const QStringList groupMethods = { QStringLiteral("getBlockNumber"), QStringLiteral("getBlockByNumber"),
        QStringLiteral("getBlockHeaderByNumber"), QStringLiteral("getBlockByHash"),
        QStringLiteral("getBlockHashByNumber"), QStringLiteral("getTransactionReceipt"),
        QStringLiteral("getTransactionByHash"), QStringLiteral("getTransactionByBlockHashAndIndex"),
        QStringLiteral("getTransactionByBlockNumberAndIndex"), QStringLiteral("getTransactionByHashWithProof"),
        QStringLiteral("getTransactionReceiptByHashWithProof"), QStringLiteral("getTotalTransactionCount"),
        QStringLiteral("getPendingTransactions"), QStringLiteral("getPendingTxSize"), QStringLiteral("getCode"),
        QStringLiteral("getSystemConfigByKey"), QStringLiteral("sendRawTransaction"), QStringLiteral("call"),
        QStringLiteral("getSealerList"), QStringLiteral("getObserverList"), QStringLiteral("getGroupPeers"),
        QStringLiteral("getConsensusStatus"), QStringLiteral("getPbftView"), QStringLiteral("getSyncStatus") };
    if (!groupMethods.contains(method))
        fail(kMethodNotFound, QStringLiteral("Method not found: %1").arg(method.left(64)));
    groupParam(params, m_identity.groupId);
    const quint64 height = static_cast<quint64>(std::max<qint64>(0, m_db.height()));
    if (method == QStringLiteral("getBlockNumber"))
        return chain::json::quantity(height);
    if (method == QStringLiteral("getBlockByNumber"))
        return blockByNumber(params, false);
    if (method == QStringLiteral("getBlockHeaderByNumber"))
        return blockByNumber(params, true);
    if (method == QStringLiteral("getBlockByHash")) {
        const auto number = m_db.numberOf(hashParam(params, 1));
        const bool include = boolParam(params, 2);
        if (!number)
            fail(kBlockHashNotFound, QStringLiteral("BlockHash does not exist"));
        return blockJson(*number, false, include);
    }
    if (method == QStringLiteral("getBlockHashByNumber")) {
        const QByteArray hash = m_db.hash(numberParam(params, 1));
        if (hash.isEmpty())
            fail(kBlockNotFound, QStringLiteral("BlockNumber does not exist"));
        return chain::json::bytes(hash);
    }
    if (method == QStringLiteral("getTransactionReceipt"))
        return receiptJson(hashParam(params, 1));
    if (method == QStringLiteral("getTransactionByHash"))
        return transactionJson(hashParam(params, 1));
    if (method == QStringLiteral("getTransactionByBlockHashAndIndex")) {
        const auto number = m_db.numberOf(hashParam(params, 1));
        stringParam(params, 2, "the transaction index");
        if (!number)
            fail(kBlockHashNotFound, QStringLiteral("BlockHash does not exist"));
        return transactionAt(*number, params.at(2));
    }
    if (method == QStringLiteral("getTransactionByBlockNumberAndIndex")) {
        const quint64 number = numberParam(params, 1);
        stringParam(params, 2, "the transaction index");
        if (!m_db.header(number))
            fail(kBlockNotFound, QStringLiteral("BlockNumber does not exist"));
        return transactionAt(number, params.at(2));
    }
    if (method == QStringLiteral("getTransactionByHashWithProof"))
        return withProof(params, false);
    if (method == QStringLiteral("getTransactionReceiptByHashWithProof"))
        return withProof(params, true);
    if (method == QStringLiteral("getTotalTransactionCount"))
        return totalTransactionCount();
    if (method == QStringLiteral("getPendingTransactions"))
        return pendingTransactions();
    if (method == QStringLiteral("getPendingTxSize"))
        return chain::json::quantity(static_cast<quint64>(m_pool.size()));
    if (method == QStringLiteral("getCode")) {
        addressParam(params, 1);
        return QStringLiteral("0x"); // contracts here run natively: no EVM bytecode at any address
    }
    if (method == QStringLiteral("sendRawTransaction"))
        return sendRawTransaction(params);
    if (method == QStringLiteral("call"))
        return call(params);
    if (method == QStringLiteral("getSealerList")) {
        const auto h = m_db.header(height);
        QJsonArray out;
        for (const auto &s : h ? h->sealerList : QList<QByteArray> {})
            out << hex::encode(s);
        return out;
    }
    if (method == QStringLiteral("getSyncStatus")) {
        // libsync/SyncMaster.cpp syncInfo(): hashes and ids without "0x", numbers as JSON integers.
        constexpr quint64 kBlockSyncModuleId = 9;
        return QJsonObject { { QStringLiteral("isSyncing"), false },
            { QStringLiteral("protocolId"), static_cast<qint64>((m_identity.groupId << 16) | kBlockSyncModuleId) },
            { QStringLiteral("nodeId"), hex::encode(m_identity.nodeId) },
            { QStringLiteral("blockNumber"), static_cast<qint64>(height) },
            { QStringLiteral("latestHash"), hex::encode(m_db.hash(height)) },
            { QStringLiteral("genesisHash"), hex::encode(m_db.hash(0)) },
            { QStringLiteral("knownHighestNumber"), static_cast<qint64>(height) },
            { QStringLiteral("knownLatestHash"), hex::encode(m_db.hash(height)) },
            { QStringLiteral("txPoolSize"), QString::number(m_pool.size()) },
            { QStringLiteral("peers"), QJsonArray() } };
    }
    return nodeStatus(method, params);
}

QJsonValue RpcDispatcher::nodeStatus(const QString &method, const QJsonArray &params)
{
    const quint64 height = static_cast<quint64>(std::max<qint64>(0, m_db.height()));
    const auto header = m_db.header(height);
    const NodeStatusInput in { m_identity.nodeId, header ? header->sealerList : QList<QByteArray> {},
        m_identity.groupId, height, m_db.hash(height) };
    if (method == QStringLiteral("getPeers"))
        return QJsonArray(); // one process: no P2P connections
    if (method == QStringLiteral("getNodeIDList"))
        return nodeIdListJson(in);
    if (method == QStringLiteral("getObserverList")) {
        // A node of the group that does not seal observes: the held keys outside today's list.
        QJsonArray observers;
        for (const QByteArray &id : m_identity.heldNodeIds)
            if (!in.sealers.contains(id))
                observers.append(QString::fromLatin1(id.toHex()));
        return observers;
    }
    if (method == QStringLiteral("getGroupPeers"))
        return groupPeersJson(in);
    if (method == QStringLiteral("getConsensusStatus"))
        return consensusStatusJson(in);
    if (method == QStringLiteral("getPbftView"))
        return chain::json::quantity(kDevnetView);
    if (method == QStringLiteral("getSystemConfigByKey")) {
        const QString key = stringParam(params, 1, "the config key");
        const auto value = systemConfigValue(SystemConfig { m_identity.txCountLimit, tx::kDefaultGas }, key);
        if (!value)
            fail(kInvalidSystemConfig,
                QStringLiteral("Invalid System Config: credit-devnet has tx_count_limit and tx_gas_limit, not %1")
                    .arg(key.left(64)));
        return *value;
    }
    fail(kMethodNotFound, QStringLiteral("Method not found: %1").arg(method.left(64)));
}

QJsonValue RpcDispatcher::totalTransactionCount()
{
    const quint64 height = static_cast<quint64>(std::max<qint64>(0, m_db.height()));
    return QJsonObject { { QStringLiteral("blockNumber"), chain::json::quantity(height) },
        { QStringLiteral("failedTxSum"), chain::json::quantity(m_db.failedTransactionCount()) },
        { QStringLiteral("txSum"), chain::json::quantity(m_db.transactionCount()) } };
}

QJsonValue RpcDispatcher::pendingTransactions()
{
    QJsonArray out;
    for (const PooledTransaction &p : m_pool.pending())
        out << transactionObject(p.tx, p.hash); // not on chain: no block fields, as FISCO writes them
    return out;
}

QJsonValue RpcDispatcher::transactionAt(quint64 block, const QJsonValue &index)
{
    auto i = chain::json::toQuantity(index, QStringLiteral("transaction index"));
    if (!i)
        fail(kInvalidParams, i.error().message);
    const auto hashes = m_db.transactionHashes(block);
    if (*i >= static_cast<quint64>(hashes.size()))
        fail(kIndexOutOfRange, QStringLiteral("TransactionIndex is out of range"));
    return transactionJson(hashes[static_cast<qsizetype>(*i)]);
}

QJsonValue RpcDispatcher::blockByNumber(const QJsonArray &params, bool headerOnly)
{
    const quint64 n = numberParam(params, 1);
    const bool flag = boolParam(params, 2); // includeTransactions, or includeSignatures for headers
    return blockJson(n, headerOnly, flag);
}

QJsonValue RpcDispatcher::blockJson(quint64 n, bool headerOnly, bool flag)
{
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
    QJsonObject o = transactionObject(*t, hash);
    o.insert(QStringLiteral("blockHash"), chain::json::bytes(m_db.hash(stored->block)));
    o.insert(QStringLiteral("blockNumber"), chain::json::quantity(stored->block));
    o.insert(QStringLiteral("transactionIndex"), chain::json::quantity(stored->index));
    return o;
}

QJsonValue RpcDispatcher::receiptJson(const QByteArray &hash)
{
    const auto stored = m_db.transaction(hash);
    const auto receipt = m_db.receipt(hash);
    if (!stored || !receipt)
        return QJsonValue::Null; // FISCO: null until committed
    const auto t = tx::Transaction::decode(stored->raw);
    chain::ReceiptContext c { hash, stored->index, stored->block, m_db.hash(stored->block),
        t ? t->sender() : QByteArray(), t ? t->to : QByteArray(), t ? t->data : QByteArray() };
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
        return QJsonObject { { QStringLiteral("transactionReceipt"), receiptJson(hash) },
            { QStringLiteral("receiptProof"), merkle::proofToJson(*proof) } };
    return QJsonObject { { QStringLiteral("transaction"), transactionJson(hash) },
        { QStringLiteral("txProof"), merkle::proofToJson(*proof) } };
}

QJsonValue RpcDispatcher::sendRawTransaction(const QJsonArray &params)
{
    if (params.size() < 2 || !params.at(1).isString())
        fail(kInvalidParams, QStringLiteral("parameter 1 must be the signed transaction as a hex string"));
    auto raw = hex::decode(params.at(1).toString());
    if (!raw)
        fail(kInvalidParams, QStringLiteral("the transaction is not hex: %1").arg(raw.error().message));
    const TxPool::ChainView view { static_cast<quint64>(std::max<qint64>(0, m_db.height())),
        [this](const QByteArray &n, qint64 since) { return m_db.nonceUsedSince(n, since); },
        [this](const QByteArray &h) { return m_db.transaction(h).has_value(); } };
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
    // FISCO's jsToBytes reads an odd number of digits as if a 0 led them (api.md's sample sends "0x3").
    QString dataText = c.value(QStringLiteral("data")).toString(QStringLiteral("0x"));
    if (dataText.size() % 2 == 1 && dataText.startsWith(QStringLiteral("0x")))
        dataText.insert(2, QLatin1Char('0'));
    auto data = chain::json::toBytes(QJsonValue(dataText), QStringLiteral("data"));
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
    return QJsonObject { { QStringLiteral("currentBlockNumber"), chain::json::quantity(static_cast<quint64>(height)) },
        { QStringLiteral("output"), chain::json::bytes(ex.output) },
        { QStringLiteral("status"), chain::json::quantity(ex.status) } };
}

} // namespace credit::devnet
