// SPDX-License-Identifier: Apache-2.0
// The document store's write signature (docs/DOCUMENT_STORE.md "Signed
// writes"): the exact signed bytes, the headers, and the signature checked by
// OpenSSL's SM2 with FISCO's signing ID — through core/crypto with the public
// key of the GB/T 32918 vector, and by the openssl command itself.
#include "Vectors.h"
#include "chain/DocumentStoreRefusal.h"
#include "chain/DocumentWriteSignature.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm2Signature.h"
#include "crypto/Sm3.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::chain::docstore;

namespace {
constexpr qint64 kTimestamp = 1764921600123; // 2025-12-05T08:00:00.123Z
}

class TestDocumentWriteSignature final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signedBytesAreTheDocumentedText();
    void signatureVerifiesWithTheVectorKeyAndFiscoId();
    void headersReadBack();
    void anyChangedFieldFailsVerification();
    void openSslCommandVerifiesIt();
    void refusalCodesRoundTrip();

private:
    QJsonObject m_vector;
    crypto::Sm2PrivateKey m_key;
    QByteArray m_body = "%PDF-1.7 a report";
    QByteArray m_name;
};

void TestDocumentWriteSignature::initTestCase()
{
    m_vector = test::loadVectors(QStringLiteral("sm-crypto.json")).value(QStringLiteral("sm2_sign")).toObject();
    auto key = crypto::Sm2PrivateKey::fromRaw(test::hexField(m_vector, QStringLiteral("d")));
    QVERIFY(key.ok());
    m_key = *key;
    m_name = crypto::sm3(m_body);
}

void TestDocumentWriteSignature::signedBytesAreTheDocumentedText()
{
    const QByteArray abc = QByteArray::fromHex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    QCOMPARE(crypto::sm3("abc"), abc); // GB/T 32905 A.1, the name used below
    QCOMPARE(signedBytes("PUT", abc, abc, kTimestamp),
        QByteArray("credit-docstore-write/1\nPUT\n"
                   "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\n"
                   "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0\n"
                   "1764921600123"));
}

void TestDocumentWriteSignature::signatureVerifiesWithTheVectorKeyAndFiscoId()
{
    auto auth = signPut(m_key, m_name, m_name, kTimestamp);
    QVERIFY(auth.ok());
    QCOMPARE(QByteArray("0x" + auth->account.toHex()),
        m_vector.value(QStringLiteral("fisco_address_sm3_of_pub64")).toString().toLatin1());
    QCOMPARE(auth->signature.size(), 128);
    auto wire = crypto::parseFiscoSignature(auth->signature);
    QVERIFY(wire.ok());
    // The vector's public key (not one derived here) verifies r ‖ s with ID 1234567812345678 only.
    auto pub = crypto::Sm2PublicKey::fromUncompressed(test::hexField(m_vector, QStringLiteral("pub")));
    QVERIFY(pub.ok());
    QCOMPARE(wire->publicKey, pub->raw());
    const QByteArray message = signedBytes("PUT", m_name, m_name, kTimestamp);
    QVERIFY(pub->verify(message, wire->rs(), m_vector.value(QStringLiteral("id")).toString().toLatin1()));
    QVERIFY(!pub->verify(message, wire->rs(), QByteArrayView("")));
    QVERIFY(verifies(*auth, "PUT", m_name, m_name));
}

void TestDocumentWriteSignature::headersReadBack()
{
    auto auth = signPut(m_key, m_name, m_name, kTimestamp);
    QVERIFY(auth.ok());
    const QList<QByteArray> lines = headerLines(*auth);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("X-Credit-Account: 0x2119e1ecc071c2f3d915245c8d9c5a2cb131a89d"));
    QCOMPARE(lines[1], QByteArray("X-Credit-Timestamp: 1764921600123"));
    QVERIFY(lines[2].startsWith("X-Credit-Signature: 0x"));
    const auto value = [](const QByteArray &line) { return line.mid(line.indexOf(':') + 1); };
    auto back = parseAuthorisation(value(lines[0]), value(lines[1]), value(lines[2]));
    QVERIFY(back.has_value());
    QCOMPARE(back->account, auth->account);
    QCOMPARE(back->timestampMs, kTimestamp);
    QCOMPARE(back->signature, auth->signature);
    // Each header out of its format is refused as a whole.
    QVERIFY(!parseAuthorisation("2119e1ecc071c2f3d915245c8d9c5a2cb131a89d", value(lines[1]), value(lines[2])));
    QVERIFY(!parseAuthorisation(value(lines[0]), "17649216001x3", value(lines[2])));
    QVERIFY(!parseAuthorisation(value(lines[0]), "-1", value(lines[2])));
    QVERIFY(!parseAuthorisation(value(lines[0]), "01764921600123", value(lines[2])));
    QVERIFY(!parseAuthorisation(value(lines[0]), value(lines[1]), value(lines[2]).chopped(2)));
}

void TestDocumentWriteSignature::anyChangedFieldFailsVerification()
{
    auto auth = signPut(m_key, m_name, m_name, kTimestamp);
    QVERIFY(auth.ok());
    const QByteArray other = crypto::sm3("another body");
    QVERIFY(!verifies(*auth, "PUT", other, m_name));
    QVERIFY(!verifies(*auth, "PUT", m_name, other));
    QVERIFY(!verifies(*auth, "GET", m_name, m_name));
    WriteAuthorisation later = *auth;
    later.timestampMs += 1;
    QVERIFY(!verifies(later, "PUT", m_name, m_name));
    // A valid signature claimed for another account: the key's address decides.
    WriteAuthorisation borrowed = *auth;
    borrowed.account = crypto::Sm2PrivateKey::generate()->address();
    QVERIFY(!verifies(borrowed, "PUT", m_name, m_name));
}

void TestDocumentWriteSignature::openSslCommandVerifiesIt()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl command not installed (packaging/setup-debian.sh installs it)");
    auto auth = signPut(m_key, m_name, m_name, kTimestamp);
    QVERIFY(auth.ok());
    auto der = crypto::signatureRsToDer(auth->signature.left(64));
    QVERIFY(der.ok());
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    // SubjectPublicKeyInfo: id-ecPublicKey with the SM2 curve (1.2.156.10197.1.301), then 04 ‖ x ‖ y.
    const QByteArray spki = QByteArray::fromHex("3059301306072a8648ce3d020106082a811ccf5501822d03420004")
        + test::hexField(m_vector, QStringLiteral("pub")).mid(1);
    QVERIFY(write(QStringLiteral("pub.der"), spki));
    QVERIFY(write(QStringLiteral("sig.der"), *der));
    QVERIFY(write(QStringLiteral("signed.txt"), signedBytes("PUT", m_name, m_name, kTimestamp)));
    QVERIFY(write(QStringLiteral("other.txt"), signedBytes("PUT", m_name, m_name, kTimestamp + 1)));
    const auto verify = [&](const QString &message) {
        QProcess p;
        p.start(openssl,
            { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                dir.filePath(QStringLiteral("pub.der")), QStringLiteral("-keyform"), QStringLiteral("DER"),
                QStringLiteral("-rawin"), QStringLiteral("-digest"), QStringLiteral("sm3"), QStringLiteral("-pkeyopt"),
                QStringLiteral("distid:1234567812345678"), QStringLiteral("-in"), dir.filePath(message),
                QStringLiteral("-sigfile"), dir.filePath(QStringLiteral("sig.der")) });
        return p.waitForFinished(30000) ? p.exitCode() : -1;
    };
    QCOMPARE(verify(QStringLiteral("signed.txt")), 0);
    QVERIFY(verify(QStringLiteral("other.txt")) != 0);
}

void TestDocumentWriteSignature::refusalCodesRoundTrip()
{
    for (int i = 0; i <= int(Refusal::StoreError); ++i) {
        const auto refusal = Refusal(i);
        QCOMPARE(refusalFromCode(codeOf(refusal)), std::optional<Refusal>(refusal));
        QVERIFY(!adviceFor(refusal).isEmpty());
    }
    QCOMPARE(codeOf(Refusal::ReplayedSignature), QByteArrayView("replayed-signature"));
    QCOMPARE(httpStatusOf(Refusal::Unsigned), 401);
    QCOMPARE(httpStatusOf(Refusal::InactiveInstitution), 403);
    QCOMPARE(httpStatusOf(Refusal::QuotaExceeded), 429);
    QCOMPARE(httpStatusOf(Refusal::StoreFull), 507);
    QVERIFY(!refusalFromCode("no-such-rule").has_value());
}

QTEST_MAIN(TestDocumentWriteSignature)
#include "TestDocumentWriteSignature.moc"
