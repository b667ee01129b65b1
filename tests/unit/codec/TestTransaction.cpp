// SPDX-License-Identifier: Apache-2.0
#include "ShortKeyFixtures.h"
#include "Vectors.h"
#include "codec/Rlp.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"

#include <QTest>

#include <limits>

using namespace credit;

class TestTransaction final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fiscoVectorDecodes();
    void fiscoVectorHashSenderAndSignature();
    void fiscoVectorFailsWithEmptyId();
    void reEncodesByteForByte();
    void buildSignVerifyRoundTrip();
    void tamperedFieldsBreakTheSignature_data();
    void tamperedFieldsBreakTheSignature();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void nonceIsAtMost250Bits();
    void fixtureKeysStartWithZeroBytes();
    void shortPublicKeyIsLeftPaddedAndHashedAsReEncoded_data();
    void shortPublicKeyIsLeftPaddedAndHashedAsReEncoded();
    void acceptsWhatFiscoAccepts_data();
    void acceptsWhatFiscoAccepts();

private:
    QJsonObject m_vector;
    QByteArray m_raw;
};

void TestTransaction::initTestCase()
{
    m_vector = test::loadVectors(QStringLiteral("fisco-gm-tx.json"));
    m_raw = test::hexField(m_vector, QStringLiteral("raw_tx_hex"));
    QVERIFY(m_raw.size() > 200);
}

void TestTransaction::fiscoVectorDecodes()
{
    auto t = tx::Transaction::decode(m_raw);
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
    const auto f = m_vector.value(QStringLiteral("fields")).toObject();
    QCOMPARE(t->nonce, test::hexField(f, QStringLiteral("nonce")));
    QCOMPARE(t->gasPrice, test::hexField(f, QStringLiteral("gasPrice")));
    QCOMPARE(t->gas, test::hexField(f, QStringLiteral("gas")));
    QCOMPARE(t->blockLimit, test::hexField(f, QStringLiteral("blockLimit")));
    QCOMPARE(t->blockLimitValue(), quint64(0x01f5));
    QCOMPARE(t->to, test::hexField(f, QStringLiteral("to")));
    QCOMPARE(t->value, test::hexField(f, QStringLiteral("value")));
    QCOMPARE(t->data, test::hexField(f, QStringLiteral("data")));
    QCOMPARE(t->chainIdValue(), quint64(1));
    QCOMPARE(t->groupIdValue(), quint64(1));
    QCOMPARE(t->extraData, test::hexField(f, QStringLiteral("extraData")));
    QCOMPARE(t->publicKey, test::hexField(f, QStringLiteral("pub64")));
    QCOMPARE(t->r, test::hexField(f, QStringLiteral("r")));
    QCOMPARE(t->s, test::hexField(f, QStringLiteral("s")));
}

void TestTransaction::fiscoVectorHashSenderAndSignature()
{
    auto t = tx::Transaction::decode(m_raw).value();
    QCOMPARE(QByteArray("0x" + t.hash().toHex()), m_vector.value(QStringLiteral("tx_hash")).toString().toLatin1());
    QCOMPARE(QByteArray("0x" + t.sender().toHex()), m_vector.value(QStringLiteral("sender")).toString().toLatin1());
    QVERIFY(t.verifySignature());
}

void TestTransaction::fiscoVectorFailsWithEmptyId()
{
    auto t = tx::Transaction::decode(m_raw).value();
    auto pub = crypto::Sm2PublicKey::fromRaw(t.publicKey);
    QVERIFY(pub.ok());
    QVERIFY(pub->verify(t.signingHash(), t.signatureRs(), crypto::kSm2DefaultId));
    QVERIFY(!pub->verify(t.signingHash(), t.signatureRs(), ""));
}

void TestTransaction::reEncodesByteForByte()
{
    auto t = tx::Transaction::decode(m_raw).value();
    QCOMPARE(t.encode(), m_raw);
    QCOMPARE(tx::Transaction::decode(t.encode()).value(), t);
}

void TestTransaction::buildSignVerifyRoundTrip()
{
    auto key = crypto::Sm2PrivateKey::generate().value();
    tx::Request req;
    req.to = QByteArray(20, '\x11');
    req.data = QByteArray::fromHex("8fff0fc4");
    req.currentBlock = 1234;
    req.chainId = 7;
    req.groupId = 3;
    auto t = tx::buildSigned(req, key);
    QVERIFY(t.ok());
    QVERIFY(t->verifySignature());
    QCOMPARE(t->sender(), key.address());
    QCOMPARE(t->blockLimitValue(), quint64(1734));
    QCOMPARE(t->chainIdValue(), quint64(7));
    QCOMPARE(t->groupIdValue(), quint64(3));
    auto back = tx::Transaction::decode(t->encode());
    QVERIFY(back.ok());
    QCOMPARE(*back, *t);
    QVERIFY(back->verifySignature());
    QCOMPARE(back->hash(), t->hash());
    // Two builds differ by nonce and so by hash.
    QVERIFY(tx::buildSigned(req, key)->hash() != t->hash());
}

void TestTransaction::tamperedFieldsBreakTheSignature_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 10; ++i)
        QTest::newRow(qPrintable(QStringLiteral("field %1").arg(i))) << i;
}

void TestTransaction::tamperedFieldsBreakTheSignature()
{
    QFETCH(int, field);
    auto t = tx::Transaction::decode(m_raw).value();
    QByteArray *fields[] = { &t.nonce, &t.gasPrice, &t.gas, &t.blockLimit, &t.to, &t.value, &t.data, &t.chainId,
        &t.groupId, &t.extraData };
    QByteArray &f = *fields[field];
    const bool isInteger = field != 4 && field != 6 && field != 9;
    if (isInteger || f.isEmpty())
        f.append('\x01'); // a different value that is still canonical
    else
        f[f.size() - 1] = static_cast<char>(f[f.size() - 1] ^ 0x01);
    QVERIFY(!t.verifySignature());
    QVERIFY(t.hash() != tx::Transaction::decode(m_raw)->hash());
}

void TestTransaction::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    auto base = tx::Transaction::decode(m_raw).value();
    auto reencode = [](QList<QByteArray> fields) { return rlp::encodeList(fields); };
    auto parts = rlp::splitList(m_raw).value();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << m_raw.left(m_raw.size() - 1);
    QTest::newRow("trailing byte") << m_raw + '\0';
    QTest::newRow("12 fields") << reencode(parts.mid(0, 12));
    QTest::newRow("14 fields") << reencode(parts + QList<QByteArray> { rlp::encodeBytes("x") });
    auto shortTo = parts;
    shortTo[4] = rlp::encodeBytes(QByteArray(19, 'a'));
    QTest::newRow("19-byte to") << reencode(shortTo);
    auto longPub = parts;
    longPub[10] = rlp::encodeBytes(QByteArray(65, 'a'));
    QTest::newRow("65-byte pub") << reencode(longPub);
    auto zeroPadPub = parts;
    zeroPadPub[10] = rlp::encodeBytes(QByteArray(1, '\0') + base.publicKey);
    QTest::newRow("65-byte pub with a leading zero") << reencode(zeroPadPub);
    auto listPub = parts;
    listPub[10] = rlp::encodeList({});
    QTest::newRow("list as pub") << reencode(listPub);
    // toInt<u256>() refuses every non-canonical integer, whatever the field.
    const char *intNames[] = { "nonce", "gasPrice", "gas", "blockLimit", nullptr, "value", nullptr, "chainId",
        "groupId", nullptr, nullptr, "r", "s" };
    for (int i = 0; i < 13; ++i) {
        if (!intNames[i])
            continue;
        auto padded = parts;
        padded[i] = rlp::encodeBytes(QByteArray(1, '\0') + rlp::decode(parts[i])->bytes);
        QTest::newRow(qPrintable(QStringLiteral("leading zero %1").arg(QLatin1String(intNames[i]))))
            << reencode(padded);
        auto tooBig = parts;
        tooBig[i] = rlp::encodeBytes(QByteArray(33, '\x01'));
        QTest::newRow(qPrintable(QStringLiteral("33-byte %1").arg(QLatin1String(intNames[i])))) << reencode(tooBig);
    }
    auto zeroByteInt = parts;
    zeroByteInt[8] = QByteArray(1, '\0'); // the byte 00 as an integer: FISCO's isInt() says no
    QTest::newRow("00 as groupId") << reencode(zeroByteInt);
    auto nonCanonicalByte = parts;
    nonCanonicalByte[9] = QByteArray::fromHex("8105"); // 05 must be written as itself
    QTest::newRow("81 05 as extraData") << reencode(nonCanonicalByte);
    auto longTo = parts;
    longTo[4] = rlp::encodeBytes(QByteArray(21, 'a'));
    QTest::newRow("21-byte to") << reencode(longTo);
    auto listField = parts;
    listField[6] = rlp::encodeList({});
    QTest::newRow("list as data") << reencode(listField);
    QTest::newRow("not a list") << rlp::encodeBytes(m_raw);
    QTest::newRow("oversized") << QByteArray(tx::kMaxRawSize + 1, '\xc0');
}

void TestTransaction::rejectsMalformed()
{
    QFETCH(QByteArray, raw);
    auto t = tx::Transaction::decode(raw);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().kind, ErrorKind::InvalidInput);
    QVERIFY(t.error().message.startsWith(QStringLiteral("invalid transaction")));
}

void TestTransaction::nonceIsAtMost250Bits()
{
    for (int i = 0; i < 200; ++i) {
        const QByteArray n = tx::randomNonce();
        QVERIFY(n.size() <= 32);
        QVERIFY(n.isEmpty() || n[0] != 0);
        if (n.size() == 32)
            QVERIFY(static_cast<unsigned char>(n[0]) <= 0x03);
    }
}

void TestTransaction::fixtureKeysStartWithZeroBytes()
{
    const QByteArray pub00 = test::keyPub00().publicKey().raw();
    const QByteArray pub0000 = test::keyPub0000().publicKey().raw();
    QCOMPARE(pub00.size(), 64);
    QCOMPARE(pub00[0], '\0');
    QVERIFY(pub00[1] != '\0');
    QCOMPARE(test::keyAsInteger(pub00).size(), 63);
    QCOMPARE(pub0000.left(2), QByteArray(2, '\0'));
    QVERIFY(pub0000[2] != '\0');
    QCOMPARE(test::keyAsInteger(pub0000).size(), 62);
}

void TestTransaction::shortPublicKeyIsLeftPaddedAndHashedAsReEncoded_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<int>("wireKeySize");
    QTest::newRow("key 00…, sent as 63 bytes") << test::privateKeyPub00() << 63;
    QTest::newRow("key 0000…, sent as 62 bytes") << test::privateKeyPub0000() << 62;
}

void TestTransaction::shortPublicKeyIsLeftPaddedAndHashedAsReEncoded()
{
    QFETCH(QByteArray, privateKey);
    QFETCH(int, wireKeySize);
    const auto key = crypto::Sm2PrivateKey::fromRaw(privateKey).value();
    tx::Request req;
    req.to = QByteArray(20, '\x22');
    req.data = QByteArray::fromHex("8fff0fc4");
    req.currentBlock = 10;
    const auto signedTx = tx::buildSigned(req, key).value();
    // What an integer-writing SDK sends: the same fields, the key without its zero bytes.
    auto fields = rlp::splitList(signedTx.encode()).value();
    const QByteArray canonical = rlp::encodeList(fields);
    fields[10] = rlp::encodeBytes(test::keyAsInteger(key.publicKey().raw()));
    const QByteArray sent = rlp::encodeList(fields);
    QCOMPARE(rlp::decode(fields[10])->bytes.size(), wireKeySize);
    QVERIFY(sent.size() < canonical.size());

    auto t = tx::Transaction::decode(sent);
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->publicKey, key.publicKey().raw()); // left-padded to 64, as toHash<h512>() does
    QVERIFY(t->verifySignature());
    QCOMPARE(t->sender(), key.address());
    // FISCO hashes its re-encoding (key written as 64 bytes), not the bytes received.
    QCOMPARE(t->hash(), crypto::sm3(canonical));
    QVERIFY(t->hash() != crypto::sm3(sent));
    QCOMPARE(t->hash(), signedTx.hash());
    QCOMPARE(t->encode(), canonical);
}

void TestTransaction::acceptsWhatFiscoAccepts_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("1-byte key (padded; fails only at signature check)") << 10 << QByteArray(1, '\x05');
    QTest::newRow("empty key (padded to zero; InvalidSignature later)") << 10 << QByteArray();
    QTest::newRow("32-byte chainId (a u256)") << 7 << QByteArray(32, '\x01');
    QTest::newRow("32-byte blockLimit (a u256)") << 3 << QByteArray(32, '\x7f');
    QTest::newRow("empty r (zero; InvalidSignature later)") << 11 << QByteArray();
    QTest::newRow("single 00 byte as data") << 6 << QByteArray(1, '\0');
}

void TestTransaction::acceptsWhatFiscoAccepts()
{
    QFETCH(int, field);
    QFETCH(QByteArray, value);
    auto parts = rlp::splitList(m_raw).value();
    parts[field] = rlp::encodeBytes(value);
    auto t = tx::Transaction::decode(rlp::encodeList(parts));
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->publicKey.size(), 64);
    QVERIFY(!t->verifySignature());
    if (field == 7)
        QCOMPARE(t->chainIdValue(), std::numeric_limits<quint64>::max()); // never equals a real chain id
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
