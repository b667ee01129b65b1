// SPDX-License-Identifier: Apache-2.0
#include "Vectors.h"
#include "codec/Rlp.h"
#include "crypto/Sm3.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace credit;
using rlp::Item;

namespace {

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

Item str(const char *text)
{
    return Item::fromBytes(QByteArray(text));
}

Item nested(int depth)
{
    Item item = Item::list({});
    for (int i = 1; i < depth; ++i)
        item = Item::list({ item });
    return item;
}

const QByteArray kLorem("Lorem ipsum dolor sit amet, consectetur adipisicing elit");

} // namespace

class TestRlp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesKnownExamples_data();
    void encodesKnownExamples();
    void integers_data();
    void integers();
    void bigEndianIntegers();
    void longPayloads();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void depthLimit();
    void rejectsBadIntegers_data();
    void rejectsBadIntegers();
    void splitListGivesRawElements();
    void splitListRejects_data();
    void splitListRejects();
    void randomInputNeverDecodesNonCanonically();
    void fiscoGmTransactionVector();
};

void TestRlp::encodesKnownExamples_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("dog") << str("dog") << fromHex("83646f67");
    QTest::newRow("[cat, dog]") << Item::list({ str("cat"), str("dog") }) << fromHex("c88363617483646f67");
    QTest::newRow("empty string") << str("") << fromHex("80");
    QTest::newRow("empty list") << Item::list({}) << fromHex("c0");
    QTest::newRow("byte 0x00") << Item::fromBytes(QByteArray(1, '\0')) << fromHex("00");
    QTest::newRow("byte 0x7f") << Item::fromBytes(fromHex("7f")) << fromHex("7f");
    QTest::newRow("byte 0x80") << Item::fromBytes(fromHex("80")) << fromHex("8180");
    QTest::newRow("lorem 56 bytes") << Item::fromBytes(kLorem) << fromHex("b838") + kLorem;
    const Item empty = Item::list({});
    QTest::newRow("set-theoretic three") << Item::list(
        { empty, Item::list({ empty }), Item::list({ empty, Item::list({ empty }) }) })
                                         << fromHex("c7c0c1c0c3c0c1c0");
    QTest::newRow("[[], \"dog\", [\"\"]]")
        << Item::list({ empty, str("dog"), Item::list({ str("") }) }) << fromHex("c7c083646f67c180");
}

void TestRlp::encodesKnownExamples()
{
    QFETCH(Item, item);
    QFETCH(QByteArray, encoded);
    QCOMPARE(rlp::encode(item).toHex(), encoded.toHex());
    const auto decoded = rlp::decode(encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
    QVERIFY(*decoded == item);
}

void TestRlp::integers_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("0") << quint64(0) << fromHex("80");
    QTest::newRow("1") << quint64(1) << fromHex("01");
    QTest::newRow("15") << quint64(15) << fromHex("0f");
    QTest::newRow("127") << quint64(127) << fromHex("7f");
    QTest::newRow("128") << quint64(128) << fromHex("8180");
    QTest::newRow("255") << quint64(255) << fromHex("81ff");
    QTest::newRow("256") << quint64(256) << fromHex("820100");
    QTest::newRow("1024") << quint64(1024) << fromHex("820400");
    QTest::newRow("max") << std::numeric_limits<quint64>::max() << fromHex("88ffffffffffffffff");
}

void TestRlp::integers()
{
    QFETCH(quint64, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(rlp::encodeUInt(value).toHex(), encoded.toHex());
    QCOMPARE(rlp::encode(Item::fromUInt(value)).toHex(), encoded.toHex());
    const auto item = rlp::decode(encoded);
    QVERIFY(item.ok());
    const auto back = rlp::decodeUInt(*item);
    QVERIFY(back.ok());
    QCOMPARE(*back, value);
}

void TestRlp::bigEndianIntegers()
{
    QCOMPARE(rlp::encodeBigEndianUInt(fromHex("00000400")).toHex(), QByteArray("820400"));
    QCOMPARE(rlp::encodeBigEndianUInt(fromHex("0000")).toHex(), QByteArray("80"));
    QCOMPARE(rlp::encodeBigEndianUInt({}).toHex(), QByteArray("80"));
    QCOMPARE(rlp::encodeBigEndianUInt(fromHex("0005")).toHex(), QByteArray("05"));
    const QByteArray word = fromHex("00ff") + QByteArray(30, '\x11');
    QCOMPARE(rlp::encodeBigEndianUInt(word), fromHex("9fff") + QByteArray(30, '\x11'));
    const auto back = rlp::decodeBigEndianUInt(*rlp::decode(rlp::encodeBigEndianUInt(word)));
    QVERIFY(back.ok());
    QCOMPARE(*back, word.mid(1));
    QVERIFY(rlp::decodeBigEndianUInt(Item::fromUInt(0)).value().isEmpty());
}

void TestRlp::longPayloads()
{
    const QByteArray kilo(1024, 'x');
    QCOMPARE(rlp::encodeBytes(kilo), fromHex("b90400") + kilo);
    QCOMPARE(rlp::encodeBytes(QByteArray(55, 'a')), fromHex("b7") + QByteArray(55, 'a'));

    // A list whose payload is exactly 56 bytes switches to the long form.
    const Item list = Item::list({ Item::fromBytes(QByteArray(55, 'z')) });
    const QByteArray encoded = rlp::encode(list);
    QCOMPARE(encoded.left(3).toHex(), QByteArray("f838b7"));
    QVERIFY(rlp::decode(encoded).ok());
    QVERIFY(rlp::decode(encoded).value() == list);
}

void TestRlp::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    const QByteArray fiftyFive(55, 'a');
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("0x81 0x00") << fromHex("8100") << QStringLiteral("encoded as itself");
    QTest::newRow("0x81 0x7f") << fromHex("817f") << QStringLiteral("encoded as itself");
    QTest::newRow("string short length in long form") << fromHex("b837") + fiftyFive << QStringLiteral("short form");
    QTest::newRow("list short length in long form")
        << fromHex("f803") + fromHex("83646f67").left(3) << QStringLiteral("short form");
    QTest::newRow("long length with leading zero")
        << fromHex("b90038") + QByteArray(56, 'a') << QStringLiteral("leading zero");
    QTest::newRow("list long length with leading zero")
        << fromHex("f90038") + QByteArray(56, '\x01') << QStringLiteral("leading zero");
    QTest::newRow("string past end") << fromHex("83646f") << QStringLiteral("declares 3 bytes but only 2 remain");
    QTest::newRow("list past end") << fromHex("c883636174") << QStringLiteral("declares 8 bytes");
    QTest::newRow("child past its list") << fromHex("c2836174") << QStringLiteral("offset 1");
    QTest::newRow("long string past end")
        << fromHex("b9ffff") + QByteArray(10, 'a') << QStringLiteral("declares 65535 bytes");
    QTest::newRow("length field past end") << fromHex("bb0102") << QStringLiteral("length field runs past");
    QTest::newRow("prefix alone") << fromHex("b8") << QStringLiteral("length field runs past");
    QTest::newRow("length overflows") << fromHex("bfffffffffffffffff00") << QStringLiteral("overflows");
    QTest::newRow("list length overflows") << fromHex("ff8000000000000000") << QStringLiteral("overflows");
    QTest::newRow("huge length in range") << fromHex("bf7fffffffffffffff00") << QStringLiteral("declares");
    QTest::newRow("trailing byte") << fromHex("8000") << QStringLiteral("1 trailing bytes");
    QTest::newRow("two items") << fromHex("c0c0") << QStringLiteral("trailing");
    QTest::newRow("trailing after long") << fromHex("b838") + kLorem + "!" << QStringLiteral("trailing");
    QTest::newRow("non-canonical deep inside") << fromHex("c4c3c28105") << QStringLiteral("offset 3");
}

void TestRlp::rejectsMalformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const auto decoded = rlp::decode(input);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(decoded.error().message.contains(reason), qPrintable(decoded.error().message));
}

void TestRlp::depthLimit()
{
    const QByteArray deepest = rlp::encode(nested(rlp::kMaxDepth));
    QVERIFY(rlp::decode(deepest).ok());
    QVERIFY(rlp::splitList(deepest).ok());

    const QByteArray tooDeep = rlp::encode(nested(rlp::kMaxDepth + 1));
    const auto decoded = rlp::decode(tooDeep);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(QStringLiteral("nested deeper")), qPrintable(decoded.error().message));
    QVERIFY(!rlp::splitList(tooDeep).ok());

    // Far past the limit must fail the same way, not exhaust the stack.
    QByteArray hostile = rlp::encodeList({});
    for (int i = 0; i < 5000; ++i)
        hostile = rlp::encodeList({ hostile });
    QVERIFY(!rlp::decode(hostile).ok());
    QVERIFY(!rlp::splitList(hostile).ok());
}

void TestRlp::rejectsBadIntegers_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<QString>("reason");
    QTest::newRow("list") << Item::list({}) << QStringLiteral("got a list");
    QTest::newRow("leading zero") << Item::fromBytes(fromHex("0001")) << QStringLiteral("leading zero");
    QTest::newRow("zero byte") << Item::fromBytes(fromHex("00")) << QStringLiteral("leading zero");
    QTest::newRow("nine bytes") << Item::fromBytes(fromHex("010000000000000000")) << QStringLiteral("exceeds");
}

void TestRlp::rejectsBadIntegers()
{
    QFETCH(Item, item);
    QFETCH(QString, reason);
    const auto value = rlp::decodeUInt(item);
    QVERIFY(!value.ok());
    QVERIFY2(value.error().message.contains(reason), qPrintable(value.error().message));
    QVERIFY(!rlp::decodeBigEndianUInt(item, 8).ok());
}

void TestRlp::splitListGivesRawElements()
{
    const QList<Item> fields { Item::fromUInt(0x1234), Item::fromBytes(QByteArray(20, '\xaa')), Item::fromBytes({}),
        Item::list({ str("a"), Item::list({}) }), Item::fromBytes(kLorem) };
    const QByteArray encoded = rlp::encode(Item::list(fields));
    const auto raw = rlp::splitList(encoded);
    QVERIFY(raw.ok());
    QCOMPARE(raw->size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(raw->at(i), rlp::encode(fields[i]));
    QCOMPARE(rlp::encodeList(*raw), encoded);
    QCOMPARE(rlp::encodeList(raw->mid(0, 2)), rlp::encode(Item::list(fields.mid(0, 2))));
    QVERIFY(rlp::splitList(fromHex("c0")).value().isEmpty());
}

void TestRlp::splitListRejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("byte string") << fromHex("83646f67") << QStringLiteral("list expected");
    QTest::newRow("trailing") << fromHex("c0c0") << QStringLiteral("trailing");
    QTest::newRow("bad element") << fromHex("c3c28105") << QStringLiteral("encoded as itself");
    QTest::newRow("past end") << fromHex("c5") << QStringLiteral("declares");
}

void TestRlp::splitListRejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const auto raw = rlp::splitList(input);
    QVERIFY(!raw.ok());
    QVERIFY2(raw.error().message.contains(reason), qPrintable(raw.error().message));
}

void TestRlp::randomInputNeverDecodesNonCanonically()
{
    // The decoder accepts only canonical encodings, so whatever it accepts must re-encode
    // to the same bytes. Short random strings over a prefix-heavy alphabet hit many cases.
    QRandomGenerator rng(20240521);
    const QByteArray alphabet = fromHex("0001407f80818283b7b8b9bfc0c1c2c3f7f8f9ff");
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray input;
        const int size = rng.bounded(1, 8);
        for (int i = 0; i < size; ++i)
            input.append(alphabet[rng.bounded(static_cast<int>(alphabet.size()))]);
        const auto decoded = rlp::decode(input);
        if (decoded.ok()) {
            ++accepted;
            QCOMPARE(rlp::encode(*decoded).toHex(), input.toHex());
        }
    }
    QVERIFY(accepted > 100);
}

void TestRlp::fiscoGmTransactionVector()
{
    // The 国密 sendRawTransaction sample of the FISCO BCOS 2.x documentation.
    const QJsonObject vector = test::loadVectors(QStringLiteral("fisco-gm-tx.json"));
    const QByteArray raw = test::hexField(vector, QStringLiteral("raw_tx_hex"));
    const QJsonObject fields = vector.value(QStringLiteral("fields")).toObject();
    const QStringList names { QStringLiteral("nonce"), QStringLiteral("gasPrice"), QStringLiteral("gas"),
        QStringLiteral("blockLimit"), QStringLiteral("to"), QStringLiteral("value"), QStringLiteral("data"),
        QStringLiteral("chainId"), QStringLiteral("groupId"), QStringLiteral("extraData"), QStringLiteral("pub64"),
        QStringLiteral("r"), QStringLiteral("s") };

    const auto tx = rlp::decode(raw);
    QVERIFY2(tx.ok(), qPrintable(tx ? QString() : tx.error().message));
    QVERIFY(tx->isList);
    QCOMPARE(tx->items.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY(!tx->items[i].isList);
        QCOMPARE(tx->items[i].bytes.toHex(), test::hexField(fields, names[i]).toHex());
    }
    QCOMPARE(rlp::decodeUInt(tx->items[3]).value(), quint64(0x1f5));
    QCOMPARE(rlp::decodeBigEndianUInt(tx->items[0]).value(), tx->items[0].bytes);
    QCOMPARE(rlp::encode(*tx), raw);
    QCOMPARE(
        QByteArray("0x") + crypto::sm3(raw).toHex(), vector.value(QStringLiteral("tx_hash")).toString().toLatin1());

    // The signed message covers the first 10 fields, re-wrapped as a list.
    const auto raws = rlp::splitList(raw);
    QVERIFY(raws.ok());
    QCOMPARE(raws->size(), 13);
    const QByteArray unsignedTx = rlp::encodeList(raws->first(10));
    QCOMPARE(unsignedTx, rlp::encode(Item::list(tx->items.first(10))));
    QCOMPARE(rlp::decode(unsignedTx).value().items.size(), 10);
}

QTEST_GUILESS_MAIN(TestRlp)
#include "TestRlp.moc"
