// SPDX-License-Identifier: Apache-2.0
#include "Vectors.h"
#include "crypto/Sm2CipherFormat.h"
#include "crypto/Sm2Key.h"

#include <QTest>

using namespace credit;
using namespace credit::crypto;

class TestSm2Cipher final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void annexCDecryptsDer();
    void annexCDecryptsRawAfterConversion();
    void openSslKey1Decrypts();
    void roundTrips();
    void tamperingIsDetected();
    void wrongKeyFails();
    void malformedFormatsRejected();

private:
    QJsonObject m_enc;
    QJsonObject m_key1;
};

void TestSm2Cipher::initTestCase()
{
    const auto all = test::loadVectors(QStringLiteral("sm-crypto.json"));
    m_enc = all.value(QStringLiteral("sm2_encrypt")).toObject();
    m_key1 = all.value(QStringLiteral("openssl_evppkey_sm2_key1")).toObject();
}

void TestSm2Cipher::annexCDecryptsDer()
{
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_enc, QStringLiteral("d")));
    QVERIFY(key.ok());
    auto plain = key->decrypt(test::hexField(m_enc, QStringLiteral("der_gmt0009")));
    QVERIFY2(plain.ok(), qPrintable(plain ? QString() : plain.error().message));
    QCOMPARE(plain->view().toByteArray(), m_enc.value(QStringLiteral("msg_ascii")).toString().toLatin1());
}

void TestSm2Cipher::annexCDecryptsRawAfterConversion()
{
    const QByteArray raw = test::hexField(m_enc, QStringLiteral("c1")) + test::hexField(m_enc, QStringLiteral("c3"))
        + test::hexField(m_enc, QStringLiteral("c2"));
    const QByteArray der = test::hexField(m_enc, QStringLiteral("der_gmt0009"));
    QCOMPARE(sm2CipherDerToC1C3C2(der).value(), raw);
    QCOMPARE(sm2CipherC1C3C2ToDer(raw).value(), der); // byte-exact, incl. the 00 pad on y
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_enc, QStringLiteral("d")));
    QCOMPARE(key->decrypt(sm2CipherC1C3C2ToDer(raw).value()).value().view().toByteArray(),
        QByteArray("encryption standard"));
}

void TestSm2Cipher::openSslKey1Decrypts()
{
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_key1, QStringLiteral("d")));
    auto plain = key->decrypt(test::hexField(m_key1, QStringLiteral("decrypt_der")));
    QVERIFY(plain.ok());
    QCOMPARE(plain->view().toByteArray(), m_key1.value(QStringLiteral("decrypt_plain_ascii")).toString().toLatin1());
}

void TestSm2Cipher::roundTrips()
{
    auto key = Sm2PrivateKey::generate();
    for (int n : { 1, 31, 32, 48, 1000 }) {
        const QByteArray msg(n, static_cast<char>('a' + n % 26));
        auto der = key->publicKey().encrypt(msg);
        QVERIFY(der.ok());
        QCOMPARE(key->decrypt(*der).value().view().toByteArray(), msg);
        auto raw = sm2CipherDerToC1C3C2(*der);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 65 + 32 + n);
        QCOMPARE(sm2CipherC1C3C2ToDer(*raw).value(), *der);
    }
    // Fresh randomness every time.
    QVERIFY(key->publicKey().encrypt("same").value() != key->publicKey().encrypt("same").value());
}

void TestSm2Cipher::tamperingIsDetected()
{
    auto key = Sm2PrivateKey::generate();
    const QByteArray raw = sm2CipherDerToC1C3C2(key->publicKey().encrypt("sm4 key material 0123").value()).value();
    for (qsizetype pos : { qsizetype(70), qsizetype(96), raw.size() - 1 }) { // C3, C3 end, C2
        QByteArray bad = raw;
        bad[pos] = static_cast<char>(bad[pos] ^ 0x20);
        auto r = key->decrypt(sm2CipherC1C3C2ToDer(bad).value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Crypto);
    }
}

void TestSm2Cipher::wrongKeyFails()
{
    auto alice = Sm2PrivateKey::generate();
    auto bob = Sm2PrivateKey::generate();
    auto r = bob->decrypt(alice->publicKey().encrypt("for alice").value());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Crypto);
}

void TestSm2Cipher::malformedFormatsRejected()
{
    const QByteArray der = test::hexField(m_enc, QStringLiteral("der_gmt0009"));
    QVERIFY(!sm2CipherDerToC1C3C2(der + '\0').ok());
    QVERIFY(!sm2CipherDerToC1C3C2(der.left(20)).ok());
    QVERIFY(!sm2CipherDerToC1C3C2(QByteArray()).ok());
    QByteArray raw = test::hexField(m_enc, QStringLiteral("c1")) + test::hexField(m_enc, QStringLiteral("c3"))
        + test::hexField(m_enc, QStringLiteral("c2"));
    // raw.mid(1) would still start with 04 here (x begins with 04): only an
    // explicit non-04 lead byte is detectable, e.g. a compressed point.
    QByteArray compressed = raw;
    compressed[0] = 0x02;
    QVERIFY(!sm2CipherC1C3C2ToDer(compressed).ok());
    QVERIFY(!sm2CipherC1C3C2ToDer(raw.left(97)).ok()); // no C2
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_enc, QStringLiteral("d")));
    QCOMPARE(key->decrypt(QByteArray("garbage")).error().kind, ErrorKind::Crypto);
}

QTEST_GUILESS_MAIN(TestSm2Cipher)
#include "TestSm2Cipher.moc"
