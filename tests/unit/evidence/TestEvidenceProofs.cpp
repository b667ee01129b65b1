// SPDX-License-Identifier: Apache-2.0
// The proof edge cases that have broken other implementations, on real signed
// 国密 transactions (and FISCO's documented sample transaction): a block with
// a single transaction, the first transaction of a block, a transaction at
// index ≥ 16 (a two-level tree) and a block of more than 256 transactions
// (three levels). Each proof is carried through the bundle's JSON, as the
// verifier reads it, and must fold only at its own index and root.
#include "Vectors.h"
#include "codec/MerkleJson.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"

#include <QJsonArray>
#include <QTest>

using namespace credit;

namespace {

// n signed transactions of one key, as a block of n would hold them.
QList<tx::Transaction> signedTransactions(int n, const crypto::Sm2PrivateKey &key)
{
    QList<tx::Transaction> out;
    for (int i = 0; i < n; ++i) {
        tx::Request r;
        r.to = QByteArray(20, '\x71');
        r.data = QByteArray::number(i);
        r.currentBlock = 100;
        auto t = tx::buildSigned(r, key);
        if (!t)
            qFatal("signing failed: %s", qPrintable(t.error().message));
        out << *t;
    }
    return out;
}

// The proof of item `index`, carried through JSON like a bundle carries it.
merkle::Proof viaJson(const QList<QByteArray> &hashes, qsizetype index)
{
    const merkle::Proof proof = merkle::prove(hashes, index).value();
    return merkle::proofFromJson(merkle::proofToJson(proof)).value();
}

} // namespace

class TestEvidenceProofs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void singleTransactionBlock();
    void fiscoSampleTransactionInASingleTransactionBlock();
    void fiscoDocumentedProofShapeReads();
    void firstAndSixteenthAndLastOfALargeBlock_data();
    void firstAndSixteenthAndLastOfALargeBlock();

private:
    std::optional<crypto::Sm2PrivateKey> m_key;
    QList<QByteArray> m_hashes; //!< 300 real transaction hashes
};

void TestEvidenceProofs::initTestCase()
{
    auto key = crypto::Sm2PrivateKey::generate();
    QVERIFY(key.ok());
    m_key = *key;
    for (const tx::Transaction &t : signedTransactions(300, *m_key)) {
        // What the verifier does with a step's raw transaction: decode, check the signature, hash.
        auto decoded = tx::Transaction::decode(t.encode());
        QVERIFY(decoded.ok());
        QVERIFY(decoded->verifySignature());
        m_hashes << decoded->hash();
    }
}

void TestEvidenceProofs::singleTransactionBlock()
{
    const QList<QByteArray> one { m_hashes.first() };
    const QByteArray root = merkle::root(one);
    const merkle::Proof proof = viaJson(one, 0);
    QVERIFY(merkle::verify(proof, 0, one.first(), root).ok());
    // A single leaf has no siblings: nothing may be smuggled in beside it.
    merkle::Proof padded = proof;
    padded.first().right << QByteArray(32, '\0');
    QVERIFY(!merkle::verify(padded, 0, one.first(), root).ok());
    QVERIFY(!merkle::verify(proof, 0, m_hashes.at(1), root).ok());
}

void TestEvidenceProofs::fiscoSampleTransactionInASingleTransactionBlock()
{
    // FISCO's documented 国密 transaction (shared/vectors/fisco-gm-tx.json).
    const QJsonObject v = test::loadVectors(QStringLiteral("fisco-gm-tx.json"));
    auto t = tx::Transaction::decode(test::hexField(v, QStringLiteral("raw_tx_hex")));
    QVERIFY(t.ok());
    QVERIFY(t->verifySignature());
    QCOMPARE(t->hash(), QByteArray::fromHex(v.value(QStringLiteral("tx_hash")).toString().mid(2).toLatin1()));
    QCOMPARE(t->sender(), QByteArray::fromHex(v.value(QStringLiteral("sender")).toString().mid(2).toLatin1()));
    const QList<QByteArray> block { t->hash() };
    QVERIFY(merkle::verify(viaJson(block, 0), 0, t->hash(), merkle::root(block)).ok());
    // First of a block of 17 together with our own transactions: a two-level tree.
    QList<QByteArray> seventeen = block + m_hashes.mid(0, 16);
    QVERIFY(merkle::verify(viaJson(seventeen, 0), 0, t->hash(), merkle::root(seventeen)).ok());
    QVERIFY(!merkle::verify(viaJson(seventeen, 0), 0, t->hash(), merkle::root(block)).ok());
}

void TestEvidenceProofs::fiscoDocumentedProofShapeReads()
{
    // api.md's getTransactionByHashWithProof answer (shape kept, tests/vectors): the
    // proof of the only transaction of block 1 — one level, no siblings.
    const QJsonObject samples = test::loadVectors(QStringLiteral("fisco-rpc-samples.json"));
    const QJsonArray txProof = samples.value(QStringLiteral("getTransactionByHashWithProof"))
                                   .toObject()
                                   .value(QStringLiteral("txProof"))
                                   .toArray();
    auto proof = merkle::proofFromJson(txProof);
    QVERIFY2(proof.ok(), qPrintable(proof ? QString() : proof.error().message));
    QCOMPARE(proof->size(), 1);
    QVERIFY(proof->first().left.isEmpty() && proof->first().right.isEmpty());
    const QJsonArray receiptProof = samples.value(QStringLiteral("getTransactionReceiptByHashWithProof"))
                                        .toObject()
                                        .value(QStringLiteral("receiptProof"))
                                        .toArray();
    QVERIFY(merkle::proofFromJson(receiptProof).ok());
}

void TestEvidenceProofs::firstAndSixteenthAndLastOfALargeBlock_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("index");
    QTest::newRow("first of 20") << 20 << 0;
    QTest::newRow("index 15 of 20 (last of the first group)") << 20 << 15;
    QTest::newRow("index 16 of 20 (two-level tree)") << 20 << 16;
    QTest::newRow("index 19 of 20 (short last group)") << 20 << 19;
    QTest::newRow("first of 300") << 300 << 0;
    QTest::newRow("index 255 of 300") << 300 << 255;
    QTest::newRow("index 256 of 300 (third level)") << 300 << 256;
    QTest::newRow("last of 300") << 300 << 299;
}

void TestEvidenceProofs::firstAndSixteenthAndLastOfALargeBlock()
{
    QFETCH(int, blockSize);
    QFETCH(int, index);
    const QList<QByteArray> block = m_hashes.mid(0, blockSize);
    const QByteArray root = merkle::root(block);
    const merkle::Proof proof = viaJson(block, index);
    QVERIFY(merkle::verify(proof, index, block.at(index), root).ok());
    // Only at its own index, for its own transaction, under its own root.
    QVERIFY(!merkle::verify(proof, (index + 1) % blockSize, block.at(index), root).ok());
    QVERIFY(!merkle::verify(proof, index, block.at((index + 1) % blockSize), root).ok());
    QVERIFY(!merkle::verify(proof, index, block.at(index), merkle::root(m_hashes.mid(0, blockSize - 1))).ok());
    // A broken step at every level is caught.
    for (qsizetype level = 0; level < proof.size(); ++level) {
        merkle::Proof broken = proof;
        QList<QByteArray> &siblings = broken[level].left.isEmpty() ? broken[level].right : broken[level].left;
        if (siblings.isEmpty())
            continue;
        siblings.first()[0] = static_cast<char>(siblings.first()[0] ^ 1);
        QVERIFY2(!merkle::verify(broken, index, block.at(index), root).ok(), qPrintable(QString::number(level)));
    }
}

QTEST_GUILESS_MAIN(TestEvidenceProofs)
#include "TestEvidenceProofs.moc"
