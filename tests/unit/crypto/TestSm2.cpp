// SPDX-License-Identifier: Apache-2.0
#include "Vectors.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm2Signature.h"
#include "crypto/Sm3.h"

#include <openssl/ec.h>
#include <openssl/evp.h>

#include <QTest>

using namespace credit;
using namespace credit::crypto;

class TestSm2 final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void annexKeyDerivesPublicKeyAndAddress();
    void annexSignatureVerifiesWithDefaultId();
    void zaMatchesStandardAndDigestVerifies();
    void emptyIdSignatureDoesNotVerify();
    void openSslKey1RawDigestVerify();
    void signVerifyRoundTrip();
    void tamperedInputsFail();
    void derConversions();
    void rejectsOutOfRangePrivateKeys_data();
    void rejectsOutOfRangePrivateKeys();
    void rejectsBadPublicKeys();
    void rejectsEcKeysOnOtherCurves();
    void adoptsEcTypedKeyOnSm2Curve();
    void fiscoWireForm();

private:
    QJsonObject m_sign;
    QJsonObject m_key1;
};

namespace {

// GB/T 32918.5 recommended curve parameters, written out independently of
// OpenSSL so Z_A is computed here from the standard's own formula.
const QByteArray kA = QByteArray::fromHex("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC");
const QByteArray kB = QByteArray::fromHex("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93");
const QByteArray kGx = QByteArray::fromHex("32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7");
const QByteArray kGy = QByteArray::fromHex("BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0");
const QByteArray kN = QByteArray::fromHex("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123");

QByteArray za(const QByteArray &id, const QByteArray &pub64)
{
    const int bits = static_cast<int>(id.size()) * 8;
    QByteArray entl;
    entl.append(static_cast<char>((bits >> 8) & 0xff));
    entl.append(static_cast<char>(bits & 0xff));
    return sm3(entl + id + kA + kB + kGx + kGy + pub64);
}

QByteArray bigEndianMinus(const QByteArray &value, int delta)
{
    QByteArray out = value;
    int borrow = delta;
    for (qsizetype i = out.size() - 1; i >= 0 && borrow != 0; --i) {
        int v = static_cast<unsigned char>(out[i]) - borrow;
        borrow = 0;
        if (v < 0) {
            v += 256;
            borrow = 1;
        }
        out[i] = static_cast<char>(v);
    }
    return out;
}

} // namespace

void TestSm2::initTestCase()
{
    const auto all = test::loadVectors(QStringLiteral("sm-crypto.json"));
    m_sign = all.value(QStringLiteral("sm2_sign")).toObject();
    m_key1 = all.value(QStringLiteral("openssl_evppkey_sm2_key1")).toObject();
    QVERIFY(!m_sign.isEmpty());
    QVERIFY(!m_key1.isEmpty());
}

void TestSm2::annexKeyDerivesPublicKeyAndAddress()
{
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_sign, QStringLiteral("d")));
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    const QByteArray pub65 = test::hexField(m_sign, QStringLiteral("pub"));
    QCOMPARE(key->publicKey().raw(), pub65.mid(1));
    QCOMPARE(QByteArray("0x" + key->address().toHex()),
        m_sign.value(QStringLiteral("fisco_address_sm3_of_pub64")).toString().toLatin1());
    QCOMPARE(addressOf(pub65.mid(1)), key->address());
    QCOMPARE(QByteArrayView(key->rawPrivate().view()).toByteArray(), test::hexField(m_sign, QStringLiteral("d")));
}

void TestSm2::annexSignatureVerifiesWithDefaultId()
{
    auto pub = Sm2PublicKey::fromUncompressed(test::hexField(m_sign, QStringLiteral("pub")));
    QVERIFY(pub.ok());
    const QByteArray msg = m_sign.value(QStringLiteral("msg_ascii")).toString().toLatin1();
    const QByteArray rs = test::hexField(m_sign, QStringLiteral("r")) + test::hexField(m_sign, QStringLiteral("s"));
    QCOMPARE(m_sign.value(QStringLiteral("id")).toString().toLatin1(), kSm2DefaultId.toByteArray());
    QVERIFY(pub->verify(msg, rs));
    QVERIFY(pub->verify(msg, rs, kSm2DefaultId));
    QVERIFY(!pub->verify(msg, rs, ""));
    QVERIFY(!pub->verify(msg + "!", rs));
}

void TestSm2::zaMatchesStandardAndDigestVerifies()
{
    const QByteArray pub64 = test::hexField(m_sign, QStringLiteral("pub")).mid(1);
    const QByteArray zaDefault = za(kSm2DefaultId.toByteArray(), pub64);
    QCOMPARE(zaDefault, test::hexField(m_sign, QStringLiteral("za")));
    QCOMPARE(za(QByteArray(), pub64), test::hexField(m_sign, QStringLiteral("za_if_id_empty")));
    const QByteArray msg = m_sign.value(QStringLiteral("msg_ascii")).toString().toLatin1();
    const QByteArray e = sm3(zaDefault + msg);
    QCOMPARE(e, test::hexField(m_sign, QStringLiteral("e")));

    auto pub = Sm2PublicKey::fromRaw(pub64);
    QVERIFY(pub.ok());
    const QByteArray rs = test::hexField(m_sign, QStringLiteral("r")) + test::hexField(m_sign, QStringLiteral("s"));
    QVERIFY(pub->verifyDigest(e, rs));
    QVERIFY(!pub->verifyDigest(sm3(za(QByteArray(), pub64) + msg), rs));

    // Our own signatures are over the same e: the ID really enters Z_A.
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_sign, QStringLiteral("d")));
    auto ours = key->sign(msg);
    QVERIFY(ours.ok());
    QVERIFY(pub->verifyDigest(e, *ours));
}

void TestSm2::emptyIdSignatureDoesNotVerify()
{
    auto key = Sm2PrivateKey::generate();
    QVERIFY(key.ok());
    const QByteArray msg = "header hash stand-in";
    auto sigEmptyId = key->sign(msg, "");
    QVERIFY(sigEmptyId.ok());
    QVERIFY(!key->publicKey().verify(msg, *sigEmptyId)); // default ID: must fail
    QVERIFY(key->publicKey().verify(msg, *sigEmptyId, "")); // it is a valid empty-ID signature

    // And OpenSSL's default (no ID set at all) is the empty-ID behaviour we guard against.
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    QVERIFY(EVP_DigestSignInit_ex(mctx, nullptr, "SM3", nullptr, nullptr, evpOf(*key), nullptr) == 1);
    unsigned char der[80];
    size_t len = sizeof der;
    QVERIFY(EVP_DigestSign(mctx, der, &len, reinterpret_cast<const unsigned char *>(msg.constData()),
                static_cast<size_t>(msg.size()))
        == 1);
    EVP_MD_CTX_free(mctx);
    auto rs = signatureDerToRs(QByteArrayView(reinterpret_cast<const char *>(der), static_cast<qsizetype>(len)));
    QVERIFY(rs.ok());
    QVERIFY(!key->publicKey().verify(msg, *rs));
}

void TestSm2::openSslKey1RawDigestVerify()
{
    auto key = Sm2PrivateKey::fromRaw(test::hexField(m_key1, QStringLiteral("d")));
    QVERIFY(key.ok());
    QCOMPARE(key->publicKey().raw(), test::hexField(m_key1, QStringLiteral("pub")).mid(1));
    auto rs = signatureDerToRs(test::hexField(m_key1, QStringLiteral("verify_sig_der")));
    QVERIFY(rs.ok());
    QVERIFY(key->publicKey().verifyDigest(test::hexField(m_key1, QStringLiteral("verify_e")), *rs));
    QByteArray wrongE = test::hexField(m_key1, QStringLiteral("verify_e"));
    wrongE[0] = static_cast<char>(wrongE[0] ^ 1);
    QVERIFY(!key->publicKey().verifyDigest(wrongE, *rs));
}

void TestSm2::signVerifyRoundTrip()
{
    for (int i = 0; i < 20; ++i) {
        auto key = Sm2PrivateKey::generate();
        QVERIFY(key.ok());
        const QByteArray msg = QByteArray::number(i).repeated(i);
        auto sig = key->sign(msg);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), kSm2SignatureSize);
        QVERIFY(key->publicKey().verify(msg, *sig));
        // A key rebuilt from its raw bytes is the same key.
        auto again = Sm2PrivateKey::fromRaw(key->rawPrivate().view());
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey().raw(), key->publicKey().raw());
        QVERIFY(again->publicKey().verify(msg, *sig));
    }
}

void TestSm2::tamperedInputsFail()
{
    auto key = Sm2PrivateKey::generate();
    auto other = Sm2PrivateKey::generate();
    const QByteArray msg = "order 42 accepted";
    QByteArray sig = key->sign(msg).value();
    QVERIFY(!other->publicKey().verify(msg, sig));
    for (int i = 0; i < sig.size(); i += 7) {
        QByteArray bad = sig;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        QVERIFY(!key->publicKey().verify(msg, bad));
    }
    QVERIFY(!key->publicKey().verify(msg, sig.left(63)));
    QVERIFY(!key->publicKey().verify(msg, sig + '\0'));
    QVERIFY(!key->publicKey().verify(msg, QByteArray(64, '\0')));
    QVERIFY(!Sm2PublicKey().verify(msg, sig));
}

void TestSm2::derConversions()
{
    const QByteArray rs = test::hexField(m_sign, QStringLiteral("r")) + test::hexField(m_sign, QStringLiteral("s"));
    auto der = signatureRsToDer(rs);
    QVERIFY(der.ok());
    QCOMPARE(static_cast<unsigned char>(der->at(0)), 0x30u);
    QCOMPARE(signatureDerToRs(*der).value(), rs);
    // r with the top bit set gets a 00 pad in DER; small r loses its zeros.
    QByteArray small(64, '\0');
    small[31] = 1;
    small[63] = 2;
    QCOMPARE(signatureRsToDer(small).value().toHex(), QByteArray("3006020101020102"));
    QCOMPARE(signatureDerToRs(QByteArray::fromHex("3006020101020102")).value(), small);
    QVERIFY(!signatureDerToRs(der.value() + '\0').ok()); // trailing byte
    QVERIFY(!signatureDerToRs(der->left(der->size() - 1)).ok()); // truncated
    QVERIFY(!signatureDerToRs(QByteArray::fromHex("300602010102")).ok());
    QVERIFY(!signatureRsToDer(rs.left(10)).ok());
    // 33-byte r does not fit.
    QVERIFY(!signatureDerToRs(QByteArray::fromHex("302602210101" + QByteArray(62, '0') + "020102")).ok());
}

void TestSm2::rejectsOutOfRangePrivateKeys_data()
{
    QTest::addColumn<QByteArray>("d");
    QTest::newRow("zero") << QByteArray(32, '\0');
    QTest::newRow("n-1") << bigEndianMinus(kN, 1);
    QTest::newRow("n") << kN;
    QTest::newRow("all ff") << QByteArray(32, '\xff');
    QTest::newRow("31 bytes") << QByteArray(31, '\x01');
    QTest::newRow("33 bytes") << QByteArray(33, '\x01');
}

void TestSm2::rejectsOutOfRangePrivateKeys()
{
    QFETCH(QByteArray, d);
    auto key = Sm2PrivateKey::fromRaw(d);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::InvalidInput);
    QVERIFY(Sm2PrivateKey::fromRaw(bigEndianMinus(kN, 2)).ok()); // n−2 is the largest valid scalar
}

void TestSm2::rejectsBadPublicKeys()
{
    QByteArray pub = test::hexField(m_sign, QStringLiteral("pub")).mid(1);
    QVERIFY(Sm2PublicKey::fromRaw(pub).ok());
    QByteArray offCurve = pub;
    offCurve[63] = static_cast<char>(offCurve[63] ^ 1);
    QCOMPARE(Sm2PublicKey::fromRaw(offCurve).error().kind, ErrorKind::InvalidInput);
    QVERIFY(!Sm2PublicKey::fromRaw(pub.left(63)).ok());
    QVERIFY(!Sm2PublicKey::fromRaw(QByteArray(64, '\0')).ok());
    QVERIFY(!Sm2PublicKey::fromUncompressed(QByteArray(1, '\x02') + pub).ok());
}

void TestSm2::rejectsEcKeysOnOtherCurves()
{
    EVP_PKEY *p256 = EVP_EC_gen("P-256");
    QVERIFY(p256);
    auto key = Sm2PrivateKey::adopt(p256);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Unsupported);
    QVERIFY(key.error().message.contains(QStringLiteral("prime256v1")));

    EVP_PKEY *ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    QVERIFY(ed);
    QCOMPARE(Sm2PrivateKey::adopt(ed).error().kind, ErrorKind::Unsupported);
}

void TestSm2::adoptsEcTypedKeyOnSm2Curve()
{
    EVP_PKEY *ec = EVP_EC_gen("SM2");
    QVERIFY(ec);
    QVERIFY(EVP_PKEY_is_a(ec, "EC"));
    auto key = Sm2PrivateKey::adopt(ec);
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    QVERIFY(EVP_PKEY_is_a(evpOf(*key), "SM2"));
    const QByteArray msg = "signed with Z_A after re-import";
    auto sig = key->sign(msg);
    QVERIFY(sig.ok());
    QVERIFY(key->publicKey().verifyDigest(sm3(za(kSm2DefaultId.toByteArray(), key->publicKey().raw()) + msg), *sig));
}

void TestSm2::fiscoWireForm()
{
    auto key = Sm2PrivateKey::generate();
    const QByteArray rs = key->sign("x").value();
    const QByteArray wire = rs + key->publicKey().raw();
    auto parsed = parseFiscoSignature(wire);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->rs(), rs);
    QCOMPARE(parsed->publicKey, key->publicKey().raw());
    QCOMPARE(parsed->wire(), wire);
    QVERIFY(!parseFiscoSignature(wire.left(127)).ok());
}

QTEST_GUILESS_MAIN(TestSm2)
#include "TestSm2.moc"
