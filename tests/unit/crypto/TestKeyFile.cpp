// SPDX-License-Identifier: Apache-2.0
#include "Vectors.h"
#include "crypto/KeyFile.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::crypto;

class TestKeyFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void saveLoadRoundTrip();
    void fileIsEncryptedAsSpecified();
    void wrongPasswordIsTyped();
    void neverWritesTheKeyInClear();
    void openSslCliReadsOurFile();
    void importsFiscoJavaSdkPkcs8();
    void importsSec1();
    void refusesOtherCurves();
    void refusesBadInput();
    void refusesHostileIterationCount();
    void oversizedFileRefused();

private:
    static QByteArray dataFile(const QString &name);
    QTemporaryDir m_dir;
    Sm2PrivateKey m_key;
};

QByteArray TestKeyFile::dataFile(const QString &name)
{
    QFile f(QStringLiteral(CREDIT_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

void TestKeyFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = Sm2PrivateKey::generate().value();
}

void TestKeyFile::saveLoadRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("bank.pem"));
    QVERIFY(keyfile::save(path, m_key, "correct horse 电池").ok());
    auto loaded = keyfile::load(path, "correct horse 电池");
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->publicKey().raw(), m_key.publicKey().raw());
    QCOMPARE(loaded->rawPrivate().view().toByteArray(), m_key.rawPrivate().view().toByteArray());
#ifndef Q_OS_WIN
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
#endif
}

void TestKeyFile::fileIsEncryptedAsSpecified()
{
    const QByteArray pem = keyfile::toEncryptedPem(m_key, "pw").value();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    auto info = keyfile::inspectPem(pem);
    QVERIFY(info.ok());
    QVERIFY(info->encrypted);
    QVERIFY(info->iterations >= 200000);
    QCOMPARE(info->iterations, keyfile::kDefaultIterations);
    QCOMPARE(info->prf, QStringLiteral("hmacWithSHA256"));
    QCOMPARE(info->cipher, QStringLiteral("SM4-CBC"));
    // Fresh salt and IV every time.
    QVERIFY(pem != keyfile::toEncryptedPem(m_key, "pw").value());
    QVERIFY(!keyfile::toEncryptedPem(m_key, "pw", 1000).ok());
}

void TestKeyFile::wrongPasswordIsTyped()
{
    const QByteArray pem = keyfile::toEncryptedPem(m_key, "right").value();
    for (const char *wrong : { "wrong", "", "righ", "right " }) {
        auto r = keyfile::fromEncryptedPem(pem, wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::WrongPassword);
    }
    QVERIFY(keyfile::fromEncryptedPem(pem, "right").ok()); // and still opens afterwards
}

void TestKeyFile::neverWritesTheKeyInClear()
{
    const QString path = m_dir.filePath(QStringLiteral("clear-check.pem"));
    QVERIFY(keyfile::save(path, m_key, "pw").ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const QByteArray body = QByteArray::fromBase64(text.split('\n').mid(1, text.count('\n') - 2).join());
    QVERIFY(body.size() > 100);
    QVERIFY(!body.contains(m_key.rawPrivate().view().toByteArray()));
    QVERIFY(!text.contains(m_key.rawPrivate().view().toByteArray().toHex()));
}

void TestKeyFile::openSslCliReadsOurFile()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl command not installed (packaging/setup-debian.sh installs it)");
    const QString path = m_dir.filePath(QStringLiteral("cli.pem"));
    QVERIFY(keyfile::save(path, m_key, "cli-pass").ok());
    QProcess p;
    p.start(openssl,
        { QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
            QStringLiteral("pass:cli-pass"), QStringLiteral("-pubout"), QStringLiteral("-outform"),
            QStringLiteral("DER") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    // SubjectPublicKeyInfo ends with the 65-byte uncompressed point.
    QCOMPARE(p.readAllStandardOutput().right(64), m_key.publicKey().raw());
}

void TestKeyFile::importsFiscoJavaSdkPkcs8()
{
    const auto sign = test::loadVectors(QStringLiteral("sm-crypto.json")).value(QStringLiteral("sm2_sign")).toObject();
    auto key = keyfile::importPlainPem(dataFile(QStringLiteral("annex-key-pkcs8.pem")));
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
    QCOMPARE(QByteArray("0x" + key->address().toHex()),
        sign.value(QStringLiteral("fisco_address_sm3_of_pub64")).toString().toLatin1());
    // It signs as SM2 with Z_A (verifies against the public key alone).
    const QByteArray sig = key->sign("imported").value();
    QVERIFY(Sm2PublicKey::fromRaw(key->publicKey().raw())->verify("imported", sig));
    // A plain key given to load() is refused with advice, not mistaken for a wrong password.
    auto asEncrypted = keyfile::fromEncryptedPem(dataFile(QStringLiteral("annex-key-pkcs8.pem")), "x");
    QCOMPARE(asEncrypted.error().kind, ErrorKind::InvalidInput);
    QVERIFY(asEncrypted.error().message.contains(QStringLiteral("import")));
    QVERIFY(!keyfile::inspectPem(dataFile(QStringLiteral("annex-key-pkcs8.pem"))).value().encrypted);
}

void TestKeyFile::importsSec1()
{
    auto key = keyfile::importPlainPem(dataFile(QStringLiteral("annex-key-sec1.pem")));
    QVERIFY(key.ok());
    QCOMPARE(key->address().toHex(), QByteArray("2119e1ecc071c2f3d915245c8d9c5a2cb131a89d"));
}

void TestKeyFile::refusesOtherCurves()
{
    auto key = keyfile::importPlainPem(dataFile(QStringLiteral("p256-key-pkcs8.pem")));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::Unsupported);
}

void TestKeyFile::refusesBadInput()
{
    QCOMPARE(keyfile::importPlainPem("hello").error().kind, ErrorKind::InvalidInput);
    QCOMPARE(keyfile::fromEncryptedPem("hello", "pw").error().kind, ErrorKind::InvalidInput);
    QByteArray pem = keyfile::toEncryptedPem(m_key, "pw").value();
    pem[60] = pem[60] == 'A' ? 'B' : 'A'; // damage the base64 body
    auto r = keyfile::fromEncryptedPem(pem, "pw");
    QVERIFY(!r.ok());
    QVERIFY(r.error().kind == ErrorKind::Corrupt || r.error().kind == ErrorKind::WrongPassword
        || r.error().kind == ErrorKind::Unsupported);
    QCOMPARE(keyfile::toEncryptedPem(m_key, "").error().kind, ErrorKind::InvalidInput);
    QCOMPARE(keyfile::load(m_dir.filePath(QStringLiteral("absent.pem")), "pw").error().kind, ErrorKind::NotFound);
}

void TestKeyFile::refusesHostileIterationCount()
{
    // A file that claims 2^31-1 PBKDF2 iterations would keep the app busy for
    // an hour; it is refused before any key derivation. Built directly with
    // OpenSSL's ASN.1 API (running the KDF to write it would take that hour).
    X509_ALGOR *pbe
        = PKCS5_pbe2_set_iv_ex(EVP_sm4_cbc(), 2147483647, nullptr, 16, nullptr, NID_hmacWithSHA256, nullptr);
    QVERIFY(pbe);
    X509_SIG *sig = X509_SIG_new();
    X509_ALGOR *alg = nullptr;
    ASN1_OCTET_STRING *digest = nullptr;
    X509_SIG_getm(sig, &alg, &digest);
    QVERIFY(X509_ALGOR_copy(alg, pbe) == 1);
    const unsigned char junk[48] = { 1, 2, 3 };
    QVERIFY(ASN1_OCTET_STRING_set(digest, junk, sizeof junk) == 1);
    BIO *bio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PKCS8(bio, sig) == 1);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    X509_SIG_free(sig);
    X509_ALGOR_free(pbe);

    QElapsedTimer t;
    t.start();
    auto r = keyfile::fromEncryptedPem(pem, "pw");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Unsupported);
    QVERIFY(r.error().message.contains(QStringLiteral("iterations")));
    QVERIFY(t.elapsed() < 5000);
}

void TestKeyFile::oversizedFileRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("big.pem"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(keyfile::kMaxFileSize + 1, 'A'));
    f.close();
    auto r = keyfile::load(path, "pw");
    QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    QVERIFY(r.error().message.contains(QStringLiteral("at most")));
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "TestKeyFile.moc"
