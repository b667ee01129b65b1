// SPDX-License-Identifier: Apache-2.0
// The executor's bytes as the EVM would write them, checked against layouts
// written out by hand (not through the ABI table): logs, revert output, call
// data it must refuse; and the typed event decoder on malformed logs.
#include "MarketFixture.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "crypto/Sm3.h"
#include "market/MarketCalls.h"

#include <QCryptographicHash>
#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

QByteArray word(quint64 value)
{
    return abi::Word::fromUInt64(value).toByteArray();
}

QByteArray addressWord(const QByteArray &address)
{
    return QByteArray(12, '\0') + address;
}

QByteArray paddedText(const QByteArray &text)
{
    QByteArray out = text;
    out.append((32 - out.size() % 32) % 32, '\0');
    return out;
}

QByteArray topicOf(const char *signature)
{
    return crypto::sm3(QByteArray(signature));
}

// Replaces the 32-byte word at index (counted after the selector).
QByteArray withWord(QByteArray callData, int index, const QByteArray &replacement)
{
    callData.replace(4 + 32 * index, 32, replacement);
    return callData;
}

} // namespace

class TestMarketWire final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void orderPlacedLogLayout();
    void orderRejectedLogLayout();
    void revertOutputIsErrorString();
    void stringsKeepTheirRawBytes();
    void refusesMalformedCallData_data();
    void refusesMalformedCallData();
    void callNeverWrites();
    void senderMustBeAnAddress();
    void decodeEventRefusesMalformedLogs();
};

void TestMarketWire::orderPlacedLogLayout()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    QCOMPARE(f.lastLogs().size(), 2);
    // First the use of the authorisation, both ids indexed.
    const Log &use = f.lastLogs().front();
    QCOMPARE(use.address, f.contract);
    const QList<QByteArray> useTopics { topicOf("AuthorisationUsed(uint64,uint64,address,uint64)"),
        word(MarketFixture::kAuthorisation), word(42) };
    QCOMPARE(use.topics, useTopics);
    QCOMPARE(use.data, addressWord(f.bank) + word(MarketFixture::kProduct));
    // Then the order, carrying the recorded letter's hash.
    const Log &log = f.lastLogs().back();
    QCOMPARE(log.address, f.contract);
    const QList<QByteArray> topics { topicOf("OrderPlaced(uint64,address,uint8,uint64,address,uint64,bytes32,bytes32)"),
        word(42), addressWord(f.bank) };
    QCOMPARE(log.topics, topics);
    QCOMPARE(log.data,
        word(1) + word(MarketFixture::kProduct) + addressWord(f.bureau) + word(5000) + hash(0xA1) + hash(0xA2));
}

void TestMarketWire::orderRejectedLogLayout()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    EXPECT_OK(f, f.bureau, calls::rejectOrder(42, QStringLiteral("授权过期")));
    const Log &log = f.lastLogs().front();
    const QList<QByteArray> topics { topicOf("OrderRejected(uint64,address,uint8,string)"), word(42),
        addressWord(f.bureau) };
    QCOMPARE(log.topics, topics);
    const QByteArray reason = QStringLiteral("授权过期").toUtf8();
    QCOMPARE(log.data, word(3) + word(64) + word(static_cast<quint64>(reason.size())) + paddedText(reason));
}

void TestMarketWire::revertOutputIsErrorString()
{
    MarketFixture f;
    const ExecutionResult result = f.run(f.bank, calls::setInstitutionActive(f.bank, false));
    QVERIFY(result.reverted);
    const QByteArray reason("caller is not the operator");
    QCOMPARE(result.output.toHex(),
        (QByteArray::fromHex("c703cb12") + word(32) + word(static_cast<quint64>(reason.size())) + paddedText(reason))
            .toHex());
}

void TestMarketWire::stringsKeepTheirRawBytes()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    // Not UTF-8: the EVM stores and emits these bytes as they are.
    const QByteArray raw("\xff\xfe bad \xc3", 9);
    const QByteArray callData = function(Function::RejectOrder).selector
        + *abi::encode(*abi::Type::parseList(u"uint64,bytes"), { abi::Value::fromUInt(42), abi::Value::bytes(raw) });
    EXPECT_OK(f, f.bureau, callData);
    QCOMPARE(f.lastLogs().front().data, word(3) + word(64) + word(static_cast<quint64>(raw.size())) + paddedText(raw));
}

void TestMarketWire::refusesMalformedCallData_data()
{
    QTest::addColumn<QByteArray>("sender");
    QTest::addColumn<QByteArray>("callData");
    MarketFixture f;
    const QByteArray accept = *calls::acceptOrder(42);
    const QByteArray registration
        = *calls::registerInstitution(address(0x77), code(7), QStringLiteral("名"), Role::Bank, 110000, publicKey(7));
    const QByteArray keccakSelector
        = QCryptographicHash::hash("acceptOrder(uint64)", QCryptographicHash::Keccak_256).first(4);

    QTest::newRow("empty") << f.bank << QByteArray();
    QTest::newRow("three bytes") << f.bank << accept.first(3);
    QTest::newRow("unknown selector") << f.bank << QByteArray::fromHex("deadbeef") + word(42);
    QTest::newRow("Keccak selector") << f.bureau << keccakSelector + word(42);
    QTest::newRow("selector without arguments") << f.bureau << accept.first(4);
    QTest::newRow("truncated argument") << f.bureau << accept.first(4 + 31);
    QTest::newRow("order id above uint64")
        << f.bureau << withWord(accept, 0, QByteArray(23, '\0') + '\x01' + QByteArray(8, '\0'));
    QTest::newRow("role above uint8") << f.operatorAccount << withWord(registration, 3, word(256));
    QTest::newRow("dirty address") << f.operatorAccount
                                   << withWord(registration, 0,
                                          QByteArray(1, '\x01') + QByteArray(11, '\0') + address(0x77));
    QTest::newRow("bool 2") << f.operatorAccount << withWord(*calls::setInstitutionActive(f.bank, true), 1, word(2));
    QTest::newRow("string offset past the end") << f.operatorAccount << withWord(registration, 1, word(1u << 20));
}

void TestMarketWire::refusesMalformedCallData()
{
    QFETCH(QByteArray, sender);
    QFETCH(QByteArray, callData);
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    const QString why = f.expectBareRevert(sender, callData);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMarketWire::callNeverWrites()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const MemoryContractState before = f.state;
    const ExecutionResult result = call(f.state, f.contract, f.bank,
        *calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(2)), f.now(), 1);
    QVERIFY(!result.reverted);
    QVERIFY(result.logs.isEmpty());
    QVERIFY(f.state == before);
}

void TestMarketWire::senderMustBeAnAddress()
{
    MarketFixture f;
    const MemoryContractState before = f.state;
    const ExecutionResult result
        = execute(f.state, f.contract, f.operatorAccount.first(19), *calls::setInstitutionActive(f.bank, false), 1, 1);
    QVERIFY(result.reverted);
    QCOMPARE(result.revertReason, QStringLiteral("sender and contract address must be 20 bytes"));
    QVERIFY(f.state == before);
}

void TestMarketWire::decodeEventRefusesMalformedLogs()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    EXPECT_OK(f, f.bureau, calls::acceptOrder(42));
    const Log good = f.lastLogs().front();
    QVERIFY(decodeEvent(good));

    Log missingTopic = good;
    missingTopic.topics.removeLast();
    QCOMPARE(decodeEvent(missingTopic).error().kind, ErrorKind::InvalidInput);

    Log dirtyAddress = good;
    dirtyAddress.topics[2][0] = '\x01';
    QCOMPARE(decodeEvent(dirtyAddress).error().kind, ErrorKind::InvalidInput);

    Log wrongState = good;
    wrongState.data = word(static_cast<quint64>(OrderState::Delivered));
    const auto contradicted = decodeEvent(wrongState);
    QVERIFY(!contradicted);
    QVERIFY2(
        contradicted.error().message.contains(QStringLiteral("Delivered")), qPrintable(contradicted.error().message));

    Log stateOutOfRange = good;
    stateOutOfRange.data = word(9);
    QCOMPARE(decodeEvent(stateOutOfRange).error().kind, ErrorKind::InvalidInput);

    Log noData = good;
    noData.data.clear();
    QCOMPARE(decodeEvent(noData).error().kind, ErrorKind::InvalidInput);

    Log otherContract = good;
    otherContract.topics[0] = topicOf("Transfer(address,address,uint256)");
    QCOMPARE(decodeEvent(otherContract).error().kind, ErrorKind::NotFound);
    QCOMPARE(decodeEvent(Log { f.contract, {}, {} }).error().kind, ErrorKind::NotFound);

    // A role number no role has, in an otherwise valid InstitutionRegistered log.
    auto registered = encodeLog(f.contract, Event::InstitutionRegistered,
        { abi::Value::address(address(0x77)), abi::Value::string(code(7)), abi::Value::string(QStringLiteral("名")),
            abi::Value::fromUInt(9), abi::Value::fromUInt(110000), abi::Value::bytes(publicKey(7)) });
    QVERIFY(registered);
    QCOMPARE(decodeEvent(*registered).error().kind, ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestMarketWire)
#include "TestMarketWire.moc"
