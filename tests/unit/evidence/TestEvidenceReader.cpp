// SPDX-License-Identifier: Apache-2.0
// The bundle reader takes files from strangers: each kind of bad input is
// refused with its own clear message, before anything is trusted; a written
// bundle reads back equal.
#include "crypto/Sm2Key.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceManifest.h"
#include "evidence/EvidenceVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;
using namespace credit::evidence;

namespace {

// A bundle of the right shape (its content proves nothing: no steps).
EvidenceBundle shapedBundle()
{
    EvidenceBundle b;
    b.chainId = 1;
    b.groupId = 1;
    b.contractAddress = QByteArray(20, '\x11');
    b.orderId = 7;
    b.genesis.parentHash = QByteArray(32, '\0');
    b.genesis.stateRoot = b.genesis.transactionsRoot = b.genesis.receiptsRoot = b.genesis.dbHash = QByteArray(32, '\0');
    b.genesis.sealerList = { QByteArray(64, '\x22') };
    b.anchor = b.genesis.hash();
    b.documents = { DocumentRef { QStringLiteral("request"), QByteArray(32, '\x33') } };
    b.exporter.publicKey = QByteArray(64, '\x44');
    b.exporter.signature = QByteArray(64, '\x55');
    b.exporter.exportedAtMs = 1764900000000;
    return b;
}

QString refusal(const QByteArray &json)
{
    auto r = readBundle(json);
    return r ? QString() : r.error().message;
}

QByteArray withMember(const QString &name, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(writeBundle(shapedBundle())).object();
    if (value.isUndefined())
        o.remove(name);
    else
        o.insert(name, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestEvidenceReader final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenBundleReadsBackEqual();
    void oversizedIsRefusedBySize();
    void deepNestingIsRefusedBeforeParsing();
    void bracketsInsideStringsDoNotCountAsNesting();
    void malformedInputIsRefusedWithItsReason_data();
    void malformedInputIsRefusedWithItsReason();
    void unreadableFileFailsTheBundleCheck();
    void manifestSignatureCoversTheFacts();
};

void TestEvidenceReader::writtenBundleReadsBackEqual()
{
    const EvidenceBundle b = shapedBundle();
    auto read = readBundle(writeBundle(b));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, b);
}

void TestEvidenceReader::oversizedIsRefusedBySize()
{
    QByteArray big = writeBundle(shapedBundle());
    big.append(QByteArray(kMaxBundleBytes + 1 - big.size(), ' '));
    const QString why = refusal(big);
    QVERIFY2(why.contains(u"larger than"), qPrintable(why));
}

void TestEvidenceReader::deepNestingIsRefusedBeforeParsing()
{
    const QByteArray deep = QByteArray(kMaxNestingDepth + 1, '[') + QByteArray(kMaxNestingDepth + 1, ']');
    QVERIFY2(refusal(deep).contains(u"nested more than"), qPrintable(refusal(deep)));
    // Far deeper than any parser's stack would like: still a quick, clear refusal.
    const QByteArray abyss = QByteArray(1000000, '[');
    QVERIFY(refusal(abyss).contains(u"nested more than"));
    // Exactly at the limit is not refused for nesting (it is no bundle, though).
    const QByteArray atLimit = QByteArray(kMaxNestingDepth, '[') + QByteArray(kMaxNestingDepth, ']');
    QVERIFY(!refusal(atLimit).contains(u"nested"));
}

void TestEvidenceReader::bracketsInsideStringsDoNotCountAsNesting()
{
    const QByteArray json
        = withMember(QStringLiteral("note"), QString(40, u'[') + QStringLiteral("\\\"{{{{{{{{{{{{{{{{{"));
    QVERIFY2(refusal(json).isEmpty(), qPrintable(refusal(json)));
}

void TestEvidenceReader::malformedInputIsRefusedWithItsReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("top level must be an object");
    QTest::newRow("another format") << withMember(QStringLiteral("format"), QStringLiteral("something-else"))
                                    << QStringLiteral("not a CreditChain evidence bundle");
    QTest::newRow("newer version") << withMember(QStringLiteral("version"), 2)
                                   << QStringLiteral("version 2 is not supported");
    QTest::newRow("missing steps") << withMember(QStringLiteral("steps"), QJsonValue(QJsonValue::Undefined))
                                   << QStringLiteral("steps: an array is required");
    QTest::newRow("short anchor") << withMember(QStringLiteral("anchor"), QStringLiteral("0x1234"))
                                  << QStringLiteral("anchor");
    QTest::newRow("fractional order") << withMember(QStringLiteral("orderId"), 1.5) << QStringLiteral("orderId");
    QTest::newRow("negative chain") << withMember(QStringLiteral("chainId"), -1) << QStringLiteral("chainId");
    QTest::newRow("step not an object") << withMember(QStringLiteral("steps"), QJsonArray { 1 })
                                        << QStringLiteral("steps[0]: an object is required");
    QTest::newRow("step without header") << withMember(QStringLiteral("steps"),
        QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("OrderPlaced") } } })
                                         << QStringLiteral("steps[0].header");
    QTest::newRow("document hash of 31 bytes") << withMember(QStringLiteral("documents"),
        QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("request") },
            { QStringLiteral("sm3"), QStringLiteral("0x") + QString(62, u'a') } } })
                                               << QStringLiteral("documents[0].sm3");
    QTest::newRow("no exporter") << withMember(QStringLiteral("exporter"), QJsonValue(QJsonValue::Undefined))
                                 << QStringLiteral("exporter: an object is required");
}

void TestEvidenceReader::malformedInputIsRefusedWithItsReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    auto r = readBundle(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
}

void TestEvidenceReader::unreadableFileFailsTheBundleCheck()
{
    const VerificationReport report = verifyBundleFile("{]");
    QVERIFY(!report.ok);
    QVERIFY(report.failure.has_value());
    QCOMPARE(checkName(report.failure->check), QStringLiteral("Bundle"));
    QCOMPARE(report.bundleSm3.size(), 32);
    QCOMPARE(report.toJson().value(QStringLiteral("failure")).toObject().value(QStringLiteral("check")).toString(),
        QStringLiteral("Bundle"));
}

void TestEvidenceReader::manifestSignatureCoversTheFacts()
{
    auto key = crypto::Sm2PrivateKey::generate();
    QVERIFY(key.ok());
    EvidenceBundle b = shapedBundle();
    QVERIFY(sealBundle(b, *key, 1764900000000).ok());
    QVERIFY(manifestSignatureValid(b));
    QVERIFY(manifestBytes(b).contains("document request 0x3333"));
    EvidenceBundle otherDocument = b;
    otherDocument.documents.first().sm3[0] = '\x34';
    QVERIFY(!manifestSignatureValid(otherDocument));
    EvidenceBundle otherTime = b;
    otherTime.exporter.exportedAtMs += 1;
    QVERIFY(!manifestSignatureValid(otherTime));
    EvidenceBundle otherGenesis = b;
    otherGenesis.genesis.timestamp += 1;
    QVERIFY(!manifestSignatureValid(otherGenesis));
}

QTEST_GUILESS_MAIN(TestEvidenceReader)
#include "TestEvidenceReader.moc"
