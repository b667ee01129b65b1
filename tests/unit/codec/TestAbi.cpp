// SPDX-License-Identifier: Apache-2.0
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "crypto/Sm3.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdint>

using namespace credit;
using abi::Type;
using abi::Value;
using abi::Word;

namespace {

QList<Type> types(const char *text)
{
    auto parsed = Type::parseList(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad test type list %s: %s", text, qPrintable(parsed.error().message));
    return *parsed;
}

// Words written one per argument, as the Solidity documentation lays them out.
QByteArray words(std::initializer_list<const char *> hexWords)
{
    QByteArray out;
    for (const char *word : hexWords) {
        const QByteArray bytes = QByteArray::fromHex(word);
        if (bytes.size() != 32)
            qFatal("test word %s is not 32 bytes", word);
        out += bytes;
    }
    return out;
}

QByteArray word(quint64 value)
{
    return Word::fromUInt64(value).toByteArray();
}

QByteArray textWord(const char *text)
{
    QByteArray out(text);
    out.append(32 - out.size(), '\0');
    return out;
}

QByteArray ones(int count)
{
    return QByteArray(count, '\xff');
}

// A type of `depth` nested dynamic arrays whose data gives every array
// `fanOut` elements, all offsets of one level pointing at the same array of
// the next: a few hundred bytes that describe fanOut^depth integers.
QByteArray aliasedArrays(int depth, int fanOut)
{
    QByteArray data = word(32); // offset of the outermost array
    for (int level = 0; level < depth; ++level) {
        data += word(static_cast<quint64>(fanOut));
        for (int i = 0; i < fanOut; ++i)
            data += level + 1 < depth ? word(static_cast<quint64>(fanOut) * 32) : word(7);
    }
    return data;
}

} // namespace

class TestAbi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTypes_data();
    void parsesTypes();
    void rejectsTypes_data();
    void rejectsTypes();
    void typeDepthLimit();
    void solidityDocExamples_data();
    void solidityDocExamples();
    void roundTripsNestedValues();
    void integerRanges();
    void wordHelpers();
    void encodeRejects_data();
    void encodeRejects();
    void decodeRejects_data();
    void decodeRejects();
    void aliasedOffsetsCannotExpand();
    void toleratesInvalidUtf8();
    void selectorsUseSm3();
    void signatures();
    void revertReasons();
};

void TestAbi::parsesTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("dynamic");
    QTest::addColumn<qsizetype>("headSize");
    QTest::newRow("uint256") << "uint256"
                             << "uint256" << false << qsizetype(32);
    QTest::newRow("uint alias") << "uint"
                                << "uint256" << false << qsizetype(32);
    QTest::newRow("int alias") << "int"
                               << "int256" << false << qsizetype(32);
    QTest::newRow("int8") << "int8"
                          << "int8" << false << qsizetype(32);
    QTest::newRow("uint24") << "uint24"
                            << "uint24" << false << qsizetype(32);
    QTest::newRow("address") << "address"
                             << "address" << false << qsizetype(32);
    QTest::newRow("bool") << "bool"
                          << "bool" << false << qsizetype(32);
    QTest::newRow("bytes1") << "bytes1"
                            << "bytes1" << false << qsizetype(32);
    QTest::newRow("bytes32") << "bytes32"
                             << "bytes32" << false << qsizetype(32);
    QTest::newRow("bytes") << "bytes"
                           << "bytes" << true << qsizetype(32);
    QTest::newRow("string") << "string"
                            << "string" << true << qsizetype(32);
    QTest::newRow("dynamic array") << "uint8[]"
                                   << "uint8[]" << true << qsizetype(32);
    QTest::newRow("static array") << "uint8[3]"
                                  << "uint8[3]" << false << qsizetype(96);
    QTest::newRow("static array of dynamic") << "string[2]"
                                             << "string[2]" << true << qsizetype(32);
    QTest::newRow("2d") << "uint[2][]"
                        << "uint256[2][]" << true << qsizetype(32);
    QTest::newRow("3x2") << "bool[3][2]"
                         << "bool[3][2]" << false << qsizetype(192);
    QTest::newRow("static tuple") << "(uint,address)"
                                  << "(uint256,address)" << false << qsizetype(64);
    QTest::newRow("dynamic tuple") << "(uint,bytes)"
                                   << "(uint256,bytes)" << true << qsizetype(32);
    QTest::newRow("nested") << "((int,bool)[2],(string)[])[]"
                            << "((int256,bool)[2],(string)[])[]" << true << qsizetype(32);
    QTest::newRow("static nested tuple") << "((bytes4,uint8)[2],bool)"
                                         << "((bytes4,uint8)[2],bool)" << false << qsizetype(160);
}

void TestAbi::parsesTypes()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, dynamic);
    QFETCH(qsizetype, headSize);
    const auto type = Type::parse(text);
    QVERIFY2(type.ok(), qPrintable(type ? QString() : type.error().message));
    QCOMPARE(type->name(), canonical);
    QCOMPARE(type->isDynamic(), dynamic);
    QCOMPARE(type->headSize(), headSize);
    QVERIFY(*Type::parse(canonical) == *type);
}

void TestAbi::rejectsTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorKind>("kind");
    const auto invalid = ErrorKind::InvalidInput;
    QTest::newRow("empty") << "" << invalid;
    QTest::newRow("uint7") << "uint7" << invalid;
    QTest::newRow("uint0") << "uint0" << invalid;
    QTest::newRow("uint264") << "uint264" << invalid;
    QTest::newRow("uint08") << "uint08" << invalid;
    QTest::newRow("int4") << "int4" << invalid;
    QTest::newRow("intx") << "intx" << invalid;
    QTest::newRow("bytes0") << "bytes0" << invalid;
    QTest::newRow("bytes33") << "bytes33" << invalid;
    QTest::newRow("bytes01") << "bytes01" << invalid;
    QTest::newRow("zero-length array") << "uint256[0]" << invalid;
    QTest::newRow("array length leading zero") << "uint256[01]" << invalid;
    QTest::newRow("negative length") << "uint256[-1]" << invalid;
    QTest::newRow("huge length") << "uint256[4294967296]" << invalid;
    QTest::newRow("static head too large") << "uint256[40000]" << invalid;
    QTest::newRow("static head too large nested") << "uint256[1000][1000]" << invalid;
    QTest::newRow("empty tuple") << "()" << invalid;
    QTest::newRow("unclosed tuple") << "(uint256" << invalid;
    QTest::newRow("trailing comma") << "(uint256,)" << invalid;
    QTest::newRow("unclosed bracket") << "uint256[" << invalid;
    QTest::newRow("stray bracket") << "uint256]" << invalid;
    QTest::newRow("capital") << "Uint256" << invalid;
    QTest::newRow("trailing space") << "uint256 " << invalid;
    QTest::newRow("leading space") << " uint256" << invalid;
    QTest::newRow("two types") << "uint256,bool" << invalid;
    QTest::newRow("unknown") << "foo" << invalid;
    QTest::newRow("fixed") << "fixed128x18" << ErrorKind::Unsupported;
    QTest::newRow("function") << "function" << ErrorKind::Unsupported;
    QTest::newRow("very deep tuples") << QStringLiteral("(").repeated(100000) << invalid;
}

void TestAbi::rejectsTypes()
{
    QFETCH(QString, text);
    QFETCH(ErrorKind, kind);
    const auto type = Type::parse(text);
    QVERIFY(!type.ok());
    QCOMPARE(type.error().kind, kind);
    QVERIFY(!type.error().message.isEmpty());
}

void TestAbi::typeDepthLimit()
{
    const auto arrays = [](int depth) { return QStringLiteral("uint8") + QStringLiteral("[]").repeated(depth); };
    const auto tuples = [](int depth) {
        return QStringLiteral("(").repeated(depth) + QStringLiteral("bool") + QStringLiteral(")").repeated(depth);
    };
    QVERIFY(Type::parse(arrays(abi::kMaxTypeDepth)).ok());
    QVERIFY(!Type::parse(arrays(abi::kMaxTypeDepth + 1)).ok());
    QVERIFY(Type::parse(tuples(abi::kMaxTypeDepth)).ok());
    const auto tooDeep = Type::parse(tuples(abi::kMaxTypeDepth + 1));
    QVERIFY(!tooDeep.ok());
    QVERIFY2(tooDeep.error().message.contains(QStringLiteral("nested deeper")), qPrintable(tooDeep.error().message));
}

void TestAbi::solidityDocExamples_data()
{
    QTest::addColumn<QString>("typeList");
    QTest::addColumn<QList<Value>>("values");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("baz(uint32,bool)") << "uint32,bool" << QList<Value> { Value::fromUInt(69), Value::boolean(true) }
                                      << words({ "0000000000000000000000000000000000000000000000000000000000000045",
                                             "0000000000000000000000000000000000000000000000000000000000000001" });

    QTest::newRow("bar(bytes3[2])") << "bytes3[2]"
                                    << QList<Value> { Value::array(
                                           { Value::fixedBytes("abc"), Value::fixedBytes("def") }) }
                                    << words({ "6162630000000000000000000000000000000000000000000000000000000000",
                                           "6465660000000000000000000000000000000000000000000000000000000000" });

    QTest::newRow("sam(bytes,bool,uint256[])")
        << "bytes,bool,uint256[]"
        << QList<Value> { Value::bytes("dave"), Value::boolean(true),
               Value::array({ Value::fromUInt(1), Value::fromUInt(2), Value::fromUInt(3) }) }
        << words({ "0000000000000000000000000000000000000000000000000000000000000060",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "00000000000000000000000000000000000000000000000000000000000000a0",
               "0000000000000000000000000000000000000000000000000000000000000004",
               "6461766500000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000003" });

    QTest::newRow("f(uint256,uint32[],bytes10,bytes)")
        << "uint256,uint32[],bytes10,bytes"
        << QList<Value> { Value::fromUInt(0x123), Value::array({ Value::fromUInt(0x456), Value::fromUInt(0x789) }),
               Value::fixedBytes("1234567890"), Value::bytes("Hello, world!") }
        << words({ "0000000000000000000000000000000000000000000000000000000000000123",
               "0000000000000000000000000000000000000000000000000000000000000080",
               "3132333435363738393000000000000000000000000000000000000000000000",
               "00000000000000000000000000000000000000000000000000000000000000e0",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000456",
               "0000000000000000000000000000000000000000000000000000000000000789",
               "000000000000000000000000000000000000000000000000000000000000000d",
               "48656c6c6f2c20776f726c642100000000000000000000000000000000000000" });

    QTest::newRow("g(uint256[][],string[])")
        << "uint256[][],string[]"
        << QList<Value> { Value::array({ Value::array({ Value::fromUInt(1), Value::fromUInt(2) }),
                              Value::array({ Value::fromUInt(3) }) }),
               Value::array({ Value::string(QStringLiteral("one")), Value::string(QStringLiteral("two")),
                   Value::string(QStringLiteral("three")) }) }
        << words({ "0000000000000000000000000000000000000000000000000000000000000040",
               "0000000000000000000000000000000000000000000000000000000000000140",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000040",
               "00000000000000000000000000000000000000000000000000000000000000a0",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "0000000000000000000000000000000000000000000000000000000000000060",
               "00000000000000000000000000000000000000000000000000000000000000a0",
               "00000000000000000000000000000000000000000000000000000000000000e0",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "6f6e650000000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "74776f0000000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000005",
               "7468726565000000000000000000000000000000000000000000000000000000" });

    QTest::newRow("uint256,string") << "uint256,string"
                                    << QList<Value> { Value::fromUInt(1234),
                                           Value::string(QStringLiteral("Hello World")) }
                                    << words({ "00000000000000000000000000000000000000000000000000000000000004d2",
                                           "0000000000000000000000000000000000000000000000000000000000000040",
                                           "000000000000000000000000000000000000000000000000000000000000000b",
                                           "48656c6c6f20576f726c64000000000000000000000000000000000000000000" });
}

void TestAbi::solidityDocExamples()
{
    QFETCH(QString, typeList);
    QFETCH(QList<Value>, values);
    QFETCH(QByteArray, encoded);
    const QList<Type> argTypes = *Type::parseList(typeList);
    const auto ours = abi::encode(argTypes, values);
    QVERIFY2(ours.ok(), qPrintable(ours ? QString() : ours.error().message));
    QCOMPARE(ours->toHex(), encoded.toHex());
    const auto decoded = abi::decode(argTypes, encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
    QVERIFY(*decoded == values);
}

void TestAbi::roundTripsNestedValues()
{
    const QList<Type> argTypes = types("(uint8,(string,bytes)[],int16[2])[],address,(bool,bytes32)[2],string[2][]");
    const QByteArray address = QByteArray::fromHex("8ba1f109551bd432803012645ac136ddd64dba72");
    const Value inner
        = Value::tuple({ Value::string(QStringLiteral("信用链 ✓")), Value::bytes(QByteArray(40, '\x7f')) });
    const QList<Value> values {
        Value::array({
            Value::tuple({ Value::fromUInt(255), Value::array({ inner, inner }),
                Value::array({ Value::fromInt(-32768), Value::fromInt(32767) }) }),
            Value::tuple(
                { Value::fromUInt(0), Value::array({}), Value::array({ Value::fromInt(-1), Value::fromInt(0) }) }),
        }),
        Value::address(address),
        Value::array({ Value::tuple({ Value::boolean(false), Value::fixedBytes(QByteArray(32, 'a')) }),
            Value::tuple({ Value::boolean(true), Value::fixedBytes(QByteArray(32, '\0')) }) }),
        Value::array({ Value::array({ Value::string(QString()), Value::string(QStringLiteral("x")) }) }),
    };
    const auto encoded = abi::encode(argTypes, values);
    QVERIFY2(encoded.ok(), qPrintable(encoded ? QString() : encoded.error().message));
    QCOMPARE(encoded->size() % 32, 0);
    const auto decoded = abi::decode(argTypes, *encoded);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
    QVERIFY(*decoded == values);
    QCOMPARE(abi::encode(argTypes, *decoded).value(), *encoded);

    // Every proper prefix of a canonical encoding lacks something it points to.
    for (qsizetype cut = 0; cut < encoded->size(); cut += 32)
        QVERIFY2(!abi::decode(argTypes, encoded->first(cut)).ok(), qPrintable(QString::number(cut)));
}

void TestAbi::integerRanges()
{
    struct Case {
        const char *type;
        Value value;
        bool fits;
    };
    const QList<Case> cases {
        { "uint8", Value::fromUInt(255), true },
        { "uint8", Value::fromUInt(256), false },
        { "uint8", Value::fromInt(-1), false },
        { "int8", Value::fromInt(127), true },
        { "int8", Value::fromInt(-128), true },
        { "int8", Value::fromInt(128), false },
        { "int8", Value::fromInt(-129), false },
        { "int16", Value::fromInt(-300), true },
        { "int64", Value::fromInt(INT64_MIN), true },
        { "int64", Value::fromUInt(0x8000000000000000ULL), false },
        { "uint64", Value::fromUInt(UINT64_MAX), true },
        { "int256", Value::fromInt(-1), true },
        { "uint256", Value::fromInt(-1), true },
    };
    for (const Case &c : cases) {
        const QList<Type> argTypes = types(c.type);
        const auto encoded = abi::encode(argTypes, { c.value });
        QVERIFY2(encoded.ok() == c.fits, c.type);
        if (!c.fits) {
            QVERIFY(encoded.error().message.contains(QStringLiteral("out of range")));
            continue;
        }
        const auto decoded = abi::decode(argTypes, *encoded);
        QVERIFY2(decoded.ok(), c.type);
        QVERIFY(decoded->front() == c.value);
    }
    QCOMPARE(abi::encode(types("int8"), { Value::fromInt(-2) })->toHex(), ones(31).toHex() + "fe");
    QCOMPARE(abi::encode(types("int256"), { Value::fromInt(-1) }).value(), ones(32));
    QCOMPARE(abi::decode(types("int16"), ones(30) + "\xfe\xd4").value().front().toInt64(), std::optional<qint64>(-300));
}

void TestAbi::wordHelpers()
{
    QCOMPARE(Word::fromInt64(-1).toByteArray(), ones(32));
    QCOMPARE(Word::fromInt64(-1).toInt64(), std::optional<qint64>(-1));
    QVERIFY(!Word::fromInt64(-1).toUInt64().has_value());
    QCOMPARE(Word::fromInt64(INT64_MIN).toInt64(), std::optional<qint64>(INT64_MIN));
    QCOMPARE(Word::fromUInt64(UINT64_MAX).toUInt64(), std::optional<quint64>(UINT64_MAX));
    QVERIFY(!Word::fromUInt64(UINT64_MAX).toInt64().has_value());
    QCOMPARE(Word::fromUInt64(42).toInt64(), std::optional<qint64>(42));
    const auto big = Word::fromBigEndian(QByteArray::fromHex("010000000000000000"));
    QVERIFY(big.has_value());
    QVERIFY(!big->toUInt64().has_value());
    QCOMPARE(big->toByteArray().toHex(), QByteArray(46, '0') + "010000000000000000");
    QVERIFY(!Word::fromBigEndian(QByteArray(33, '\1')).has_value());
    QCOMPARE(Word::fromBigEndian(QByteArray()).value(), Word());
    QVERIFY(Word::fromInt64(-128).fitsSigned(8));
    QVERIFY(!Word::fromInt64(-129).fitsSigned(8));
    QVERIFY(Word::fromUInt64(0xffff).fitsUnsigned(16));
    QVERIFY(!Word::fromUInt64(0x10000).fitsUnsigned(16));
    QVERIFY(!Value::string(QStringLiteral("x")).toUInt64().has_value());
}

void TestAbi::encodeRejects_data()
{
    QTest::addColumn<QString>("typeList");
    QTest::addColumn<QList<Value>>("values");
    QTest::addColumn<QString>("reason");
    QTest::newRow("count mismatch") << "uint256,bool" << QList<Value> { Value::fromUInt(1) }
                                    << QStringLiteral("2 types but 1 values");
    QTest::newRow("string for uint") << "uint256" << QList<Value> { Value::string(QStringLiteral("1")) }
                                     << QStringLiteral("value 0 (uint256): got string");
    QTest::newRow("short address") << "address" << QList<Value> { Value::address(QByteArray(19, 'a')) }
                                   << QStringLiteral("20 bytes, got 19");
    QTest::newRow("bytes for address") << "address" << QList<Value> { Value::bytes(QByteArray(20, 'a')) }
                                       << QStringLiteral("got bytes");
    QTest::newRow("wrong fixed size") << "bytes4" << QList<Value> { Value::fixedBytes("abc") }
                                      << QStringLiteral("expected 4 bytes, got 3");
    QTest::newRow("fixed array count") << "uint8[3]" << QList<Value> { Value::array({ Value::fromUInt(1) }) }
                                       << QStringLiteral("expected 3 elements, got 1");
    QTest::newRow("tuple count") << "(uint8,bool)" << QList<Value> { Value::tuple({ Value::fromUInt(1) }) }
                                 << QStringLiteral("expected 2 components, got 1");
    QTest::newRow("tuple for array") << "uint8[]" << QList<Value> { Value::tuple({}) } << QStringLiteral("got tuple");
    QTest::newRow("nested path") << "bool,(uint8,string)[]"
                                 << QList<Value> { Value::boolean(true),
                                        Value::array({ Value::tuple({ Value::fromUInt(1), Value::string({}) }),
                                            Value::tuple({ Value::fromUInt(300), Value::string({}) }) }) }
                                 << QStringLiteral("value 1[1].0 (uint8): the value is out of range");
}

void TestAbi::encodeRejects()
{
    QFETCH(QString, typeList);
    QFETCH(QList<Value>, values);
    QFETCH(QString, reason);
    const auto encoded = abi::encode(*Type::parseList(typeList), values);
    QVERIFY(!encoded.ok());
    QVERIFY2(encoded.error().message.contains(reason), qPrintable(encoded.error().message));
}

void TestAbi::decodeRejects_data()
{
    QTest::addColumn<QString>("typeList");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray dave = words({ "0000000000000000000000000000000000000000000000000000000000000020",
        "0000000000000000000000000000000000000000000000000000000000000004",
        "6461766500000000000000000000000000000000000000000000000000000000" });

    QTest::newRow("empty") << "uint256" << QByteArray() << QStringLiteral("need more than the 0 bytes left");
    QTest::newRow("truncated word") << "uint256" << QByteArray(31, '\0') << QStringLiteral("than the 31 bytes left");
    QTest::newRow("second head missing") << "uint256,uint256" << word(1) << QStringLiteral("heads of 64 bytes");
    QTest::newRow("truncated payload") << "bytes" << dave.first(70) << QStringLiteral("needs 32 bytes but only 6");
    QTest::newRow("missing padding") << "bytes" << dave.first(68) << QStringLiteral("needs 32 bytes but only 4");
    QTest::newRow("huge offset") << "bytes" << QByteArray(1, '\x80') + QByteArray(31, '\0') + dave.mid(32)
                                 << QStringLiteral("offset 80000000");
    QTest::newRow("offset past end") << "bytes" << word(0x1000) + dave.mid(32) << QStringLiteral("offset");
    QTest::newRow("offset at end") << "bytes" << word(96) + dave.mid(32) << QStringLiteral("needs 32 bytes but only 0");
    QTest::newRow("huge length") << "bytes" << word(32) + ones(32) << QStringLiteral("length ffff");
    QTest::newRow("length past end") << "bytes" << word(32) + word(1000) + QByteArray(1000, '\0')
                                     << QStringLiteral("needs 1024 bytes but only 1000");
    QTest::newRow("length larger than input")
        << "bytes" << word(32) + word(1000) + QByteArray(64, '\0') << QStringLiteral("is larger than the input");
    QTest::newRow("huge array count") << "uint256[]" << word(32) + word(50) + word(1)
                                      << QStringLiteral("50 elements cannot fit in the 32 bytes left");
    QTest::newRow("array count past input")
        << "uint256[]" << word(32) + word(0xffffffffULL) + word(1) << QStringLiteral("is larger than the input");
    QTest::newRow("array count 2^64") << "uint256[]" << word(32) + QByteArray(23, '\0') + "\x01" + QByteArray(8, '\0')
                                      << QStringLiteral("larger than the input");
    QTest::newRow("static array past end")
        << "uint256[32768]" << word(1) << QStringLiteral("heads of 1048576 bytes need more than the 32 bytes");
    QTest::newRow("uint8 dirty") << "uint8" << word(0x100) << QStringLiteral("non-zero padding");
    QTest::newRow("uint248 dirty") << "uint248" << QByteArray(1, '\1') + QByteArray(31, '\0')
                                   << QStringLiteral("non-zero padding");
    QTest::newRow("address dirty") << "address" << QByteArray(11, '\0') + QByteArray(21, '\1')
                                   << QStringLiteral("before the address");
    QTest::newRow("bool 2") << "bool" << word(2) << QStringLiteral("0 or 1");
    QTest::newRow("bool 257") << "bool" << word(257) << QStringLiteral("0 or 1");
    QTest::newRow("bytes4 dirty") << "bytes4" << QByteArray("abcde") + QByteArray(27, '\0')
                                  << QStringLiteral("after the bytes");
    QTest::newRow("bytes payload dirty") << "bytes" << dave.first(95) + "\x01" << QStringLiteral("after the bytes");
    QTest::newRow("int8 positive overflow") << "int8" << word(0x80) << QStringLiteral("not sign-extended");
    QTest::newRow("int8 negative overflow") << "int8" << ones(31) + "\x7f" << QStringLiteral("not sign-extended");
    QTest::newRow("int8 mixed padding") << "int8" << QByteArray(1, '\0') + ones(31)
                                        << QStringLiteral("not sign-extended");
    QTest::newRow("nested bad bool") << "(uint8,bool[])" << word(32) + word(1) + word(64) + word(1) + word(3)
                                     << QStringLiteral("offset 128 (bool)");
}

void TestAbi::decodeRejects()
{
    QFETCH(QString, typeList);
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const auto decoded = abi::decode(*Type::parseList(typeList), data);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(decoded.error().message.contains(reason), qPrintable(decoded.error().message));
}

void TestAbi::aliasedOffsetsCannotExpand()
{
    // 10 levels of 4-way fan-out: 1,952 bytes that would describe a million integers.
    const QString type = QStringLiteral("uint256") + QStringLiteral("[]").repeated(10);
    const QByteArray bomb = aliasedArrays(10, 4);
    QVERIFY(bomb.size() < 2000);
    QElapsedTimer timer;
    timer.start();
    const auto decoded = abi::decode(types(qPrintable(type)), bomb);
    QVERIFY(!decoded.ok());
    QVERIFY2(
        decoded.error().message.contains(QStringLiteral("exceed the input size")), qPrintable(decoded.error().message));
    QVERIFY(timer.elapsed() < 1000);

    // The same shape without fan-out is a plain canonical encoding and decodes.
    const auto single = abi::decode(types(qPrintable(type)), aliasedArrays(10, 1));
    QVERIFY2(single.ok(), qPrintable(single ? QString() : single.error().message));

    // Two heads sharing one tail is not canonical but stays within the input size: accepted.
    const QByteArray shared = word(64) + word(64) + word(3) + textWord("abc");
    const auto twice = abi::decode(types("string,string"), shared);
    QVERIFY(twice.ok());
    QCOMPARE(*twice->at(1).get<QString>(), QStringLiteral("abc"));
}

void TestAbi::toleratesInvalidUtf8()
{
    const QByteArray data = word(32) + word(3) + QByteArray("\xff\xfe\x80") + QByteArray(29, '\0');
    const auto decoded = abi::decode(types("string"), data);
    QVERIFY(decoded.ok());
    const QString text = *decoded->front().get<QString>();
    QVERIFY(text.contains(QChar::ReplacementCharacter));
    // Re-encoding gives valid UTF-8 that decodes to the same string.
    const auto again = abi::decode(types("string"), abi::encode(types("string"), *decoded).value());
    QVERIFY(again.ok());
    QVERIFY(*again == *decoded);
}

void TestAbi::selectorsUseSm3()
{
    // SM3("Error(string)") = c703cb12 7a7056ac ..., checked with `openssl dgst -sm3`.
    QCOMPARE(abi::errorSelectorSm3().toHex(), QByteArray("c703cb12"));
    QCOMPARE(abi::errorSelectorKeccak().toHex(), QByteArray("08c379a0"));
    QCOMPARE(abi::functionSelector(u"Error(string)").toHex(), QByteArray("c703cb12"));
    QCOMPARE(abi::functionSelector(u"transfer(address,uint256)").toHex(), QByteArray("6904e965"));
    QCOMPARE(abi::eventTopic(u"transfer(address,uint256)").toHex(),
        QByteArray("6904e965fbdbf644bf7842f29112f6dae08f6b8ab92aa9b3e82e5709f387ba2f"));
    QCOMPARE(abi::eventTopic(u"Transfer(address,address,uint256)"), crypto::sm3("Transfer(address,address,uint256)"));

    const auto signature = abi::Signature::parse(u"transfer(address,uint)");
    QVERIFY(signature.ok());
    const auto call = abi::encodeCall(*signature, { Value::address(QByteArray(20, '\x11')), Value::fromUInt(5) });
    QVERIFY(call.ok());
    QCOMPARE(call->first(4).toHex(), QByteArray("6904e965"));
    QCOMPARE(call->mid(4), QByteArray(12, '\0') + QByteArray(20, '\x11') + word(5));
    QVERIFY(!abi::encodeCall(*signature, { Value::fromUInt(5) }).ok());
}

void TestAbi::signatures()
{
    QCOMPARE(abi::signature(u"baz", types("uint32,bool")), QStringLiteral("baz(uint32,bool)"));
    QCOMPARE(abi::signature(u"f", {}), QStringLiteral("f()"));
    QCOMPARE(abi::signature(u"g", types("(uint,string)[],int")), QStringLiteral("g((uint256,string)[],int256)"));

    const auto parsed = abi::Signature::parse(u"placeOrder(bytes32,uint,(address,bytes)[])");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->name, QStringLiteral("placeOrder"));
    QCOMPARE(parsed->types.size(), 3);
    QCOMPARE(parsed->text(), QStringLiteral("placeOrder(bytes32,uint256,(address,bytes)[])"));
    QCOMPARE(abi::Signature::parse(u"f()").value().types.size(), 0);

    for (const char16_t *bad : { u"", u"f", u"(uint256)", u"f(uint256", u"1f(uint256)", u"f g(uint256)",
             u"f(uint256, bool)", u"f(uint256,)", u"f(uint256))" })
        QVERIFY2(!abi::Signature::parse(bad).ok(), qPrintable(QString::fromUtf16(bad)));
}

void TestAbi::revertReasons()
{
    // Solidity documentation's example of revert("Not enough Ether provided.") (Keccak selector).
    const QByteArray keccakRevert = QByteArray::fromHex("08c379a0") + word(32) + word(26)
        + QByteArray::fromHex("4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");
    QCOMPARE(
        abi::decodeRevertReason(keccakRevert), std::optional<QString>(QStringLiteral("Not enough Ether provided.")));

    const QString reason = QStringLiteral("订单状态不允许此操作");
    const QByteArray gmRevert
        = QByteArray::fromHex("c703cb12") + abi::encode(types("string"), { Value::string(reason) }).value();
    QCOMPARE(abi::decodeRevertReason(gmRevert), std::optional<QString>(reason));

    QVERIFY(!abi::decodeRevertReason({}).has_value());
    QVERIFY(!abi::decodeRevertReason(QByteArray::fromHex("c703cb")).has_value());
    QVERIFY(!abi::decodeRevertReason(QByteArray::fromHex("c703cb12")).has_value());
    QVERIFY(!abi::decodeRevertReason(gmRevert.first(gmRevert.size() - 1)).has_value());
    QVERIFY(!abi::decodeRevertReason(QByteArray::fromHex("4e487b71") + word(0x11)).has_value());
    QVERIFY(!abi::decodeRevertReason(QByteArray::fromHex("deadbeef") + gmRevert.mid(4)).has_value());
}

QTEST_GUILESS_MAIN(TestAbi)
#include "TestAbi.moc"
