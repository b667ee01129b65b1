// SPDX-License-Identifier: Apache-2.0
// The devnet's chain machinery below the JSON-RPC server: genesis, admission,
// block sealing, persistence. Contract execution is replaced by a small
// executor that writes state and logs, so the producer's own rules are tested.
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "crypto/Sm3.h"
#include "devnet/BlockProducer.h"
#include "devnet/ChainDb.h"
#include "devnet/Genesis.h"
#include "devnet/TransactionExecutor.h"
#include "RecordingExecutor.h"
#include "devnet/TxPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::devnet;

namespace {

QByteArray genesisJson(int sealers, quint64 chainId = 7)
{
    QJsonArray keys;
    for (int i = 0; i < sealers; ++i)
        keys << hex::encode(crypto::sm3(QByteArray("sealer") + char('0' + i)));
    return QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), static_cast<qint64>(chainId) }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), keys },
            { QStringLiteral("operator"), QString(40, u'1') }, { QStringLiteral("contractAddress"), QString(40, u'c') },
            { QStringLiteral("institutions"), QJsonArray() } })
        .toJson();
}

} // namespace

class TestDevnetChain final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void genesisHashIsAFunctionOfTheFile();
    void genesisRejectsBadFiles();
    void admissionRejections_data();
    void admissionRejections();
    void sealedBlockIsConsistent();
    void failedTransactionLeavesNoState();
    void emptyPoolProducesNoBlock();
    void nonceReuseAfterCommitIsRejected();
    void restartContinuesTheSameChain();

private:
    tx::Transaction makeTx(const QByteArray &data, quint64 height = 0, quint64 chainId = 7, quint64 groupId = 1,
        const QByteArray &nonce = {});
    TxPool::ChainView view();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChainDb> m_db;
    Genesis m_genesis;
    test::RecordingExecutor m_executor;
    std::unique_ptr<BlockProducer> m_producer;
    crypto::Sm2PrivateKey m_user = crypto::Sm2PrivateKey::generate().value();
};

void TestDevnetChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = ChainDb::open(m_dir->path()).value();
    m_genesis = Genesis::parse(genesisJson(4)).value();
    m_producer = std::make_unique<BlockProducer>(*m_db, m_executor, m_genesis.sealerKeys);
    QVERIFY(m_producer->writeGenesis(m_genesis.header()).ok());
}

tx::Transaction TestDevnetChain::makeTx(
    const QByteArray &data, quint64 height, quint64 chainId, quint64 groupId, const QByteArray &nonce)
{
    tx::Request req;
    req.to = QByteArray(20, 'c');
    req.data = data;
    req.currentBlock = height;
    req.chainId = chainId;
    req.groupId = groupId;
    req.nonce = nonce;
    return tx::buildSigned(req, m_user).value();
}

TxPool::ChainView TestDevnetChain::view()
{
    return { static_cast<quint64>(m_db->height()),
        [this](const QByteArray &n, qint64 since) { return m_db->nonceUsedSince(n, since); },
        [this](const QByteArray &h) { return m_db->transaction(h).has_value(); } };
}

void TestDevnetChain::genesisHashIsAFunctionOfTheFile()
{
    const QByteArray a = Genesis::parse(genesisJson(4)).value().header().hash();
    QCOMPARE(Genesis::parse(genesisJson(4)).value().header().hash(), a);
    QVERIFY(Genesis::parse(genesisJson(4, 8)).value().header().hash() != a);
    QVERIFY(Genesis::parse(genesisJson(3)).value().header().hash() != a);
    QCOMPARE(m_db->hash(0), a);
    QCOMPARE(m_genesis.header().sealerList.size(), 4);
    QCOMPARE(m_genesis.header().transactionsRoot, crypto::sm3(QByteArray()));
}

void TestDevnetChain::genesisRejectsBadFiles()
{
    QVERIFY(!Genesis::parse("not json").ok());
    QJsonObject o = QJsonDocument::fromJson(genesisJson(1)).object();
    o.insert(QStringLiteral("sealerKeys"), QJsonArray());
    QVERIFY(!Genesis::parse(QJsonDocument(o).toJson()).ok());
    o = QJsonDocument::fromJson(genesisJson(1)).object();
    o.insert(QStringLiteral("operator"), QStringLiteral("0x12"));
    QVERIFY(!Genesis::parse(QJsonDocument(o).toJson()).ok());
    o = QJsonDocument::fromJson(genesisJson(1)).object();
    o.insert(QStringLiteral("institutions"),
        QJsonArray { QJsonObject { { QStringLiteral("account"), QString(40, u'2') },
            { QStringLiteral("publicKey"), hex::encode(m_user.publicKey().raw()) },
            { QStringLiteral("name"), QStringLiteral("Bank") }, { QStringLiteral("role"), 3 } } });
    auto r = Genesis::parse(QJsonDocument(o).toJson()); // key does not hash to the account
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("publicKey")));
    QCOMPARE(Genesis::load(m_dir->filePath(QStringLiteral("absent.json"))).error().kind, ErrorKind::NotFound);
}

void TestDevnetChain::admissionRejections_data()
{
    QTest::addColumn<QString>("word");
    for (const char *w :
        { "InvalidChainId", "InvalidGroupId", "BlockLimitCheckFailed", "BlockLimitTooFar", "TransactionNonceCheckFail",
            "InvalidSignature", "AlreadyKnown", "Malformed", "OverMaxTransactionSize", "TransactionPoolIsFull" })
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestDevnetChain::admissionRejections()
{
    QFETCH(QString, word);
    AdmissionRules rules;
    rules.chainId = 7;
    rules.poolLimit = word == QStringLiteral("TransactionPoolIsFull") ? 1 : 100;
    rules.maxTransactionSize = 2000;
    TxPool pool(rules);
    QByteArray raw;
    if (word == QStringLiteral("InvalidChainId")) {
        raw = makeTx("a", 0, 8).encode();
    } else if (word == QStringLiteral("InvalidGroupId")) {
        raw = makeTx("a", 0, 7, 2).encode();
    } else if (word == QStringLiteral("BlockLimitCheckFailed")) {
        tx::Transaction t = makeTx("a");
        t.blockLimit = QByteArray(); // 0 ≤ height 0
        QVERIFY(t.sign(m_user).ok());
        raw = t.encode();
    } else if (word == QStringLiteral("BlockLimitTooFar")) {
        word = QStringLiteral("BlockLimitCheckFailed");
        raw = makeTx("a", 600).encode(); // blockLimit 1100 > 0 + 1000
    } else if (word == QStringLiteral("TransactionNonceCheckFail")) {
        QVERIFY(pool.admit(makeTx("a", 0, 7, 1, "\x05").encode(), view()).ok());
        raw = makeTx("b", 0, 7, 1, "\x05").encode();
    } else if (word == QStringLiteral("InvalidSignature")) {
        tx::Transaction t = makeTx("a");
        t.data = "b"; // signed over "a"
        raw = t.encode();
    } else if (word == QStringLiteral("AlreadyKnown")) {
        raw = makeTx("a").encode();
        QVERIFY(pool.admit(raw, view()).ok());
    } else if (word == QStringLiteral("Malformed")) {
        raw = "\xc0";
    } else if (word == QStringLiteral("OverMaxTransactionSize")) {
        raw = makeTx(QByteArray(3000, 'x')).encode();
    } else if (word == QStringLiteral("TransactionPoolIsFull")) {
        QVERIFY(pool.admit(makeTx("a").encode(), view()).ok());
        raw = makeTx("b").encode();
    }
    const qsizetype before = pool.size();
    auto r = pool.admit(raw, view());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rejected);
    QVERIFY2(r.error().message.startsWith(word + u':'), qPrintable(r.error().message));
    QCOMPARE(pool.size(), before);
}

void TestDevnetChain::sealedBlockIsConsistent()
{
    TxPool pool(AdmissionRules { 7, 1, tx::kMaxRawSize, 100, 1000 });
    for (const char *d : { "one", "two", "three" })
        QVERIFY(pool.admit(makeTx(d).encode(), view()).ok());
    auto n = m_producer->seal(pool.take(100));
    QVERIFY2(n.ok(), qPrintable(n ? QString() : n.error().message));
    QCOMPARE(*n, quint64(1));
    const auto h = m_db->header(1).value();
    QCOMPARE(h.parentHash, m_db->hash(0));
    QCOMPARE(h.hash(), m_db->hash(1));
    QVERIFY(h.timestamp > m_genesis.timestamp);
    const auto txs = m_db->transactionHashes(1);
    QCOMPARE(txs.size(), 3);
    QCOMPARE(h.transactionsRoot, merkle::root(txs));
    QList<QByteArray> receiptHashes;
    for (const auto &t : txs)
        receiptHashes << m_db->receipt(t)->hash();
    QCOMPARE(h.receiptsRoot, merkle::root(receiptHashes));
    QCOMPARE(m_db->receipt(txs[0])->logs.size(), 1);
    const auto sigs = m_db->signatures(1);
    QCOMPARE(sigs.size(), 4);
    for (const auto &s : sigs) {
        auto pub = crypto::Sm2PublicKey::fromRaw(h.sealerList[static_cast<qsizetype>(s.index)]);
        QVERIFY(pub->verify(h.hash(), s.signature.left(64)));
        QCOMPARE(s.signature.mid(64), h.sealerList[static_cast<qsizetype>(s.index)]);
    }
    QCOMPARE(m_db->stateGet("two").value(), m_user.address());
}

void TestDevnetChain::failedTransactionLeavesNoState()
{
    TxPool pool(AdmissionRules { 7, 1, tx::kMaxRawSize, 100, 1000 });
    QVERIFY(pool.admit(makeTx("fail-me").encode(), view()).ok());
    QVERIFY(pool.admit(makeTx("keep-me").encode(), view()).ok());
    QVERIFY(m_producer->seal(pool.take(100)).ok());
    QVERIFY(!m_db->stateGet("fail-me").has_value());
    QVERIFY(m_db->stateGet("keep-me").has_value());
    const auto txs = m_db->transactionHashes(1);
    QCOMPARE(m_db->receipt(txs[0])->status, quint64(chain::kStatusRevert));
    QVERIFY(m_db->receipt(txs[0])->logs.isEmpty());
    QCOMPARE(m_db->receipt(txs[1])->status, quint64(chain::kStatusSuccess));
}

void TestDevnetChain::emptyPoolProducesNoBlock()
{
    QCOMPARE(m_producer->seal({}).value(), quint64(0));
    QCOMPARE(m_db->height(), 0);
}

void TestDevnetChain::nonceReuseAfterCommitIsRejected()
{
    TxPool pool(AdmissionRules { 7, 1, tx::kMaxRawSize, 100, 1000 });
    QVERIFY(pool.admit(makeTx("a", 0, 7, 1, "\x09").encode(), view()).ok());
    QVERIFY(m_producer->seal(pool.take(10)).ok());
    auto again = pool.admit(makeTx("b", 1, 7, 1, "\x09").encode(), view());
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.startsWith(QStringLiteral("TransactionNonceCheckFail")));
    const auto committed = m_db->transactionHashes(1).first();
    auto dup = pool.admit(m_db->transaction(committed)->raw, view());
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().message.startsWith(QStringLiteral("AlreadyInChain")));
}

void TestDevnetChain::restartContinuesTheSameChain()
{
    TxPool pool(AdmissionRules { 7, 1, tx::kMaxRawSize, 100, 1000 });
    QVERIFY(pool.admit(makeTx("x").encode(), view()).ok());
    QVERIFY(m_producer->seal(pool.take(10)).ok());
    const QByteArray h0 = m_db->hash(0), h1 = m_db->hash(1);
    m_producer.reset();
    m_db.reset();
    m_db = ChainDb::open(m_dir->path()).value();
    QCOMPARE(m_db->height(), 1);
    QCOMPARE(m_db->hash(0), h0);
    QCOMPARE(m_db->hash(1), h1);
    m_producer = std::make_unique<BlockProducer>(*m_db, m_executor, m_genesis.sealerKeys);
    QCOMPARE(m_producer->nextSealerList().size(), 4);
    QVERIFY(pool.admit(makeTx("y", 1).encode(), view()).ok());
    QCOMPARE(m_producer->seal(pool.take(10)).value(), quint64(2));
    QCOMPARE(m_db->header(2)->parentHash, h1);
}

QTEST_GUILESS_MAIN(TestDevnetChain)
#include "TestDevnetChain.moc"
