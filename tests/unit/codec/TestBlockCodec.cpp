// SPDX-License-Identifier: Apache-2.0
#include "codec/BlockHeader.h"
#include "codec/ChainJson.h"
#include "codec/Receipt.h"
#include "codec/Rlp.h"
#include "crypto/Sm3.h"

#include <QJsonArray>
#include <QTest>

using namespace credit;
using namespace credit::chain;

class TestBlockCodec final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headerEncodingHasThirteenFields();
    void headerJsonRoundTripBothNumberForms();
    void everyHeaderFieldChangesTheHash();
    void headerJsonRejectsMalformed_data();
    void headerJsonRejectsMalformed();
    void signaturesRoundTrip();
    void receiptRoundTripAndHash();
    void receiptJsonRejectsMalformed();
    void bloomSetsThreeBitsPerItem();
    void receiptJsonHasFiscoStatusMsg_data();
    void receiptJsonHasFiscoStatusMsg();
    void bigQuantitiesAreMinimalHex_data();
    void bigQuantitiesAreMinimalHex();

private:
    static BlockHeader sampleHeader();
};

BlockHeader TestBlockCodec::sampleHeader()
{
    BlockHeader h;
    h.parentHash = crypto::sm3("parent");
    h.stateRoot = crypto::sm3("state");
    h.transactionsRoot = crypto::sm3("txs");
    h.receiptsRoot = crypto::sm3("receipts");
    h.dbHash = crypto::sm3("db");
    h.number = 42;
    h.gasLimit = 0;
    h.gasUsed = 1234;
    h.timestamp = 1732406400000;
    h.extraData = { QByteArray("x") };
    h.sealer = 1;
    h.sealerList = { QByteArray(64, '\x01'), QByteArray(64, '\x02'), QByteArray(64, '\x03'), QByteArray(64, '\x04') };
    return h;
}

void TestBlockCodec::headerEncodingHasThirteenFields()
{
    const auto h = sampleHeader();
    auto item = rlp::decode(h.encode());
    QVERIFY(item.ok());
    QCOMPARE(item->items.size(), 13);
    QCOMPARE(item->items[12].items.size(), 4); // sealerList is a list of node ids
    QCOMPARE(item->items[10].items.size(), 1); // extraData is a list of byte strings
    QCOMPARE(rlp::decodeUInt(item->items[6]).value(), quint64(42));
    QCOMPARE(h.hash(), crypto::sm3(h.encode()));
}

void TestBlockCodec::headerJsonRoundTripBothNumberForms()
{
    const auto h = sampleHeader();
    for (bool asInteger : { true, false }) {
        const QJsonObject o = headerToJson(h, h.hash(), asInteger);
        QCOMPARE(o.value(QStringLiteral("number")).isDouble(), asInteger);
        QVERIFY(!o.value(QStringLiteral("sealerList")).toArray().at(0).toString().startsWith(QStringLiteral("0x")));
        auto back = headerFromJson(o);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, h);
        QCOMPARE(back->hash(), h.hash());
    }
}

void TestBlockCodec::everyHeaderFieldChangesTheHash()
{
    const QByteArray base = sampleHeader().hash();
    QList<std::function<void(BlockHeader &)>> edits = {
        [](BlockHeader &h) { h.parentHash[0] = 'z'; },
        [](BlockHeader &h) { h.stateRoot[0] = 'z'; },
        [](BlockHeader &h) { h.transactionsRoot[0] = 'z'; },
        [](BlockHeader &h) { h.receiptsRoot[0] = 'z'; },
        [](BlockHeader &h) { h.dbHash[0] = 'z'; },
        [](BlockHeader &h) { h.logsBloom[0] = 'z'; },
        [](BlockHeader &h) { h.number++; },
        [](BlockHeader &h) { h.gasLimit++; },
        [](BlockHeader &h) { h.gasUsed++; },
        [](BlockHeader &h) { h.timestamp++; },
        [](BlockHeader &h) { h.extraData.clear(); },
        [](BlockHeader &h) { h.sealer = 0; },
        [](BlockHeader &h) { h.sealerList.removeLast(); },
    };
    for (const auto &edit : edits) {
        BlockHeader h = sampleHeader();
        edit(h);
        QVERIFY(h.hash() != base);
    }
}

void TestBlockCodec::headerJsonRejectsMalformed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("short parentHash") << QStringLiteral("parentHash") << QJsonValue(QStringLiteral("0x00"));
    QTest::newRow("no 0x on hash") << QStringLiteral("stateRoot") << QJsonValue(QString(64, u'0'));
    QTest::newRow("number negative") << QStringLiteral("number") << QJsonValue(-1);
    QTest::newRow("number fraction") << QStringLiteral("number") << QJsonValue(1.5);
    QTest::newRow("number garbage") << QStringLiteral("number") << QJsonValue(QStringLiteral("0xzz"));
    QTest::newRow("bloom short") << QStringLiteral("logsBloom") << QJsonValue(QStringLiteral("0x00"));
    QTest::newRow("sealerList empty") << QStringLiteral("sealerList") << QJsonValue(QJsonArray());
    QTest::newRow("sealer id short") << QStringLiteral("sealerList")
                                     << QJsonValue(QJsonArray { QStringLiteral("abcd") });
    QTest::newRow("sealer out of range") << QStringLiteral("sealer") << QJsonValue(QStringLiteral("0x9"));
    QTest::newRow("extraData not array") << QStringLiteral("extraData") << QJsonValue(QStringLiteral("0x"));
    QTest::newRow("missing timestamp") << QStringLiteral("timestamp") << QJsonValue(QJsonValue::Undefined);
}

void TestBlockCodec::headerJsonRejectsMalformed()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const auto h = sampleHeader();
    QJsonObject o = headerToJson(h, h.hash(), false);
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    auto r = headerFromJson(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
}

void TestBlockCodec::signaturesRoundTrip()
{
    const QList<SealerSignature> sigs = { { 0, QByteArray(128, 'a') }, { 3, QByteArray(128, 'b') } };
    QCOMPARE(signaturesFromJson(signaturesToJson(sigs)).value(), sigs);
    QVERIFY(!signaturesFromJson(QJsonValue(QStringLiteral("x"))).ok());
    QVERIFY(!signaturesFromJson(QJsonArray { QJsonObject { { QStringLiteral("index"), QStringLiteral("0x0") },
                                    { QStringLiteral("signature"), QStringLiteral("0x00") } } })
                 .ok());
}

void TestBlockCodec::receiptRoundTripAndHash()
{
    Receipt r;
    r.gasUsed = 21000;
    r.status = kStatusSuccess;
    r.output = QByteArray::fromHex("0001");
    r.logs = { { QByteArray(20, '\x07'), { crypto::sm3("Topic"), crypto::sm3("arg") }, QByteArray("payload") } };
    r.logsBloom = logsBloom(r.logs);
    ReceiptContext c { crypto::sm3("tx"), 2, 42, crypto::sm3("block"), QByteArray(20, '\x01'), QByteArray(20, '\x07'),
        "in" };
    const QJsonObject o = receiptToJson(r, c);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
    auto back = receiptFromJson(o);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, r);
    QCOMPARE(back->hash(), crypto::sm3(r.encode()));
    auto item = rlp::decode(r.encode());
    QCOMPARE(item->items.size(), 8);
    Receipt changed = r;
    changed.logs[0].data = "payloaD";
    QVERIFY(changed.hash() != r.hash());
}

void TestBlockCodec::receiptJsonRejectsMalformed()
{
    Receipt r;
    const QJsonObject good = receiptToJson(r, {});
    for (const QString &field : { QStringLiteral("root"), QStringLiteral("status"), QStringLiteral("logs"),
             QStringLiteral("output"), QStringLiteral("contractAddress") }) {
        QJsonObject bad = good;
        bad.insert(field, QStringLiteral("0xq"));
        QVERIFY2(!receiptFromJson(bad).ok(), qPrintable(field));
    }
    QJsonObject fiveTopics = good;
    fiveTopics.insert(QStringLiteral("logs"),
        QJsonArray { QJsonObject { { QStringLiteral("address"), QStringLiteral("0x") + QString(40, u'0') },
            { QStringLiteral("data"), QStringLiteral("0x") },
            { QStringLiteral("topics"), QJsonArray { 1, 2, 3, 4, 5 } } } });
    QVERIFY(!receiptFromJson(fiveTopics).ok());
}

void TestBlockCodec::bloomSetsThreeBitsPerItem()
{
    const QList<LogEntry> one = { { QByteArray(20, '\x01'), {}, {} } };
    const QByteArray bloom = logsBloom(one);
    int bits = 0;
    for (char c : bloom)
        bits += qPopulationCount(static_cast<quint8>(c));
    QVERIFY(bits >= 1 && bits <= 3);
    QCOMPARE(logsBloom({}), QByteArray(256, '\0'));
}

void TestBlockCodec::receiptJsonHasFiscoStatusMsg_data()
{
    // libethcore/TransactionException.h (FISCO 2.9) and api.md's status table.
    QTest::addColumn<quint64>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("0") << quint64(0) << QStringLiteral("None");
    QTest::newRow("10") << quint64(10) << QStringLiteral("BadInstruction");
    QTest::newRow("18") << quint64(18) << QStringLiteral("NoDeployPermission");
    QTest::newRow("22") << quint64(22) << QStringLiteral("RevertInstruction");
    QTest::newRow("26") << quint64(26) << QStringLiteral("CallAddressError");
    QTest::newRow("32") << quint64(32) << QStringLiteral("NotEnoughRemainGas");
    QTest::newRow("unnamed") << quint64(999) << QStringLiteral("Unknown");
}

void TestBlockCodec::receiptJsonHasFiscoStatusMsg()
{
    QFETCH(quint64, status);
    QFETCH(QString, message);
    Receipt r;
    r.status = status;
    const QJsonObject o = receiptToJson(r, {}); // no `to`: a deployment, written as the zero address
    QCOMPARE(o.value(QStringLiteral("statusMsg")).toString(), message);
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("0x") + QString(40, u'0'));
    QCOMPARE(receiptFromJson(o).value().status, status);
}

void TestBlockCodec::bigQuantitiesAreMinimalHex_data()
{
    // FISCO's toJS(u256): hex of the minimal bytes without a leading 0 digit; "0x0" for zero.
    QTest::addColumn<QByteArray>("bigEndian");
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("0x0");
    QTest::newRow("one byte below 0x10") << QByteArray::fromHex("05") << QStringLiteral("0x5");
    QTest::newRow("gas 0x01c9c380") << QByteArray::fromHex("01c9c380") << QStringLiteral("0x1c9c380");
    QTest::newRow("with leading zero bytes") << QByteArray::fromHex("000000ab") << QStringLiteral("0xab");
    QTest::newRow("32 bytes of ff") << QByteArray(32, '\xff') << QStringLiteral("0x") + QString(64, u'f');
    QTest::newRow("api.md nonce") << QByteArray::fromHex(
        "03eebc46c9c0e3b84799097c5a6ccd6657a9295c11270407707366d0750fcd59")
                                  << QStringLiteral(
                                         "0x3eebc46c9c0e3b84799097c5a6ccd6657a9295c11270407707366d0750fcd59");
}

void TestBlockCodec::bigQuantitiesAreMinimalHex()
{
    QFETCH(QByteArray, bigEndian);
    QFETCH(QString, json);
    QCOMPARE(json::quantity(QByteArrayView(bigEndian)), json);
}

QTEST_GUILESS_MAIN(TestBlockCodec)
#include "TestBlockCodec.moc"
