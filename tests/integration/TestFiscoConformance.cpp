// SPDX-License-Identifier: Apache-2.0
// FISCO 2.x JSON-RPC conformance of a real credit-devnet on loopback (issue 11).
// One row per method the devnet serves: the request as FISCO's api.md shows it
// (hashes and numbers replaced by this chain's), and the answer's fields and
// JSON types checked against api.md's sample answer, not against our own
// code: every documented field present, of the documented type; quantities
// minimal hex; hashes, addresses and node ids at their widths (the samples
// are in tests/vectors/fisco-rpc-samples.json). Then the
// documented error codes for bad parameters, and HTTP Connection: close.
#include "DevnetThread.h"
#include "RawHttp.h"
#include "TestGenesis.h"
#include "Vectors.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

// Fields api.md documents as quantities ("0x" hex numbers), whatever their sample looks like.
const QSet<QString> kQuantityFields = { QStringLiteral("blockNumber"), QStringLiteral("gas"),
    QStringLiteral("gasPrice"), QStringLiteral("nonce"), QStringLiteral("transactionIndex"), QStringLiteral("value"),
    QStringLiteral("gasUsed"), QStringLiteral("status"), QStringLiteral("number"), QStringLiteral("gasLimit"),
    QStringLiteral("timestamp"), QStringLiteral("sealer"), QStringLiteral("txSum"), QStringLiteral("failedTxSum"),
    QStringLiteral("currentBlockNumber"), QStringLiteral("remainGas"), QStringLiteral("blockLimit"),
    QStringLiteral("chainId"), QStringLiteral("groupId"),
    // methods whose whole answer is a quantity
    QStringLiteral("getBlockNumber"), QStringLiteral("getPbftView"), QStringLiteral("getPendingTxSize") };

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

enum class Kind { Any, Bool, Integer, Array, Object, Quantity, Hash, HashNo0x, Address, NodeId, Bytes, Text };

Kind kindOfSample(const QJsonValue &v, const QString &field)
{
    if (v.isNull())
        return Kind::Any;
    if (v.isBool())
        return Kind::Bool;
    if (v.isDouble())
        return Kind::Integer;
    if (v.isArray())
        return Kind::Array;
    if (v.isObject())
        return Kind::Object;
    const QString s = v.toString();
    if (kQuantityFields.contains(field) && s.startsWith(QStringLiteral("0x")))
        return Kind::Quantity;
    if (matches(QStringLiteral("0x[0-9a-fA-F]{64}"), s))
        return Kind::Hash;
    if (matches(QStringLiteral("0x[0-9a-fA-F]{40}"), s))
        return Kind::Address;
    if (matches(QStringLiteral("[0-9a-fA-F]{128}"), s))
        return Kind::NodeId;
    if (matches(QStringLiteral("0x[0-9a-fA-F]*"), s))
        return Kind::Bytes;
    return Kind::Text;
}

// Checks `ours` against the sample; returns the first difference, empty when it conforms.
QString conforms(const QJsonValue &sample, const QJsonValue &ours, const QString &path, const QSet<QString> &omitted,
    const QHash<QString, Kind> &overrides)
{
    const QString field = path.section(QLatin1Char('.'), -1);
    const Kind kind = overrides.value(field, kindOfSample(sample, field));
    const QString s = ours.toString();
    auto no = [&](const char *what) {
        return QStringLiteral("%1: expected %2, got %3")
            .arg(path, QLatin1String(what),
                QString::fromUtf8(QJsonDocument(QJsonArray { ours }).toJson(QJsonDocument::Compact)).left(160));
    };
    switch (kind) {
    case Kind::Any:
        return {};
    case Kind::Bool:
        return ours.isBool() ? QString() : no("a boolean");
    case Kind::Integer:
        return ours.isDouble() ? QString() : no("a JSON integer");
    case Kind::Text:
        return ours.isString() ? QString() : no("a string");
    case Kind::Quantity:
        return ours.isString() && matches(QStringLiteral("0x(0|[1-9a-f][0-9a-f]*)"), s) ? QString()
                                                                                        : no("a minimal hex quantity");
    case Kind::Hash:
        return matches(QStringLiteral("0x[0-9a-f]{64}"), s) ? QString() : no("a 0x 32-byte hash");
    case Kind::HashNo0x:
        return matches(QStringLiteral("[0-9a-f]{64}"), s) ? QString() : no("a 32-byte hash without 0x");
    case Kind::Address:
        return matches(QStringLiteral("0x[0-9a-f]{40}"), s) ? QString() : no("a 0x 20-byte address");
    case Kind::NodeId:
        return matches(QStringLiteral("[0-9a-f]{128}"), s) ? QString() : no("a 128-hex-digit node id");
    case Kind::Bytes:
        return matches(QStringLiteral("0x([0-9a-f]{2})*"), s) ? QString() : no("0x hex bytes");
    case Kind::Array: {
        if (!ours.isArray())
            return no("an array");
        const QJsonArray a = sample.toArray(), b = ours.toArray();
        // api.md's getConsensusStatus is a tuple [status, views]: element-wise.
        const bool tuple = a.size() == 2 && a.at(0).isObject() && a.at(1).isArray();
        for (qsizetype i = 0; i < b.size() && !a.isEmpty(); ++i) {
            const QString e = conforms(tuple ? a.at(std::min<qsizetype>(i, 1)) : a.at(0), b.at(i),
                QStringLiteral("%1[%2]").arg(path).arg(i), omitted, overrides);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::Object: {
        if (!ours.isObject())
            return no("an object");
        const QJsonObject a = sample.toObject(), b = ours.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (omitted.contains(it.key()))
                continue;
            if (!b.contains(it.key()))
                return QStringLiteral("%1: the documented field \"%2\" is missing").arg(path, it.key());
            const QString e
                = conforms(it.value(), b.value(it.key()), path + QLatin1Char('.') + it.key(), omitted, overrides);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    }
    return {};
}

//! api.md's sample answer of a method (tests/vectors/fisco-rpc-samples.json).
QJsonValue sample(const QString &key)
{
    static const QJsonObject samples = test::loadVectors(QStringLiteral("fisco-rpc-samples.json"));
    if (!samples.contains(key))
        qFatal("no api.md sample for %s", qPrintable(key));
    return samples.value(key);
}

const QByteArray kContract(20, '\x5a');
const QByteArray kResultPrefix = "\"result\":\"0x";
const QByteArray kGetBlockNumber = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"getBlockNumber\",\"params\":[1]}";

} // namespace

class TestFiscoConformance final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentedAnswers_data();
    void documentedAnswers();
    void receiptsCarryStatusMsg();
    void documentedTransactionHasMinimalQuantities();
    void deploymentFailsWithNoDeployPermission();
    void errorCodesForBadParameters_data();
    void errorCodesForBadParameters();
    void batchOverTheLimitIsRefused();
    void connectionCloseIsHonoured();
    void keepAliveStaysTheDefault();
    void fiscoRpcReadsBlockHashes();

private:
    QJsonObject call(const QString &method, const QJsonArray &params) { return test::rawRpc(m_url, method, params); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    QUrl m_url;
    QJsonObject m_vector;
    QString m_txHash; // the api.md 国密 sample transaction, committed in block 1
    QString m_blockHash; // block 1
    QString m_pendingHash; // a transaction left pending
    crypto::Sm2PrivateKey m_user = crypto::Sm2PrivateKey::generate().value();
};

void TestFiscoConformance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString genesisPath = m_dir.filePath(QStringLiteral("genesis.json"));
    QVERIFY(test::writeTestGenesis(genesisPath, QByteArrayLiteral("conformance-sealer"), m_user.address(), kContract));
    devnet::Devnet::Options o;
    o.genesisPath = genesisPath;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.blockIntervalMs = 3600 * 1000; // blocks only when the test seals
    m_devnet = std::make_unique<test::DevnetThread>(o);
    QVERIFY2(m_devnet->ok(), qPrintable(m_devnet->error()));
    m_url = QUrl(m_devnet->url());

    // Block 1 holds api.md's 国密 sendRawTransaction sample (RC2), sent as documented.
    m_vector = test::loadVectors(QStringLiteral("fisco-gm-tx.json"));
    const QJsonObject sent
        = call(QStringLiteral("sendRawTransaction"), { 1, m_vector.value(QStringLiteral("raw_tx_hex")).toString() });
    m_txHash = sent.value(QStringLiteral("result")).toString();
    QCOMPARE(m_txHash, m_vector.value(QStringLiteral("tx_hash")).toString());
    QCOMPARE(m_devnet->sealNow().value(), quint64(1));
    m_blockHash = call(QStringLiteral("getBlockHashByNumber"), { 1, QStringLiteral("0x1") })
                      .value(QStringLiteral("result"))
                      .toString();
    QVERIFY(!m_blockHash.isEmpty());

    // One more stays pending for getPendingTransactions / getPendingTxSize.
    tx::Request req;
    req.to = kContract;
    req.data = QByteArray::fromHex("01020304");
    req.currentBlock = 1;
    const QByteArray raw = tx::buildSigned(req, m_user).value().encode();
    m_pendingHash = call(QStringLiteral("sendRawTransaction"), { 1, hex::encodePrefixed(raw) })
                        .value(QStringLiteral("result"))
                        .toString();
    QVERIFY(m_pendingHash.startsWith(QStringLiteral("0x")));
}

void TestFiscoConformance::documentedAnswers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonArray>("params");
    QTest::addColumn<QString>("sampleKey");
    QTest::addColumn<QStringList>("omitted"); // documented fields the devnet leaves out (see the row)

    auto row = [](const QString &method, const QJsonArray &params, const QString &key = {},
                   const QStringList &omitted = {}) {
        QTest::newRow(qPrintable(key.isEmpty() ? method : key))
            << method << params << (key.isEmpty() ? method : key) << omitted;
    };
    // The devnet has no build time or git identity to report.
    row(QStringLiteral("getClientVersion"), {}, {},
        { QStringLiteral("Build Time"), QStringLiteral("Git Branch"), QStringLiteral("Git Commit Hash") });
    row(QStringLiteral("getBlockNumber"), { 1 });
    row(QStringLiteral("getPbftView"), { 1 });
    row(QStringLiteral("getSealerList"), { 1 });
    row(QStringLiteral("getObserverList"), { 1 });
    row(QStringLiteral("getConsensusStatus"), { 1 });
    row(QStringLiteral("getSyncStatus"), { 1 });
    row(QStringLiteral("getPeers"), { 1 });
    row(QStringLiteral("getGroupPeers"), { 1 });
    row(QStringLiteral("getNodeIDList"), { 1 });
    row(QStringLiteral("getGroupList"), {});
    row(QStringLiteral("getBlockByHash"), { 1, m_blockHash, true }, QStringLiteral("getBlockByHash/true"));
    row(QStringLiteral("getBlockByHash"), { 1, m_blockHash, false }, QStringLiteral("getBlockByHash/false"));
    // getBlockByNumber's result is getBlockByHash's (api.md).
    QTest::newRow("getBlockByNumber") << QStringLiteral("getBlockByNumber")
                                      << QJsonArray { 1, QStringLiteral("0x1"), true }
                                      << QStringLiteral("getBlockByHash/true") << QStringList();
    row(QStringLiteral("getBlockHashByNumber"), { 1, QStringLiteral("0x1") });
    row(QStringLiteral("getTransactionByHash"), { 1, m_txHash });
    // The two ByIndex methods answer as getTransactionByHash (api.md).
    QTest::newRow("getTransactionByBlockHashAndIndex")
        << QStringLiteral("getTransactionByBlockHashAndIndex") << QJsonArray { 1, m_blockHash, QStringLiteral("0x0") }
        << QStringLiteral("getTransactionByHash") << QStringList();
    QTest::newRow("getTransactionByBlockNumberAndIndex")
        << QStringLiteral("getTransactionByBlockNumberAndIndex")
        << QJsonArray { 1, QStringLiteral("0x1"), QStringLiteral("0x0") } << QStringLiteral("getTransactionByHash")
        << QStringList();
    row(QStringLiteral("getTransactionReceipt"), { 1, m_txHash });
    row(QStringLiteral("getPendingTransactions"), { 1 });
    row(QStringLiteral("getPendingTxSize"), { 1 });
    row(QStringLiteral("getCode"), { 1, QStringLiteral("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b") });
    row(QStringLiteral("getTotalTransactionCount"), { 1 });
    row(QStringLiteral("getSystemConfigByKey"), { 1, QStringLiteral("tx_count_limit") });
    // api.md's call request as printed, odd-length "0x3" data included.
    row(QStringLiteral("call"),
        { 1,
            QJsonObject { { QStringLiteral("from"), QStringLiteral("0x6bc952a2e4db9c0c86a368d83e9df0c6ab481102") },
                { QStringLiteral("to"), QStringLiteral("0xd6f1a71052366dbae2f7ab2d5d5845e77965cf0d") },
                { QStringLiteral("value"), QStringLiteral("0x1") },
                { QStringLiteral("data"), QStringLiteral("0x3") } } });
    row(QStringLiteral("getTransactionByHashWithProof"), { 1, m_txHash });
    row(QStringLiteral("getTransactionReceiptByHashWithProof"), { 1, m_txHash });
}

void TestFiscoConformance::documentedAnswers()
{
    QFETCH(QString, method);
    QFETCH(QJsonArray, params);
    QFETCH(QString, sampleKey);
    QFETCH(QStringList, omitted);
    const QJsonObject reply = call(method, params);
    QVERIFY2(!reply.isEmpty(), "no reply");
    QVERIFY2(!reply.contains(QStringLiteral("error")),
        qPrintable(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact))));
    QCOMPARE(reply.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
    QCOMPARE(reply.value(QStringLiteral("id")).toInt(), 1);
    // FISCO 2.9's syncInfo() writes hashes without 0x (libsync/SyncMaster.cpp); api.md's
    // older sample shows 0x. The node's behaviour is what a client meets.
    const QHash<QString, Kind> overrides = method == QStringLiteral("getSyncStatus")
        ? QHash<QString, Kind> { { QStringLiteral("genesisHash"), Kind::HashNo0x },
              { QStringLiteral("latestHash"), Kind::HashNo0x }, { QStringLiteral("knownLatestHash"), Kind::HashNo0x } }
        : QHash<QString, Kind> {};
    const QString difference = conforms(sample(sampleKey), reply.value(QStringLiteral("result")), method,
        QSet<QString>(omitted.cbegin(), omitted.cend()), overrides);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestFiscoConformance::receiptsCarryStatusMsg()
{
    const QJsonObject r
        = call(QStringLiteral("getTransactionReceipt"), { 1, m_txHash }).value(QStringLiteral("result")).toObject();
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    QCOMPARE(r.value(QStringLiteral("statusMsg")).toString(), QStringLiteral("None"));
}

void TestFiscoConformance::documentedTransactionHasMinimalQuantities()
{
    // The sample's nonce is 03eebc46… (32 bytes): FISCO's toJS(u256) writes 0x3eebc46…
    const QJsonObject t
        = call(QStringLiteral("getTransactionByHash"), { 1, m_txHash }).value(QStringLiteral("result")).toObject();
    const QJsonObject f = m_vector.value(QStringLiteral("fields")).toObject();
    const QString nonce = f.value(QStringLiteral("nonce")).toString();
    QVERIFY(nonce.startsWith(QLatin1Char('0')));
    QCOMPARE(t.value(QStringLiteral("nonce")).toString(), QStringLiteral("0x") + nonce.mid(1));
    QCOMPARE(f.value(QStringLiteral("gas")).toString(), QStringLiteral("b2d05e00"));
    QCOMPARE(t.value(QStringLiteral("gas")).toString(), QStringLiteral("0xb2d05e00"));
    QCOMPARE(f.value(QStringLiteral("gasPrice")).toString(), QStringLiteral("11e1a300"));
    QCOMPARE(t.value(QStringLiteral("gasPrice")).toString(), QStringLiteral("0x11e1a300"));
    QCOMPARE(t.value(QStringLiteral("blockLimit")).toString(), QStringLiteral("0x1f5"));
    QCOMPARE(t.value(QStringLiteral("value")).toString(), QStringLiteral("0x0"));
    QCOMPARE(t.value(QStringLiteral("from")).toString(), m_vector.value(QStringLiteral("sender")).toString());
    const QJsonObject sig = t.value(QStringLiteral("signature")).toObject();
    QCOMPARE(sig.value(QStringLiteral("v")).toString().size(), 2 + 128);
    QCOMPARE(sig.value(QStringLiteral("r")).toString(),
        QStringLiteral("0x") + f.value(QStringLiteral("r")).toString()); // h256: 0f16…
    QCOMPARE(sig.value(QStringLiteral("signature")).toString().size(), 2 + 256);
}

void TestFiscoConformance::deploymentFailsWithNoDeployPermission()
{
    auto failed = [this] {
        const QJsonObject count
            = call(QStringLiteral("getTotalTransactionCount"), { 1 }).value(QStringLiteral("result")).toObject();
        return count.value(QStringLiteral("failedTxSum")).toString().mid(2).toULongLong(nullptr, 16);
    };
    QVERIFY(m_devnet->sealNow().ok()); // the pending transaction first: it fails too (no such market call)
    const quint64 failedBefore = failed();
    tx::Request req; // empty `to`: a deployment
    req.data = QByteArray::fromHex("6080604052348015600f57600080fd5b50");
    req.currentBlock = 1;
    const QByteArray raw = tx::buildSigned(req, m_user).value().encode();
    const QString hash = call(QStringLiteral("sendRawTransaction"), { 1, hex::encodePrefixed(raw) })
                             .value(QStringLiteral("result"))
                             .toString();
    QVERIFY(hash.startsWith(QStringLiteral("0x")));
    QVERIFY(m_devnet->sealNow().ok());
    const QJsonObject r
        = call(QStringLiteral("getTransactionReceipt"), { 1, hash }).value(QStringLiteral("result")).toObject();
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("0x12"));
    QCOMPARE(r.value(QStringLiteral("statusMsg")).toString(), QStringLiteral("NoDeployPermission"));
    QCOMPARE(
        r.value(QStringLiteral("contractAddress")).toString(), QStringLiteral("0x") + QString(40, QLatin1Char('0')));
    const QJsonObject t
        = call(QStringLiteral("getTransactionByHash"), { 1, hash }).value(QStringLiteral("result")).toObject();
    QCOMPARE(t.value(QStringLiteral("to")).toString(), QStringLiteral("0x") + QString(40, QLatin1Char('0')));
    QCOMPARE(failed(), failedBefore + 1);
}

void TestFiscoConformance::errorCodesForBadParameters_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonArray>("params");
    QTest::addColumn<int>("code");
    const QString noSuchHash = QStringLiteral("0x") + QString(64, QLatin1Char('e'));
    QTest::newRow("unknown group") << QStringLiteral("getBlockNumber") << QJsonArray { 7 } << -40001;
    QTest::newRow("group as a string") << QStringLiteral("getBlockNumber") << QJsonArray { QStringLiteral("1") }
                                       << -32602;
    QTest::newRow("no such block number")
        << QStringLiteral("getBlockByNumber") << QJsonArray { 1, QStringLiteral("0x99999"), false } << -40004;
    QTest::newRow("hash of no block") << QStringLiteral("getBlockHashByNumber")
                                      << QJsonArray { 1, QStringLiteral("0xffff") } << -40004;
    QTest::newRow("no such block hash") << QStringLiteral("getBlockByHash") << QJsonArray { 1, noSuchHash, true }
                                        << -40003;
    QTest::newRow("block hash as a number") << QStringLiteral("getBlockByHash") << QJsonArray { 1, 5, true } << -32602;
    QTest::newRow("index out of range (number)")
        << QStringLiteral("getTransactionByBlockNumberAndIndex")
        << QJsonArray { 1, QStringLiteral("0x1"), QStringLiteral("0x9") } << -40005;
    QTest::newRow("index out of range (hash)") << QStringLiteral("getTransactionByBlockHashAndIndex")
                                               << QJsonArray { 1, m_blockHash, QStringLiteral("0x9") } << -40005;
    QTest::newRow("index as a number") << QStringLiteral("getTransactionByBlockNumberAndIndex")
                                       << QJsonArray { 1, QStringLiteral("0x1"), 0 } << -32602;
    QTest::newRow("unknown config key") << QStringLiteral("getSystemConfigByKey")
                                        << QJsonArray { 1, QStringLiteral("no_such_key") } << -40008;
    QTest::newRow("short transaction hash")
        << QStringLiteral("getTransactionByHash") << QJsonArray { 1, QStringLiteral("0x1234") } << -32602;
    QTest::newRow("address not hex") << QStringLiteral("getCode") << QJsonArray { 1, QStringLiteral("0xzz") } << -32602;
    QTest::newRow("unknown method") << QStringLiteral("getNoSuchThing") << QJsonArray { 1 } << -32601;
    QTest::newRow("raw transaction not RLP")
        << QStringLiteral("sendRawTransaction") << QJsonArray { 1, QStringLiteral("0xc0") } << -32603;
}

void TestFiscoConformance::errorCodesForBadParameters()
{
    QFETCH(QString, method);
    QFETCH(QJsonArray, params);
    QFETCH(int, code);
    const QJsonObject reply = call(method, params);
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact))));
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestFiscoConformance::batchOverTheLimitIsRefused()
{
    QJsonArray batch;
    for (int i = 0; i < 101; ++i)
        batch << QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), i },
            { QStringLiteral("method"), QStringLiteral("getBlockNumber") },
            { QStringLiteral("params"), QJsonArray { 1 } } };
    QTcpSocket socket;
    socket.connectToHost(m_url.host(), static_cast<quint16>(m_url.port()));
    QVERIFY(socket.waitForConnected(5000));
    test::writeRawPost(socket, m_url, QJsonDocument(batch).toJson(QJsonDocument::Compact));
    const auto reply = test::readRawResponse(socket);
    QVERIFY(reply);
    const QJsonObject error = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), -32600);
    QVERIFY2(
        error.value(QStringLiteral("message")).toString().contains(QStringLiteral("100")), reply->body.constData());
    batch.removeLast(); // 100 is fine
    test::writeRawPost(socket, m_url, QJsonDocument(batch).toJson(QJsonDocument::Compact));
    const auto ok = test::readRawResponse(socket);
    QVERIFY(ok);
    QCOMPARE(QJsonDocument::fromJson(ok->body).array().size(), 100);
}

void TestFiscoConformance::connectionCloseIsHonoured()
{
    for (const QByteArray &header :
        { QByteArray("Connection: close\r\n"), QByteArray("connection: Keep-Alive, CLOSE\r\n") }) {
        QTcpSocket socket;
        socket.connectToHost(m_url.host(), static_cast<quint16>(m_url.port()));
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer clock;
        clock.start();
        test::writeRawPost(socket, m_url, kGetBlockNumber, header);
        // Read to end of stream, as a client that relies on the close does.
        QByteArray all;
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 3000)
            if (socket.waitForReadyRead(100))
                all += socket.readAll();
        all += socket.readAll();
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "the devnet kept the connection open");
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QStringLiteral("closed only after %1 ms").arg(clock.elapsed())));
        QVERIFY2(all.startsWith("HTTP/1.1 200"), all.constData());
        QVERIFY2(
            all.contains("\r\nConnection: close\r\n") || all.contains("\r\nconnection: close\r\n"), all.constData());
        const bool answered = all.contains(kResultPrefix);
        QVERIFY2(answered, all.constData());
    }
}

void TestFiscoConformance::keepAliveStaysTheDefault()
{
    QTcpSocket socket;
    socket.connectToHost(m_url.host(), static_cast<quint16>(m_url.port()));
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < 3; ++i) {
        test::writeRawPost(socket, m_url, kGetBlockNumber);
        const auto reply = test::readRawResponse(socket);
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QVERIFY(reply->header("Connection").compare("close", Qt::CaseInsensitive) != 0);
        QVERIFY(!socket.waitForDisconnected(300));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestFiscoConformance::fiscoRpcReadsBlockHashes()
{
    chain::RpcClient client(m_url.toString());
    chain::FiscoRpc rpc(client, 1);
    const auto hash = rpc.getBlockHashByNumber(1);
    QVERIFY(hash.ok());
    QCOMPARE(hex::encodePrefixed(*hash), m_blockHash);
    const auto header = rpc.getBlockHeaderByNumber(1, false);
    QVERIFY(header.ok());
    QCOMPARE(header->value(QStringLiteral("hash")).toString(), m_blockHash);
    QVERIFY(!rpc.getBlockHashByNumber(99999).ok()); // -40004 from the node, an error here
}

QTEST_GUILESS_MAIN(TestFiscoConformance)
#include "TestFiscoConformance.moc"
