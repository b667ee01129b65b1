// SPDX-License-Identifier: Apache-2.0
// The storage layout of STATE.md (keys, records, strict decoding), the
// write buffer behind revert atomicity, and what a corrupt record does.
#include "MarketFixture.h"
#include "codec/Rlp.h"
#include "market/BufferedContractState.h"
#include "market/MarketCalls.h"
#include "market/StateRecords.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

class TestMarketState final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysAreAsDocumented();
    void recordsRoundTrip();
    void recordDecodingIsStrict_data();
    void recordDecodingIsStrict();
    void bufferedStateLayersWrites();
    void corruptRecordRevertsTheCall();
};

void TestMarketState::keysAreAsDocumented()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(
            0x0102030405060708, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(2)));

    const auto &entries = f.state.entries();
    QVERIFY(entries.contains(QByteArrayLiteral("operator")));
    QVERIFY(entries.contains(QByteArrayLiteral("i/") + f.bank));
    QVERIFY(entries.contains(QByteArray::fromHex("702f0000000000000001"))); // "p/" + 1 big-endian
    QVERIFY(entries.contains(QByteArray::fromHex("6f2f0102030405060708"))); // "o/" + id big-endian
    QVERIFY(entries.contains(QByteArray::fromHex("612f0000000000000001"))); // "a/" + 1 big-endian
    // 1 operator + 7 institutions + 2 products + 2 authorisations + 1 order: nothing else is written.
    QCOMPARE(entries.size(), std::size_t(13));
    QCOMPARE(state::decodeOperator(entries.at(QByteArrayLiteral("operator"))).value(), f.operatorAccount);
    const auto bank = state::decodeInstitution(entries.at(QByteArrayLiteral("i/") + f.bank));
    VERIFY_RESULT(bank);
    QCOMPARE(bank->role, Role::Bank);
    QVERIFY(bank->active);
}

void TestMarketState::recordsRoundTrip()
{
    const state::InstitutionRecord institution { Role::Mediator, 440300, false, "91440300MA5XXXXXX1", "名",
        publicKey(3) };
    QCOMPARE(state::decodeInstitution(state::encode(institution)).value(), institution);

    const state::ProductRecord product { address(2), Series::Lianrong, "n", "", 0, 1, "PDF", true,
        { address(3), address(4) }, false };
    QCOMPARE(state::decodeProduct(state::encode(product)).value(), product);

    state::OrderRecord order;
    order.productId = 9;
    order.state = OrderState::Resolved;
    order.mediator = address(5);
    order.placedAt = 1'700'000'000'000;
    order.updatedAt = 1'700'000'360'000;
    QCOMPARE(state::decodeOrder(state::encode(order)).value(), order);
}

void TestMarketState::recordDecodingIsStrict_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("value");
    using rlp::Item;
    const auto institution = [](QList<Item> fields) { return rlp::encode(Item::list(std::move(fields))); };
    const QList<Item> goodInstitution { Item::fromUInt(3), Item::fromUInt(110000), Item::fromUInt(1),
        Item::fromBytes("c"), Item::fromBytes("n"), Item::fromBytes(publicKey(1)) };

    QTest::newRow("institution: not RLP") << 0 << QByteArray("\xc5\x01", 2);
    QTest::newRow("institution: a byte string") << 0 << rlp::encodeBytes("x");
    QTest::newRow("institution: five fields") << 0 << institution(goodInstitution.first(5));
    auto badRole = goodInstitution;
    badRole[0] = Item::fromUInt(6);
    QTest::newRow("institution: role 6") << 0 << institution(badRole);
    auto badFlag = goodInstitution;
    badFlag[2] = Item::fromUInt(2);
    QTest::newRow("institution: active 2") << 0 << institution(badFlag);
    auto bigRegion = goodInstitution;
    bigRegion[1] = Item::fromUInt(quint64(1) << 32);
    QTest::newRow("institution: region above uint32") << 0 << institution(bigRegion);

    state::OrderRecord order;
    order.state = OrderState::Placed;
    QByteArray shortBank = state::encode(order);
    order.state = OrderState::None;
    QTest::newRow("order: state None") << 2 << state::encode(order);
    auto orderFields = rlp::decode(shortBank)->items;
    orderFields[1] = Item::fromBytes(address(1).first(19));
    QTest::newRow("order: 19-byte bank") << 2 << rlp::encode(Item::list(orderFields));

    state::ProductRecord product { address(2), Series::Lianfu, "n", "", 0, 1, "", false, {}, true };
    auto productFields = rlp::decode(state::encode(product))->items;
    productFields[8] = Item::list({ Item::fromBytes(address(3).first(10)) });
    QTest::newRow("product: short partner") << 1 << rlp::encode(Item::list(productFields));
    productFields[8] = Item::fromBytes("not a list");
    QTest::newRow("product: partners not a list") << 1 << rlp::encode(Item::list(productFields));
}

void TestMarketState::recordDecodingIsStrict()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, value);
    Error error;
    if (kind == 0)
        error = state::decodeInstitution(value).error();
    else if (kind == 1)
        error = state::decodeProduct(value).error();
    else
        error = state::decodeOrder(value).error();
    QCOMPARE(error.kind, ErrorKind::Corrupt);
}

void TestMarketState::bufferedStateLayersWrites()
{
    MemoryContractState base;
    base.put("a", "1");
    base.put("b", "2");
    BufferedContractState buffer(base);
    buffer.put("b", "3");
    buffer.put("c", "4");
    QCOMPARE(buffer.get("a"), std::optional<QByteArray>("1"));
    QCOMPARE(buffer.get("b"), std::optional<QByteArray>("3"));
    QCOMPARE(buffer.get("c"), std::optional<QByteArray>("4"));
    QCOMPARE(buffer.get("d"), std::optional<QByteArray>());
    QCOMPARE(base.get("b"), std::optional<QByteArray>("2"));
    QVERIFY(!base.get("c"));

    buffer.commitTo(base);
    QCOMPARE(base.get("b"), std::optional<QByteArray>("3"));
    QCOMPARE(base.get("c"), std::optional<QByteArray>("4"));
    QCOMPARE(base.entries().size(), std::size_t(3));
}

void TestMarketState::corruptRecordRevertsTheCall()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    f.state.put(state::productKey(MarketFixture::kProduct), QByteArray("\xc1\x80", 2));
    const MemoryContractState before = f.state;
    const ExecutionResult result = f.run(
        f.bank, calls::placeAuthorisedOrder(42, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(2)));
    QVERIFY(result.reverted);
    QVERIFY2(result.revertReason.startsWith(QStringLiteral("corrupt contract state: product record")),
        qPrintable(result.revertReason));
    QVERIFY(f.state == before);

    MemoryContractState noOperator;
    const ExecutionResult uninitialised
        = execute(noOperator, f.contract, f.operatorAccount, *calls::setInstitutionActive(f.bank, true), 1, 1);
    QCOMPARE(uninitialised.revertReason, QStringLiteral("corrupt contract state: no operator was initialised"));
}

QTEST_GUILESS_MAIN(TestMarketState)
#include "TestMarketState.moc"
