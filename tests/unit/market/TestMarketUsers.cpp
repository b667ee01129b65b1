// SPDX-License-Identifier: Apache-2.0
// openUser, setUserActive, getUser (开立查询用户), and users acting for their
// institution: from the right and every wrong caller, frozen users refused,
// and every step a user takes named by an ActedBy event in the same receipt.
#include "MarketFixture.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

constexpr quint64 kOrder = 7;

Result<QByteArray> open(const QByteArray &institution, const QByteArray &user, const char *name = "张敏")
{
    return calls::openUser(institution, user, QString::fromUtf8(name), publicKey(user.at(0)));
}

Result<User> viewUser(const MarketFixture &f, const QByteArray &user)
{
    const ExecutionResult result = call(f.state, f.contract, f.stranger, *calls::getUser(user), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeUser(result.output);
}

//! Every event of the last successful call, in order.
QList<MarketEvent> lastEvents(const MarketFixture &f)
{
    QList<MarketEvent> out;
    for (const Log &log : f.lastLogs())
        out += decodeEvent(log).value();
    return out;
}

} // namespace

class TestMarketUsers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void operatorOpensAUserForAnyInstitution();
    void anInstitutionsAdminOpensItsOwnUsers();
    void onlyTheOperatorOrTheAdminManageUsers_data();
    void onlyTheOperatorOrTheAdminManageUsers();
    void openUserChecks_data();
    void openUserChecks();
    void aUserAccountCannotBeRegisteredAsAnInstitution();
    void aUserActsForItsInstitutionAndIsNamed();
    void theAdminAccountStillActsWithoutActedBy();
    void aUserActsOnlyForItsOwnInstitution();
    void aFrozenUserIsRefusedUntilUnfrozen();
    void aUserOfAnInactiveInstitutionIsRefused();
    void setUserActiveChecks();
    void getUserOfAnUnknownAccountReverts();
};

void TestMarketUsers::operatorOpensAUserForAnyInstitution()
{
    MarketFixture f;
    const QByteArray user = address(0x71);
    EXPECT_OK(f, f.operatorAccount, open(f.bank, user));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(
        *event, MarketEvent(UserOpened { f.bank, user, QStringLiteral("张敏"), publicKey(0x71), f.operatorAccount }));
    const auto view = viewUser(f, user);
    VERIFY_RESULT(view);
    QCOMPARE(*view, (User { user, f.bank, true, QStringLiteral("张敏"), publicKey(0x71) }));
}

void TestMarketUsers::anInstitutionsAdminOpensItsOwnUsers()
{
    MarketFixture f;
    const QByteArray user = address(0x72);
    EXPECT_OK(f, f.bureau, open(f.bureau, user, "李华"));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(std::get<UserOpened>(*event).openedBy, f.bureau);
    EXPECT_OK(f, f.bureau, calls::setUserActive(user, false));
    const auto frozen = f.lastEvent();
    VERIFY_RESULT(frozen);
    QCOMPARE(*frozen, MarketEvent(UserStatusChanged { f.bureau, user, false, f.bureau }));
    QVERIFY(!viewUser(f, user)->active);
}

void TestMarketUsers::onlyTheOperatorOrTheAdminManageUsers_data()
{
    QTest::addColumn<QByteArray>("caller");
    const MarketFixture f(false);
    QTest::newRow("another bank's admin") << f.bank2;
    QTest::newRow("a regulator") << f.regulator;
    QTest::newRow("a stranger") << f.stranger;
    QTest::newRow("a user of the bank itself") << address(0x73);
}

void TestMarketUsers::onlyTheOperatorOrTheAdminManageUsers()
{
    QFETCH(QByteArray, caller);
    MarketFixture f;
    EXPECT_OK(f, f.operatorAccount, open(f.bank, address(0x73)));
    EXPECT_REVERT(f, caller, open(f.bank, address(0x74)), "caller is neither the operator nor the institution's admin");
    EXPECT_REVERT(f, caller, calls::setUserActive(address(0x73), false),
        "caller is neither the operator nor the institution's admin");
}

void TestMarketUsers::openUserChecks_data()
{
    QTest::addColumn<QByteArray>("institution");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("keySize");
    QTest::addColumn<QString>("reason");
    const MarketFixture f(false);
    const QByteArray fresh = address(0x75);
    QTest::newRow("unknown institution") << f.stranger << fresh << QStringLiteral("王") << 64
                                         << QStringLiteral("unknown institution");
    QTest::newRow("zero address") << f.bank << QByteArray(20, '\0') << QStringLiteral("王") << 64
                                  << QStringLiteral("account is the zero address");
    QTest::newRow("the operator's account")
        << f.bank << f.operatorAccount << QStringLiteral("王") << 64 << QStringLiteral("account is already in use");
    QTest::newRow("an institution's account")
        << f.bank << f.bureau << QStringLiteral("王") << 64 << QStringLiteral("account is already in use");
    QTest::newRow("an existing user") << f.bank << address(0x76) << QStringLiteral("王") << 64
                                      << QStringLiteral("account is already in use");
    QTest::newRow("empty name") << f.bank << fresh << QString() << 64 << QStringLiteral("user name is empty");
    QTest::newRow("65-byte key") << f.bank << fresh << QStringLiteral("王") << 65
                                 << QStringLiteral("public key must be 64 bytes");
}

void TestMarketUsers::openUserChecks()
{
    QFETCH(QByteArray, institution);
    QFETCH(QByteArray, user);
    QFETCH(QString, name);
    QFETCH(int, keySize);
    QFETCH(QString, reason);
    MarketFixture f;
    EXPECT_OK(f, f.operatorAccount, open(f.bank2, address(0x76))); // "an existing user" (of another bank)
    const QString why = f.expectRevert(
        f.operatorAccount, calls::openUser(institution, user, name, QByteArray(keySize, '\x07')), reason);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestMarketUsers::aUserAccountCannotBeRegisteredAsAnInstitution()
{
    MarketFixture f;
    const QByteArray user = address(0x77);
    EXPECT_OK(f, f.operatorAccount, open(f.bank, user));
    EXPECT_REVERT(f, f.operatorAccount,
        calls::registerInstitution(user, code(7), QStringLiteral("某银行"), Role::Bank, 310000, publicKey(0x77)),
        "account is a user account");
}

void TestMarketUsers::aUserActsForItsInstitutionAndIsNamed()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const QByteArray officer = address(0x78);
    const QByteArray clerk = address(0x79);
    EXPECT_OK(f, f.operatorAccount, open(f.bank, officer));
    EXPECT_OK(f, f.bureau, open(f.bureau, clerk));

    EXPECT_OK(f, officer,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    auto events = lastEvents(f);
    QCOMPARE(events.size(), 3); // AuthorisationUsed, OrderPlaced, ActedBy
    // The order is the bank's, as if its admin had placed it; ActedBy names the officer.
    QCOMPARE(orderTransition(events[1]), (OrderTransition { kOrder, f.bank, OrderState::Placed }));
    QCOMPARE(events[2], MarketEvent(ActedBy { f.bank, officer }));

    EXPECT_OK(f, clerk, calls::acceptOrder(kOrder));
    events = lastEvents(f);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0], MarketEvent(OrderAccepted { kOrder, f.bureau }));
    QCOMPARE(events[1], MarketEvent(ActedBy { f.bureau, clerk }));

    const ExecutionResult order = call(f.state, f.contract, f.bank, *calls::getOrder(kOrder), f.now(), 0);
    QCOMPARE(views::decodeOrder(order.output)->bank, f.bank);
}

void TestMarketUsers::theAdminAccountStillActsWithoutActedBy()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.operatorAccount, open(f.bank, address(0x7A)));
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    const QList<MarketEvent> events = lastEvents(f);
    QCOMPARE(events.size(), 2); // AuthorisationUsed, OrderPlaced: no ActedBy
    QVERIFY(std::holds_alternative<OrderPlaced>(events[1]));
}

void TestMarketUsers::aUserActsOnlyForItsOwnInstitution()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const QByteArray otherBanksOfficer = address(0x7B);
    const QByteArray bankOfficer = address(0x7C);
    EXPECT_OK(f, f.operatorAccount, open(f.bank2, otherBanksOfficer));
    EXPECT_OK(f, f.operatorAccount, open(f.bank, bankOfficer));
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    EXPECT_REVERT(f, otherBanksOfficer, calls::cancelOrder(kOrder), "caller is not the order's bank");
    // A bank's user has the bank's role, not a bureau's.
    EXPECT_REVERT(f, bankOfficer, calls::acceptOrder(kOrder), "caller is not the order's bureau");
    EXPECT_REVERT(f, bankOfficer, calls::delistProduct(MarketFixture::kProduct), "caller is not the product's bureau");
}

void TestMarketUsers::aFrozenUserIsRefusedUntilUnfrozen()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const QByteArray officer = address(0x7D);
    EXPECT_OK(f, f.operatorAccount, open(f.bank, officer));
    EXPECT_OK(f, f.operatorAccount, calls::setUserActive(officer, false));
    QCOMPARE(f.lastEvent().value(), MarketEvent(UserStatusChanged { f.bank, officer, false, f.operatorAccount }));
    // The freeze is checked first, before the order's own checks.
    EXPECT_REVERT(f, officer,
        calls::placeAuthorisedOrder(0, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)),
        "caller's user account is frozen");
    EXPECT_REVERT(f, officer,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)),
        "caller's user account is frozen");
    // The bank itself, and its other users, are not affected.
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));

    EXPECT_OK(f, f.bank, calls::setUserActive(officer, true));
    EXPECT_OK(f, officer, calls::cancelOrder(kOrder));
    QCOMPARE(lastEvents(f).last(), MarketEvent(ActedBy { f.bank, officer }));
}

void TestMarketUsers::aUserOfAnInactiveInstitutionIsRefused()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const QByteArray officer = address(0x7E);
    EXPECT_OK(f, f.operatorAccount, open(f.bank, officer));
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, false));
    EXPECT_REVERT(f, officer,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)),
        "caller's institution is not active");
    // Its admin cannot manage users meanwhile; the operator can.
    EXPECT_REVERT(f, f.bank, open(f.bank, address(0x7F)), "caller's institution is not active");
    EXPECT_OK(f, f.operatorAccount, calls::setUserActive(officer, false));
}

void TestMarketUsers::setUserActiveChecks()
{
    MarketFixture f;
    EXPECT_REVERT(f, f.operatorAccount, calls::setUserActive(address(0x80), false), "unknown user");
    EXPECT_REVERT(f, f.operatorAccount, calls::setUserActive(f.bank, false), "unknown user");
}

void TestMarketUsers::getUserOfAnUnknownAccountReverts()
{
    MarketFixture f;
    const auto view = viewUser(f, f.bank);
    QVERIFY(!view);
    QCOMPARE(view.error().message, QStringLiteral("unknown user"));
}

QTEST_GUILESS_MAIN(TestMarketUsers)
#include "TestMarketUsers.moc"
