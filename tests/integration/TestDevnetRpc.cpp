// SPDX-License-Identifier: Apache-2.0
// A real devnet on a loopback port, spoken to over HTTP: FISCO JSON-RPC
// shapes, batches, admission errors with reason words, malformed requests,
// the document store, restart continuity. The contract runtime is a small
// recording executor until the CreditMarket runtime is wired in.
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/BlockHeader.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "codec/MerkleJson.h"
#include "codec/Receipt.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "devnet/ChainDb.h"
#include "devnet/Devnet.h"
#include "devnet/TransactionExecutor.h"
#include "RecordingExecutor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::devnet;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonValue json() const
    {
        const auto d = QJsonDocument::fromJson(body);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
};

} // namespace

class TestDevnetRpc final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clientVersionAndHeight();
    void transactionLifecycle();
    void headerQuirksAndSignatures();
    void proofsVerifyAgainstTheHeader();
    void batchArrays();
    void admissionErrorsCarryReasonWords();
    void malformedRequests_data();
    void malformedRequests();
    void documentStore();
    void restartKeepsTheChain();
    void operatorChangesSealers();

private:
    Reply post(const QByteArray &body);
    Reply http(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    QJsonValue rpc(const QString &method, const QJsonArray &params);
    QByteArray send(
        const QByteArray &data, const QByteArray &to = QByteArray(20, 'c'), const crypto::Sm2PrivateKey *key = nullptr);
    QJsonObject waitForReceipt(const QByteArray &hash);
    void startDevnet();

    QTemporaryDir m_dir;
    QString m_genesisPath;
    std::unique_ptr<Devnet> m_devnet;
    QNetworkAccessManager m_net;
    crypto::Sm2PrivateKey m_user = crypto::Sm2PrivateKey::generate().value();
    crypto::Sm2PrivateKey m_operator = crypto::Sm2PrivateKey::generate().value();
    crypto::Sm2PrivateKey m_standby = crypto::Sm2PrivateKey::generate().value();
};

void TestDevnetRpc::startDevnet()
{
    Devnet::Options o;
    o.genesisPath = m_genesisPath;
    o.dataDir = m_dir.filePath(QStringLiteral("data"));
    o.blockIntervalMs = 50;
    o.store.maxDocumentBytes = 1024 * 1024;
    auto d = Devnet::start(o, std::make_unique<test::RecordingExecutor>());
    QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
    m_devnet = std::move(*d);
}

void TestDevnetRpc::initTestCase()
{
    QJsonArray keys;
    for (int i = 0; i < 4; ++i)
        keys << hex::encode(crypto::sm3(QByteArray("rpc-sealer") + char('0' + i)));
    m_genesisPath = m_dir.filePath(QStringLiteral("genesis.json"));
    QFile f(m_genesisPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), keys },
            { QStringLiteral("operator"), hex::encode(m_operator.address()) },
            { QStringLiteral("standbyKeys"), QJsonArray { hex::encode(m_standby.rawPrivate().view().toByteArray()) } },
            { QStringLiteral("contractAddress"), hex::encode(QByteArray(20, 'c')) } })
                .toJson());
    f.close();
    startDevnet();
}

Reply TestDevnetRpc::http(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_devnet->url();
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_net.sendCustomRequest(req, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        qFatal("devnet did not answer %s %s", verb.constData(), qPrintable(path));
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

Reply TestDevnetRpc::post(const QByteArray &body)
{
    return http("POST", QStringLiteral("/"), body);
}

QJsonValue TestDevnetRpc::rpc(const QString &method, const QJsonArray &params)
{
    const QJsonObject req { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), 1 },
        { QStringLiteral("method"), method }, { QStringLiteral("params"), params } };
    const QJsonObject reply = post(QJsonDocument(req).toJson()).json().toObject();
    if (reply.contains(QStringLiteral("error")))
        return reply.value(QStringLiteral("error"));
    return reply.value(QStringLiteral("result"));
}

QByteArray TestDevnetRpc::send(const QByteArray &data, const QByteArray &to, const crypto::Sm2PrivateKey *key)
{
    const quint64 height = rpc(QStringLiteral("getBlockNumber"), { 1 }).toString().toULongLong(nullptr, 16);
    tx::Request req;
    req.to = to;
    req.data = data;
    req.currentBlock = height;
    const auto t = tx::buildSigned(req, key ? *key : m_user).value();
    const QJsonValue hash
        = rpc(QStringLiteral("sendRawTransaction"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(t.encode())) });
    if (!hash.isString())
        qFatal("sendRawTransaction failed: %s", QJsonDocument(hash.toObject()).toJson().constData());
    return hex::decode(hash.toString()).value();
}

QJsonObject TestDevnetRpc::waitForReceipt(const QByteArray &hash)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        const QJsonValue receipt
            = rpc(QStringLiteral("getTransactionReceipt"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(hash)) });
        if (receipt.isObject())
            return receipt.toObject();
        QTest::qWait(20);
    }
    qFatal("no receipt within 10 s");
}

void TestDevnetRpc::clientVersionAndHeight()
{
    const QJsonObject v = rpc(QStringLiteral("getClientVersion"), {}).toObject();
    QCOMPARE(v.value(QStringLiteral("Chain Id")).toString(), QStringLiteral("1"));
    QVERIFY(v.value(QStringLiteral("Supported Version")).toString().startsWith(QStringLiteral("2.9")));
    QVERIFY(rpc(QStringLiteral("getBlockNumber"), { 1 }).toString().startsWith(QStringLiteral("0x")));
    QCOMPARE(rpc(QStringLiteral("getGroupList"), {}).toArray(), QJsonArray { 1 });
    const QJsonArray sealers = rpc(QStringLiteral("getSealerList"), { 1 }).toArray();
    QCOMPARE(sealers.size(), 4);
    QCOMPARE(sealers.at(0).toString().size(), 128); // no 0x on node ids
}

void TestDevnetRpc::transactionLifecycle()
{
    const QByteArray hash = send("hello chain");
    const QJsonObject receipt = waitForReceipt(hash);
    QCOMPARE(receipt.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    QCOMPARE(receipt.value(QStringLiteral("transactionHash")).toString(), hex::encodePrefixed(hash));
    QCOMPARE(receipt.value(QStringLiteral("from")).toString(), hex::encodePrefixed(m_user.address()));
    QCOMPARE(receipt.value(QStringLiteral("output")).toString(), hex::encodePrefixed(crypto::sm3("hello chain")));
    QCOMPARE(receipt.value(QStringLiteral("logs")).toArray().size(), 1);
    const QJsonObject t
        = rpc(QStringLiteral("getTransactionByHash"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(hash)) })
              .toObject();
    QCOMPARE(t.value(QStringLiteral("input")).toString(), hex::encodePrefixed("hello chain"));
    // A receipt for a transaction that never existed is null, not an error.
    QVERIFY(rpc(
        QStringLiteral("getTransactionReceipt"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(crypto::sm3("none"))) })
                .isNull());
}

void TestDevnetRpc::headerQuirksAndSignatures()
{
    const QByteArray hash = send("for the header");
    const QJsonObject receipt = waitForReceipt(hash);
    const QString number = receipt.value(QStringLiteral("blockNumber")).toString();
    const QJsonObject header = rpc(QStringLiteral("getBlockHeaderByNumber"), QJsonArray { 1, number, true }).toObject();
    QVERIFY(header.value(QStringLiteral("number")).isDouble()); // FISCO's integer quirk
    const QJsonObject block = rpc(QStringLiteral("getBlockByNumber"), QJsonArray { 1, number, false }).toObject();
    QVERIFY(block.value(QStringLiteral("number")).isString());
    QVERIFY(!block.contains(QStringLiteral("signatureList"))); // only with includeTx=true
    QVERIFY(block.value(QStringLiteral("transactions")).toArray().contains(hex::encodePrefixed(hash)));
    const QJsonObject full = rpc(QStringLiteral("getBlockByNumber"), QJsonArray { 1, number, true }).toObject();
    QVERIFY(full.contains(QStringLiteral("signatureList")));
    QVERIFY(full.value(QStringLiteral("transactions")).toArray().at(0).isObject());

    auto h = chain::headerFromJson(header);
    QVERIFY(h.ok());
    QCOMPARE(hex::encodePrefixed(h->hash()), header.value(QStringLiteral("hash")).toString());
    auto sigs = chain::signaturesFromJson(header.value(QStringLiteral("signatureList")));
    QVERIFY(sigs.ok());
    QCOMPARE(sigs->size(), 4);
    for (const auto &s : *sigs)
        QVERIFY(crypto::Sm2PublicKey::fromRaw(h->sealerList[static_cast<qsizetype>(s.index)])
                    ->verify(h->hash(), s.signature.left(64)));
    // Decimal block numbers are accepted too; a missing block is -40004.
    QCOMPARE(rpc(QStringLiteral("getBlockHeaderByNumber"), { 1, QString::number(h->number), true })
                 .toObject()
                 .value(QStringLiteral("hash")),
        header.value(QStringLiteral("hash")));
    QCOMPARE(rpc(QStringLiteral("getBlockByNumber"), { 1, QStringLiteral("0xffffff"), false })
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
        -40004);
}

void TestDevnetRpc::proofsVerifyAgainstTheHeader()
{
    const QByteArray hash = send("prove me");
    const QJsonObject receipt = waitForReceipt(hash);
    const QJsonObject header = rpc(
        QStringLiteral("getBlockHeaderByNumber"), { 1, receipt.value(QStringLiteral("blockNumber")).toString(), false })
                                   .toObject();
    const auto h = chain::headerFromJson(header).value();
    const QJsonObject txp
        = rpc(QStringLiteral("getTransactionByHashWithProof"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(hash)) })
              .toObject();
    const qsizetype index = receipt.value(QStringLiteral("transactionIndex")).toString().toLongLong(nullptr, 16);
    auto proof = merkle::proofFromJson(txp.value(QStringLiteral("txProof")).toArray());
    QVERIFY(proof.ok());
    QVERIFY(merkle::verify(*proof, index, hash, h.transactionsRoot).ok());
    const QJsonObject rp = rpc(
        QStringLiteral("getTransactionReceiptByHashWithProof"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(hash)) })
                               .toObject();
    auto rproof = merkle::proofFromJson(rp.value(QStringLiteral("receiptProof")).toArray());
    const auto r = chain::receiptFromJson(rp.value(QStringLiteral("transactionReceipt")).toObject()).value();
    QVERIFY(merkle::verify(*rproof, index, r.hash(), h.receiptsRoot).ok());
}

void TestDevnetRpc::batchArrays()
{
    const QByteArray batch = R"([{"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":[1]},
                                 {"jsonrpc":"2.0","id":"b","method":"nope","params":[]},
                                 {"jsonrpc":"2.0","id":3,"method":"getClientVersion","params":[]}])";
    const QJsonArray replies = post(batch).json().toArray();
    QCOMPARE(replies.size(), 3);
    QVERIFY(replies.at(0).toObject().contains(QStringLiteral("result")));
    QCOMPARE(replies.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    QCOMPARE(replies.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        -32601);
    QCOMPARE(replies.at(2).toObject().value(QStringLiteral("id")).toInt(), 3);
}

void TestDevnetRpc::admissionErrorsCarryReasonWords()
{
    tx::Request req;
    req.to = QByteArray(20, 'c');
    req.chainId = 9;
    const auto wrongChain = tx::buildSigned(req, m_user).value();
    const QJsonObject e = rpc(
        QStringLiteral("sendRawTransaction"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(wrongChain.encode())) })
                              .toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toInt(), -32603);
    QVERIFY(e.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("InvalidChainId")));
    req.chainId = 1;
    req.currentBlock = 5000; // blockLimit 5500, far beyond height + 1000
    const auto tooFar = tx::buildSigned(req, m_user).value();
    QVERIFY(
        rpc(QStringLiteral("sendRawTransaction"), QJsonArray { 1, QJsonValue(hex::encodePrefixed(tooFar.encode())) })
            .toObject()
            .value(QStringLiteral("message"))
            .toString()
            .startsWith(QStringLiteral("BlockLimitCheckFailed")));
}

void TestDevnetRpc::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("not json") << QByteArray("hello") << -32700;
    QTest::newRow("truncated json") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"getBlockNu)") << -32700;
    QTest::newRow("empty body") << QByteArray() << -32700;
    QTest::newRow("number") << QByteArray("42") << -32700;
    QTest::newRow("string") << QByteArray("\"getBlockNumber\"") << -32700;
    QTest::newRow("empty batch") << QByteArray("[]") << -32600;
    QTest::newRow("no method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"params":[1]})") << -32600;
    QTest::newRow("method number") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5,"params":[1]})") << -32600;
    QTest::newRow("params object") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":{}})")
                                   << -32600;
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"getBlockNumber","params":[1]})")
                               << -32600;
    QTest::newRow("unknown method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]})")
                                    << -32601;
    QTest::newRow("group as string") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":["1"]})")
                                     << -32602;
    QTest::newRow("no group") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":[]})")
                              << -32602;
    QTest::newRow("wrong group") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":[7]})")
                                 << -40001; // FISCO: GroupID does not exist
    QTest::newRow("block number int") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"getBlockByNumber","params":[1,1,false]})")
                                      << -32602;
    QTest::newRow("block number garbage")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"getBlockByNumber","params":[1,"0xzz",false]})") << -32602;
    QTest::newRow("flag not bool") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"getBlockByNumber","params":[1,"0x0","yes"]})")
                                   << -32602;
    QTest::newRow("short hash") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"getTransactionReceipt","params":[1,"0x1234"]})")
                                << -32602;
    QTest::newRow("hash not hex") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"getTransactionReceipt","params":[1,"0xqq"]})")
                                  << -32602;
    QTest::newRow("raw tx not hex") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"sendRawTransaction","params":[1,"0xzz"]})")
                                    << -32602;
    QTest::newRow("raw tx garbage") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"sendRawTransaction","params":[1,"0xc0"]})")
                                    << -32603;
    QTest::newRow("raw tx missing") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"sendRawTransaction","params":[1]})")
                                    << -32602;
    QTest::newRow("call without to") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"method":"call","params":[1,{"from":"0x00","data":"0x"}]})")
                                     << -32602;
    QTest::newRow("batch of junk") << QByteArray("[1]") << -32600;
}

void TestDevnetRpc::malformedRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    const Reply r = post(body);
    QCOMPARE(r.status, 200);
    QJsonValue v = r.json();
    const QJsonObject reply = v.isArray() ? v.toArray().at(0).toObject() : v.toObject();
    QCOMPARE(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), code);
    QVERIFY(!reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    // And the devnet still serves.
    QVERIFY(rpc(QStringLiteral("getBlockNumber"), { 1 }).isString());
}

void TestDevnetRpc::documentStore()
{
    const QByteArray doc = QByteArray("envelope bytes ").repeated(1000);
    const QString name = hex::encode(crypto::sm3(doc));
    // Writes are signed by institutions (issue 18; test_document_store_admission):
    // this chain has none, so an unsigned write is refused and nothing is stored.
    const Reply refused = http("PUT", QStringLiteral("/documents/") + name, doc);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("unsigned"));
    QCOMPARE(http("GET", QStringLiteral("/documents/") + name).status, 404);
    QCOMPARE(http("PUT", QStringLiteral("/documents/") + name, doc + "x").status, 422); // hash mismatch
    QCOMPARE(http("GET", QStringLiteral("/documents/") + hex::encode(crypto::sm3("absent"))).status, 404);
    QCOMPARE(http("GET", QStringLiteral("/documents/nothex")).status, 400);
    const QByteArray big(1024 * 1024 + 1, 'b');
    QCOMPARE(http("PUT", QStringLiteral("/documents/") + hex::encode(crypto::sm3(big)), big).status, 413);
    QCOMPARE(http("POST", QStringLiteral("/elsewhere"), "x").status, 404);
    const Reply huge = post(QByteArray(4 * 1024 * 1024 + 1, ' '));
    QCOMPARE(huge.status, 413);
    QCOMPARE(
        huge.json().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32600);
    QVERIFY(rpc(QStringLiteral("getBlockNumber"), { 1 }).isString());
}

void TestDevnetRpc::restartKeepsTheChain()
{
    const QByteArray hash = send("before restart");
    waitForReceipt(hash);
    const qint64 height = m_devnet->height();
    const QByteArray headHash = m_devnet->genesisHash();
    const QJsonValue headBefore = rpc(QStringLiteral("getBlockByNumber"), { 1, QString::number(height), false })
                                      .toObject()
                                      .value(QStringLiteral("hash"));
    m_devnet.reset();
    startDevnet();
    QCOMPARE(m_devnet->height(), height);
    QCOMPARE(m_devnet->genesisHash(), headHash);
    QCOMPARE(rpc(QStringLiteral("getBlockByNumber"), { 1, QString::number(height), false })
                 .toObject()
                 .value(QStringLiteral("hash")),
        headBefore);
    waitForReceipt(send("after restart"));
    QVERIFY(m_devnet->height() > height);
}

void TestDevnetRpc::operatorChangesSealers()
{
    const QByteArray precompile = QByteArray(18, '\0') + QByteArray("\x10\x03", 2);
    auto call = [](const char *signature, const QByteArray &nodeId) {
        return abi::encodeCall(
            abi::Signature::parse(QString::fromLatin1(signature)).value(), { abi::Value::string(hex::encode(nodeId)) })
            .value();
    };
    auto sealersOf = [this](const QJsonObject &receipt) {
        return rpc(QStringLiteral("getBlockHeaderByNumber"),
            QJsonArray { 1, receipt.value(QStringLiteral("blockNumber")).toString(), true })
            .toObject();
    };
    const QByteArray standbyId = m_standby.publicKey().raw();

    // A bank cannot change the sealers: the receipt says why.
    const QJsonObject denied = waitForReceipt(send(call("addSealer(string)", standbyId), precompile));
    QCOMPARE(denied.value(QStringLiteral("status")).toString(), QStringLiteral("0x16"));
    QCOMPARE(abi::decodeRevertReason(hex::decode(denied.value(QStringLiteral("output")).toString()).value()).value(),
        QStringLiteral("only the operator may change the sealers"));
    // A node the devnet holds no key for would never seal: refused.
    const QJsonObject unknown
        = waitForReceipt(send(call("addSealer(string)", m_user.publicKey().raw()), precompile, &m_operator));
    QCOMPARE(unknown.value(QStringLiteral("status")).toString(), QStringLiteral("0x16"));

    // The operator adds the standby node: not in this block's list, in the next one.
    const QJsonObject added = waitForReceipt(send(call("addSealer(string)", standbyId), precompile, &m_operator));
    QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    QCOMPARE(sealersOf(added).value(QStringLiteral("sealerList")).toArray().size(), 4);
    const QJsonObject next = sealersOf(waitForReceipt(send("after add")));
    QCOMPARE(next.value(QStringLiteral("sealerList")).toArray().size(), 5);
    QVERIFY(next.value(QStringLiteral("sealerList")).toArray().contains(hex::encode(standbyId)));
    QCOMPARE(next.value(QStringLiteral("signatureList")).toArray().size(), 5);
    QCOMPARE(rpc(QStringLiteral("getSealerList"), { 1 }).toArray().size(), 5);

    // And removes it again.
    QCOMPARE(waitForReceipt(send(call("remove(string)", standbyId), precompile, &m_operator))
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("0x0"));
    QCOMPARE(sealersOf(waitForReceipt(send("after remove"))).value(QStringLiteral("sealerList")).toArray().size(), 4);
}

QTEST_MAIN(TestDevnetRpc)
#include "TestDevnetRpc.moc"
