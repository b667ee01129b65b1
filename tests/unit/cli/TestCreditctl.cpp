// SPDX-License-Identifier: Apache-2.0
// Drives the real creditctl binary as a user or a script would.
#include "Vectors.h"
#include "crypto/Sm3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run creditctl(const QStringList &args, const QByteArray &password = "s3cret-口令")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (password.isNull())
        env.remove(QStringLiteral("CREDITCTL_PASSWORD"));
    else
        env.insert(QStringLiteral("CREDITCTL_PASSWORD"), QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITCTL_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("creditctl hung: %s", qPrintable(args.join(u' ')));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

} // namespace

class TestCreditctl final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyNewAndInfo();
    void keyNewRefusesOverwrite();
    void wrongPasswordIsClear();
    void keyInfoOnPlainSdkPem();
    void keyImportProtectsAPlainPem();
    void signThenVerify();
    void verifyRejectsBadInput();
    void encryptDecryptForTwoRecipients();
    void decryptRefusesOutsidersAndTampering();
    void txDecodeFiscoVector();
    void txDecodeRejectsGarbage();
    void usccVerdicts();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QJsonObject m_bank;
    QJsonObject m_bureau;
};

void TestCreditctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Run bank = creditctl({ QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("new"),
        QStringLiteral("--out"), path(QStringLiteral("bank.pem")) });
    QCOMPARE(bank.exitCode, 0);
    m_bank = bank.json();
    Run bureau = creditctl({ QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("new"),
                               QStringLiteral("--out"), path(QStringLiteral("bureau.pem")) },
        "bureau-pass");
    QCOMPARE(bureau.exitCode, 0);
    m_bureau = bureau.json();
}

void TestCreditctl::keyNewAndInfo()
{
    const QString pub = m_bank.value(QStringLiteral("publicKey")).toString();
    QCOMPARE(pub.size(), 128);
    const QByteArray expectedAddress = "0x" + crypto::sm3(QByteArray::fromHex(pub.toLatin1())).right(20).toHex();
    QCOMPARE(m_bank.value(QStringLiteral("address")).toString().toLatin1(), expectedAddress);

    Run info = creditctl(
        { QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("info"), path(QStringLiteral("bank.pem")) });
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(info.json().value(QStringLiteral("publicKey")).toString(), pub);
    QCOMPARE(info.json().value(QStringLiteral("address")).toString().toLatin1(), expectedAddress);
    QCOMPARE(info.json().value(QStringLiteral("encrypted")).toBool(), true);
    QCOMPARE(info.json().value(QStringLiteral("cipher")).toString(), QStringLiteral("SM4-CBC"));
    QVERIFY(info.json().value(QStringLiteral("iterations")).toInt() >= 200000);

    Run text = creditctl({ QStringLiteral("key"), QStringLiteral("info"), path(QStringLiteral("bank.pem")) });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("address: " + expectedAddress));

    QFile f(path(QStringLiteral("bank.pem")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
}

void TestCreditctl::keyNewRefusesOverwrite()
{
    Run again = creditctl(
        { QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), path(QStringLiteral("bank.pem")) });
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains("--force"));
    // The original key is untouched.
    Run info = creditctl(
        { QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("info"), path(QStringLiteral("bank.pem")) });
    QCOMPARE(info.json().value(QStringLiteral("address")), m_bank.value(QStringLiteral("address")));
}

void TestCreditctl::wrongPasswordIsClear()
{
    Run r = creditctl({ QStringLiteral("key"), QStringLiteral("info"), path(QStringLiteral("bank.pem")) }, "nope");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("wrong password"));
    QVERIFY(r.out.isEmpty());
    // No password at all and no terminal: told how to give one.
    Run none
        = creditctl({ QStringLiteral("key"), QStringLiteral("info"), path(QStringLiteral("bank.pem")) }, QByteArray());
    QCOMPARE(none.exitCode, 3);
    QVERIFY(none.err.contains("CREDITCTL_PASSWORD"));
}

void TestCreditctl::keyInfoOnPlainSdkPem()
{
    Run r = creditctl({ QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("info"),
                          QStringLiteral(CREDIT_CRYPTO_TEST_DATA "/annex-key-pkcs8.pem") },
        QByteArray());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("address")).toString(),
        QStringLiteral("0x2119e1ecc071c2f3d915245c8d9c5a2cb131a89d"));
    QCOMPARE(r.json().value(QStringLiteral("encrypted")).toBool(), false);
}

void TestCreditctl::keyImportProtectsAPlainPem()
{
    Run r = creditctl({ QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("import"),
        QStringLiteral("--in"), QStringLiteral(CREDIT_CRYPTO_TEST_DATA "/annex-key-pkcs8.pem"), QStringLiteral("--out"),
        path(QStringLiteral("imported.pem")) });
    QCOMPARE(r.exitCode, 0);
    Run info = creditctl({ QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("info"),
        path(QStringLiteral("imported.pem")) });
    QCOMPARE(info.json().value(QStringLiteral("address")).toString(),
        QStringLiteral("0x2119e1ecc071c2f3d915245c8d9c5a2cb131a89d"));
    QCOMPARE(info.json().value(QStringLiteral("encrypted")).toBool(), true);
    Run p256 = creditctl({ QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("--in"),
        QStringLiteral(CREDIT_CRYPTO_TEST_DATA "/p256-key-pkcs8.pem"), QStringLiteral("--out"),
        path(QStringLiteral("p256.pem")) });
    QCOMPARE(p256.exitCode, 3);
    QVERIFY(p256.err.contains("not an SM2 key"));
    QVERIFY(!QFile::exists(path(QStringLiteral("p256.pem"))));
}

void TestCreditctl::signThenVerify()
{
    Run s = creditctl({ QStringLiteral("--json"), QStringLiteral("sign"), path(QStringLiteral("bank.pem")),
        QStringLiteral("--data-hex"), QStringLiteral("0xdeadbeef") });
    QCOMPARE(s.exitCode, 0);
    const QString sig = s.json().value(QStringLiteral("signature")).toString();
    QCOMPARE(sig.size(), 256);
    QCOMPARE(sig.right(128), m_bank.value(QStringLiteral("publicKey")).toString());
    const QString pub = m_bank.value(QStringLiteral("publicKey")).toString();

    Run ok = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--data-hex"),
        QStringLiteral("deadbeef"), QStringLiteral("--sig"), sig });
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("result: valid"));
    Run rsOnly = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--data-hex"),
        QStringLiteral("deadbeef"), QStringLiteral("--sig"), sig.left(128) });
    QCOMPARE(rsOnly.exitCode, 0);
    Run otherData = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--data-hex"),
        QStringLiteral("deadbeee"), QStringLiteral("--sig"), sig });
    QCOMPARE(otherData.exitCode, 1);
    QVERIFY(otherData.out.contains("result: invalid"));
    Run otherKey = creditctl({ QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("--pub"),
        m_bureau.value(QStringLiteral("publicKey")).toString(), QStringLiteral("--data-hex"),
        QStringLiteral("deadbeef"), QStringLiteral("--sig"), sig });
    QCOMPARE(otherKey.exitCode, 1);
    QCOMPARE(otherKey.json().value(QStringLiteral("valid")).toBool(), false);
}

void TestCreditctl::verifyRejectsBadInput()
{
    const QString pub = m_bank.value(QStringLiteral("publicKey")).toString();
    Run badHex = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--data-hex"),
        QStringLiteral("xyz"), QStringLiteral("--sig"), QString(128, u'0') });
    QCOMPARE(badHex.exitCode, 3);
    QVERIFY(badHex.err.contains("--data-hex"));
    Run badSig = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--data-hex"),
        QStringLiteral("00"), QStringLiteral("--sig"), QString(10, u'0') });
    QCOMPARE(badSig.exitCode, 3);
    Run offCurve = creditctl({ QStringLiteral("verify"), QStringLiteral("--pub"), QString(128, u'1'),
        QStringLiteral("--data-hex"), QStringLiteral("00"), QStringLiteral("--sig"), QString(128, u'0') });
    QCOMPARE(offCurve.exitCode, 3);
    QVERIFY(offCurve.err.contains("curve"));
}

void TestCreditctl::encryptDecryptForTwoRecipients()
{
    QFile doc(path(QStringLiteral("report.pdf")));
    QVERIFY(doc.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray("%PDF-1.7 pretend report ").repeated(5000);
    doc.write(content);
    doc.close();
    const QString to = m_bank.value(QStringLiteral("publicKey")).toString() + u','
        + m_bureau.value(QStringLiteral("publicKey")).toString();
    Run enc = creditctl(
        { QStringLiteral("--json"), QStringLiteral("encrypt"), QStringLiteral("--to"), to, QStringLiteral("--in"),
            path(QStringLiteral("report.pdf")), QStringLiteral("--out"), path(QStringLiteral("report.env")) });
    QCOMPARE(enc.exitCode, 0);
    QCOMPARE(enc.json().value(QStringLiteral("recipients")).toArray().size(), 2);
    QFile sealed(path(QStringLiteral("report.env")));
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray sealedBytes = sealed.readAll();
    QCOMPARE(enc.json().value(QStringLiteral("sm3")).toString().toLatin1(), crypto::sm3(sealedBytes).toHex());
    QVERIFY(!sealedBytes.contains("pretend report"));

    for (const auto &[key, pass] : { std::pair { QStringLiteral("bank.pem"), QByteArray("s3cret-口令") },
             std::pair { QStringLiteral("bureau.pem"), QByteArray("bureau-pass") } }) {
        const QString outFile = path(QStringLiteral("out-") + key + QStringLiteral(".pdf"));
        Run dec = creditctl({ QStringLiteral("decrypt"), path(key), QStringLiteral("--in"),
                                path(QStringLiteral("report.env")), QStringLiteral("--out"), outFile },
            pass);
        QCOMPARE(dec.exitCode, 0);
        QFile plain(outFile);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), content);
    }
}

void TestCreditctl::decryptRefusesOutsidersAndTampering()
{
    Run outsiderKey = creditctl({ QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"),
        path(QStringLiteral("outsider.pem")) });
    QCOMPARE(outsiderKey.exitCode, 0);
    Run outsider = creditctl({ QStringLiteral("decrypt"), path(QStringLiteral("outsider.pem")), QStringLiteral("--in"),
        path(QStringLiteral("report.env")), QStringLiteral("--out"), path(QStringLiteral("stolen.pdf")) });
    QCOMPARE(outsider.exitCode, 3);
    QVERIFY(outsider.err.contains("not encrypted for your key"));
    QVERIFY(!QFile::exists(path(QStringLiteral("stolen.pdf"))));

    QFile sealed(path(QStringLiteral("report.env")));
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QByteArray bytes = sealed.readAll();
    sealed.close();
    bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 1);
    QFile tampered(path(QStringLiteral("tampered.env")));
    QVERIFY(tampered.open(QIODevice::WriteOnly));
    tampered.write(bytes);
    tampered.close();
    Run r = creditctl({ QStringLiteral("decrypt"), path(QStringLiteral("bank.pem")), QStringLiteral("--in"),
        path(QStringLiteral("tampered.env")), QStringLiteral("--out"), path(QStringLiteral("t.pdf")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("altered"));
    QVERIFY(!QFile::exists(path(QStringLiteral("t.pdf"))));
}

void TestCreditctl::txDecodeFiscoVector()
{
    const auto v = test::loadVectors(QStringLiteral("fisco-gm-tx.json"));
    Run r = creditctl({ QStringLiteral("--json"), QStringLiteral("tx"), QStringLiteral("decode"),
        v.value(QStringLiteral("raw_tx_hex")).toString() });
    QCOMPARE(r.exitCode, 0);
    const auto o = r.json();
    QCOMPARE(o.value(QStringLiteral("hash")).toString(), v.value(QStringLiteral("tx_hash")).toString());
    QCOMPARE(o.value(QStringLiteral("sender")).toString(), v.value(QStringLiteral("sender")).toString());
    QCOMPARE(o.value(QStringLiteral("signatureValid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("blockLimit")).toString(), QStringLiteral("0x1f5"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("0xbab78cea98af2320ad4ee81bba8a7473e0c8c48d"));
    QCOMPARE(o.value(QStringLiteral("value")).toString(), QStringLiteral("0x0"));
}

void TestCreditctl::txDecodeRejectsGarbage()
{
    Run r = creditctl({ QStringLiteral("tx"), QStringLiteral("decode"), QStringLiteral("0xc0") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("invalid transaction"));
    Run notHex = creditctl({ QStringLiteral("tx"), QStringLiteral("decode"), QStringLiteral("hello") });
    QCOMPARE(notHex.exitCode, 3);
}

void TestCreditctl::usccVerdicts()
{
    const auto v = test::loadVectors(QStringLiteral("uscc.json"));
    for (const auto &code : v.value(QStringLiteral("valid")).toArray()) {
        Run r = creditctl({ QStringLiteral("uscc"), code.toString() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("valid"));
    }
    for (const auto &item : v.value(QStringLiteral("invalid")).toArray()) {
        Run r = creditctl({ QStringLiteral("--json"), QStringLiteral("uscc"),
            item.toObject().value(QStringLiteral("code")).toString() });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("valid")).toBool(), false);
        QVERIFY(!r.json().value(QStringLiteral("reason")).toString().isEmpty());
    }
}

void TestCreditctl::usageErrors()
{
    QCOMPARE(creditctl({}).exitCode, 2);
    QCOMPARE(creditctl({ QStringLiteral("frobnicate") }).exitCode, 2);
    QCOMPARE(creditctl({ QStringLiteral("key"), QStringLiteral("new") }).exitCode, 2);
    QCOMPARE(creditctl({ QStringLiteral("sign"), QStringLiteral("f"), QStringLiteral("--bogus") }).exitCode, 2);
    // Chain verbs: a node that is not there is a failure with a clear cause, not a hang.
    Run down = creditctl({ QStringLiteral("chain"), QStringLiteral("info"), QStringLiteral("--endpoint"),
        QStringLiteral("http://127.0.0.1:9/") });
    QCOMPARE(down.exitCode, 3);
    QVERIFY2(!down.err.isEmpty(), down.err.constData());
    QCOMPARE(creditctl({ QStringLiteral("chain"), QStringLiteral("info") }).exitCode, 3); // no --endpoint
    QCOMPARE(creditctl({ QStringLiteral("market"), QStringLiteral("fly") }).exitCode, 2);
    QCOMPARE(creditctl({ QStringLiteral("tx"), QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("0x12") })
                 .exitCode,
        2);
    Run help = creditctl({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("tx decode"));
}

QTEST_GUILESS_MAIN(TestCreditctl)
#include "TestCreditctl.moc"
