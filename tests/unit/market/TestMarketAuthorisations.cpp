// SPDX-License-Identifier: Apache-2.0
// recordAuthorisation, revokeAuthorisation, placeAuthorisedOrder and
// getAuthorisation (授权 and 授权使用痕迹): every rule from the right and the
// wrong caller, each refusal with its reason and the state untouched, and the
// trace every use leaves (AuthorisationUsed before OrderPlaced, ActedBy last).
#include "MarketFixture.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

constexpr quint64 kAuthorisation = 11;
constexpr quint64 kOrder = 21;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

//! Terms covering kProduct by id, valid from now for 30 days.
calls::AuthorisationTerms terms(const MarketFixture &f, quint64 id = kAuthorisation)
{
    calls::AuthorisationTerms t;
    t.authorisationId = id;
    t.enterpriseCommitment = hash(0xE1);
    t.letterHash = hash(0xE2);
    t.letterDocument = hash(0xE3);
    t.productIds = { MarketFixture::kProduct };
    t.purpose = QStringLiteral("贷前审查");
    t.validFromMs = static_cast<quint64>(f.now());
    t.validUntilMs = static_cast<quint64>(f.now() + 30 * kDayMs);
    return t;
}

Result<Authorisation> viewAuthorisation(const MarketFixture &f, quint64 id)
{
    const ExecutionResult result = call(f.state, f.contract, f.stranger, *calls::getAuthorisation(id), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeAuthorisation(result.output);
}

QList<MarketEvent> lastEvents(const MarketFixture &f)
{
    QList<MarketEvent> out;
    for (const Log &log : f.lastLogs())
        out += decodeEvent(log).value();
    return out;
}

Result<QByteArray> placeWith(
    quint64 authorisationId, quint64 orderId = kOrder, quint64 productId = MarketFixture::kProduct)
{
    return calls::placeAuthorisedOrder(orderId, productId, authorisationId, hash(0xA2));
}

} // namespace

class TestMarketAuthorisations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aBankRecordsAnAuthorisation();
    void onlyAnActiveBankRecords_data();
    void onlyAnActiveBankRecords();
    void recordChecks_data();
    void recordChecks();
    void anOrderWithTheAuthorisationLeavesATrace();
    void aSeriesAuthorisationCoversEveryProductOfTheSeries();
    void placeAuthorisedOrderRefusals_data();
    void placeAuthorisedOrderRefusals();
    void anAuthorisationIsNotValidBeforeItBeginsNorFromItsEnd();
    void onlyTheBankRevokesAndOnlyOnce();
    void aUserRecordsAndUsesForItsBankAndIsNamed();
    void getAuthorisationOfAnUnknownIdReverts();

private:
    MarketFixture *m_f = nullptr;
    std::unique_ptr<MarketFixture> m_fixture;
};

void TestMarketAuthorisations::init()
{
    m_fixture = std::make_unique<MarketFixture>();
    m_f = m_fixture.get();
    const QString listed = m_f->listProducts();
    QVERIFY2(listed.isEmpty(), qPrintable(listed));
}

void TestMarketAuthorisations::aBankRecordsAnAuthorisation()
{
    MarketFixture &f = *m_f;
    const calls::AuthorisationTerms t = terms(f);
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(t));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(*event,
        MarketEvent(AuthorisationRecorded { kAuthorisation, f.bank, t.enterpriseCommitment, t.letterHash,
            t.letterDocument, 0, t.productIds, t.purpose, t.validFromMs, t.validUntilMs }));
    const auto view = viewAuthorisation(f, kAuthorisation);
    VERIFY_RESULT(view);
    QCOMPARE(*view,
        (Authorisation { kAuthorisation, f.bank, t.enterpriseCommitment, t.letterHash, t.letterDocument, 0,
            t.productIds, t.purpose, t.validFromMs, t.validUntilMs, false, 0 }));
}

void TestMarketAuthorisations::onlyAnActiveBankRecords_data()
{
    QTest::addColumn<QByteArray>("caller");
    QTest::addColumn<QString>("reason");
    const MarketFixture f(false);
    QTest::newRow("a bureau") << f.bureau << QStringLiteral("caller is not a bank");
    QTest::newRow("a regulator") << f.regulator << QStringLiteral("caller is not a bank");
    QTest::newRow("the operator") << f.operatorAccount << QStringLiteral("caller is not a bank");
    QTest::newRow("a stranger") << f.stranger << QStringLiteral("caller is not a bank");
}

void TestMarketAuthorisations::onlyAnActiveBankRecords()
{
    QFETCH(QByteArray, caller);
    QFETCH(QString, reason);
    MarketFixture &f = *m_f;
    const QString why = f.expectRevert(caller, calls::recordAuthorisation(terms(f)), reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));

    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, false));
    EXPECT_REVERT(f, f.bank, calls::recordAuthorisation(terms(f)), "caller's institution is not active");
}

void TestMarketAuthorisations::recordChecks_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zero id") << 0 << QStringLiteral("authorisation id must not be zero");
    QTest::newRow("id taken") << 1 << QStringLiteral("authorisation id already exists");
    QTest::newRow("no commitment") << 2 << QStringLiteral("enterprise commitment is required");
    QTest::newRow("no letter hash") << 3 << QStringLiteral("letter hash is required");
    QTest::newRow("no letter document") << 4 << QStringLiteral("letter document is required");
    QTest::newRow("series 4") << 5 << QStringLiteral("unknown product series");
    QTest::newRow("covers nothing") << 6 << QStringLiteral("the authorisation covers no product");
    QTest::newRow("17 products") << 7 << QStringLiteral("too many products");
    QTest::newRow("unknown product") << 8 << QStringLiteral("unknown product");
    QTest::newRow("product twice") << 9 << QStringLiteral("duplicate product");
    QTest::newRow("no purpose") << 10 << QStringLiteral("purpose is required");
    QTest::newRow("ends before it begins") << 11 << QStringLiteral("validity ends before it begins");
    QTest::newRow("ends at its start") << 12 << QStringLiteral("validity ends before it begins");
    QTest::newRow("already expired") << 13 << QStringLiteral("the authorisation has already expired");
}

void TestMarketAuthorisations::recordChecks()
{
    QFETCH(int, variant);
    QFETCH(QString, reason);
    MarketFixture &f = *m_f;
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(terms(f, 99)));
    calls::AuthorisationTerms t = terms(f);
    switch (variant) {
    case 0:
        t.authorisationId = 0;
        break;
    case 1:
        t.authorisationId = 99;
        break;
    case 2:
        t.enterpriseCommitment = hash(0);
        break;
    case 3:
        t.letterHash = hash(0);
        break;
    case 4:
        t.letterDocument = hash(0);
        break;
    case 5:
        t.series = 4;
        break;
    case 6:
        t.productIds.clear();
        break;
    case 7:
        t.productIds.clear();
        for (quint64 i = 0; i < 17; ++i)
            t.productIds += MarketFixture::kProduct;
        break;
    case 8:
        t.productIds = { MarketFixture::kProduct, 404 };
        break;
    case 9:
        t.productIds = { MarketFixture::kProduct, MarketFixture::kJointProduct, MarketFixture::kProduct };
        break;
    case 10:
        t.purpose.clear();
        break;
    case 11:
        t.validUntilMs = t.validFromMs - 1;
        break;
    case 12:
        t.validUntilMs = t.validFromMs;
        break;
    case 13:
        t.validFromMs = static_cast<quint64>(f.now() - 60 * kDayMs);
        t.validUntilMs = static_cast<quint64>(f.now() - kDayMs);
        break;
    default:
        QFAIL("no such variant");
    }
    const QString why = f.expectRevert(f.bank, calls::recordAuthorisation(t), reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMarketAuthorisations::anOrderWithTheAuthorisationLeavesATrace()
{
    MarketFixture &f = *m_f;
    const calls::AuthorisationTerms t = terms(f);
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(t));
    EXPECT_OK(f, f.bank, placeWith(kAuthorisation));
    const QList<MarketEvent> events = lastEvents(f);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0], MarketEvent(AuthorisationUsed { kAuthorisation, kOrder, f.bank, MarketFixture::kProduct }));
    const auto &placed = std::get<OrderPlaced>(events[1]);
    QCOMPARE(placed.orderId, kOrder);
    // The order carries the recorded letter's hash, as an order placed with the bare hash would.
    QCOMPARE(placed.authorisationHash, t.letterHash);
    QCOMPARE(viewAuthorisation(f, kAuthorisation)->uses, 1U);

    EXPECT_OK(f, f.bank, placeWith(kAuthorisation, kOrder + 1));
    QCOMPARE(viewAuthorisation(f, kAuthorisation)->uses, 2U);
}

void TestMarketAuthorisations::aSeriesAuthorisationCoversEveryProductOfTheSeries()
{
    MarketFixture &f = *m_f;
    calls::AuthorisationTerms t = terms(f);
    t.productIds.clear();
    t.series = static_cast<quint8>(Series::Lianrong);
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(t));
    EXPECT_OK(f, f.bank, placeWith(kAuthorisation, kOrder, MarketFixture::kJointProduct));
    // kProduct is 链通: not covered by a 链融 authorisation.
    EXPECT_REVERT(f, f.bank, placeWith(kAuthorisation, kOrder + 1), "the authorisation does not cover the product");
}

void TestMarketAuthorisations::placeAuthorisedOrderRefusals_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown authorisation") << 0 << QStringLiteral("unknown authorisation");
    QTest::newRow("another bank's") << 1 << QStringLiteral("the authorisation belongs to another bank");
    QTest::newRow("revoked") << 2 << QStringLiteral("the authorisation is revoked");
    QTest::newRow("product not covered") << 3 << QStringLiteral("the authorisation does not cover the product");
    QTest::newRow("no request document") << 4 << QStringLiteral("request document is required");
    QTest::newRow("a bureau places") << 5 << QStringLiteral("caller is not a bank");
    QTest::newRow("unknown product first") << 6 << QStringLiteral("unknown product");
}

void TestMarketAuthorisations::placeAuthorisedOrderRefusals()
{
    QFETCH(int, variant);
    QFETCH(QString, reason);
    MarketFixture &f = *m_f;
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(terms(f)));
    EXPECT_OK(f, f.bank2, calls::recordAuthorisation(terms(f, kAuthorisation + 1)));
    QByteArray caller = f.bank;
    Result<QByteArray> data = placeWith(kAuthorisation);
    switch (variant) {
    case 0:
        data = placeWith(404);
        break;
    case 1:
        data = placeWith(kAuthorisation + 1);
        break;
    case 2:
        EXPECT_OK(f, f.bank, calls::revokeAuthorisation(kAuthorisation, QStringLiteral("企业撤回授权")));
        break;
    case 3:
        data = placeWith(kAuthorisation, kOrder, MarketFixture::kJointProduct);
        break;
    case 4:
        data = calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, kAuthorisation, hash(0));
        break;
    case 5:
        caller = f.bureau;
        break;
    case 6:
        data = placeWith(404, kOrder, 404);
        break;
    default:
        QFAIL("no such variant");
    }
    const QString why = f.expectRevert(caller, data, reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(viewAuthorisation(f, kAuthorisation)->uses, 0U);
}

void TestMarketAuthorisations::anAuthorisationIsNotValidBeforeItBeginsNorFromItsEnd()
{
    MarketFixture &f = *m_f;
    calls::AuthorisationTerms t = terms(f);
    // Each call advances the block time by one second (MarketFixture::run).
    t.validFromMs = static_cast<quint64>(f.now() + 3000);
    t.validUntilMs = static_cast<quint64>(f.now() + 5000);
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(t)); // now + 1 s
    EXPECT_REVERT(f, f.bank, placeWith(kAuthorisation), "the authorisation is not valid at this time"); // + 2 s
    EXPECT_OK(f, f.bank, placeWith(kAuthorisation)); // + 3 s: its first instant
    EXPECT_OK(f, f.bank, placeWith(kAuthorisation, kOrder + 1)); // + 4 s
    EXPECT_REVERT(f, f.bank, placeWith(kAuthorisation, kOrder + 2), "the authorisation is not valid at this time");
}

void TestMarketAuthorisations::onlyTheBankRevokesAndOnlyOnce()
{
    MarketFixture &f = *m_f;
    EXPECT_OK(f, f.bank, calls::recordAuthorisation(terms(f)));
    const QString reason = QStringLiteral("企业撤回授权");
    EXPECT_REVERT(f, f.bank, calls::revokeAuthorisation(404, reason), "unknown authorisation");
    EXPECT_REVERT(
        f, f.bank2, calls::revokeAuthorisation(kAuthorisation, reason), "caller is not the authorisation's bank");
    EXPECT_REVERT(f, f.operatorAccount, calls::revokeAuthorisation(kAuthorisation, reason),
        "caller is not the authorisation's bank");
    EXPECT_REVERT(f, f.bank, calls::revokeAuthorisation(kAuthorisation, QString()), "reason is required");
    EXPECT_OK(f, f.bank, calls::revokeAuthorisation(kAuthorisation, reason));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(*event, MarketEvent(AuthorisationRevoked { kAuthorisation, f.bank, reason }));
    QVERIFY(viewAuthorisation(f, kAuthorisation)->revoked);
    EXPECT_REVERT(
        f, f.bank, calls::revokeAuthorisation(kAuthorisation, reason), "the authorisation is already revoked");

    EXPECT_OK(f, f.bank, calls::recordAuthorisation(terms(f, kAuthorisation + 1)));
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, false));
    EXPECT_REVERT(
        f, f.bank, calls::revokeAuthorisation(kAuthorisation + 1, reason), "caller's institution is not active");
}

void TestMarketAuthorisations::aUserRecordsAndUsesForItsBankAndIsNamed()
{
    MarketFixture &f = *m_f;
    const QByteArray officer = address(0x7A);
    EXPECT_OK(f, f.bank, calls::openUser(f.bank, officer, QStringLiteral("王建国"), publicKey(0x7A)));
    EXPECT_OK(f, officer, calls::recordAuthorisation(terms(f)));
    QList<MarketEvent> events = lastEvents(f);
    QCOMPARE(events.size(), 2);
    QCOMPARE(std::get<AuthorisationRecorded>(events[0]).bank, f.bank);
    QCOMPARE(events[1], MarketEvent(ActedBy { f.bank, officer }));

    EXPECT_OK(f, officer, placeWith(kAuthorisation));
    events = lastEvents(f);
    QCOMPARE(events.size(), 3);
    QVERIFY(std::holds_alternative<AuthorisationUsed>(events[0]));
    // ActedBy directly after OrderPlaced, where evidence verification looks for it.
    QVERIFY(std::holds_alternative<OrderPlaced>(events[1]));
    QCOMPARE(events[2], MarketEvent(ActedBy { f.bank, officer }));

    // The admin account revokes what its user recorded: the authorisation is the bank's.
    EXPECT_OK(f, f.bank, calls::revokeAuthorisation(kAuthorisation, QStringLiteral("到期前撤回")));
    EXPECT_OK(f, f.bank, calls::setUserActive(officer, false));
    EXPECT_REVERT(
        f, officer, calls::recordAuthorisation(terms(f, kAuthorisation + 1)), "caller's user account is frozen");
}

void TestMarketAuthorisations::getAuthorisationOfAnUnknownIdReverts()
{
    MarketFixture &f = *m_f;
    const auto view = viewAuthorisation(f, 404);
    QVERIFY(!view);
    QCOMPARE(view.error().message, QStringLiteral("unknown authorisation"));
}

QTEST_GUILESS_MAIN(TestMarketAuthorisations)
#include "TestMarketAuthorisations.moc"
