// SPDX-License-Identifier: Apache-2.0
// The order state machine: every action in every state (the §7 diagram as a
// table), every wrong actor, every argument check, and the events and views
// each transition leaves behind.
#include "MarketFixture.h"
#include "OrderScenario.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

constexpr quint64 kOrder = 42;

MarketEvent expectedEvent(const MarketFixture &f, Action action, quint64 id)
{
    const QString disputeReason = QStringLiteral("报告内容有误");
    switch (action) {
    case Action::Accept:
        return OrderAccepted { id, f.bureau };
    case Action::Reject:
        return OrderRejected { id, f.bureau, QStringLiteral("授权书与企业不符") };
    case Action::Cancel:
        return OrderCancelled { id, f.bank };
    case Action::Deliver:
        return ReportDelivered { id, f.bureau, hash(0xB1), hash(0xB2) };
    case Action::Confirm:
        return OrderCompleted { id, f.bank };
    case Action::DisputeByBank:
        return DisputeRaised { id, f.bank, f.mediator, disputeReason, QByteArray(113, '\x5e') };
    case Action::DisputeByBureau:
        return DisputeRaised { id, f.bureau, f.mediator, disputeReason, QByteArray(113, '\x5e') };
    case Action::Resolve:
        return DisputeResolved { id, f.mediator, QStringLiteral("征信机构更正后重新交付") };
    }
    return {};
}

Result<Order> viewOrder(const MarketFixture &f, quint64 id)
{
    const ExecutionResult result = call(f.state, f.contract, f.bank, *calls::getOrder(id), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeOrder(result.output);
}

const OrderState kAllStates[] = { OrderState::None, OrderState::Placed, OrderState::Accepted, OrderState::Rejected,
    OrderState::Cancelled, OrderState::Delivered, OrderState::Completed, OrderState::Disputed, OrderState::Resolved };

} // namespace

class TestMarketOrders final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyActionInEveryState_data();
    void everyActionInEveryState();
    void bankPlacesAnOrder();
    void onlyActiveBanksPlace();
    void placeOrderChecks();
    void orderKeepsThePriceItWasPlacedAt();
    void wrongActorsAreRefused();
    void inactiveActorsAreRefused();
    void argumentChecks();
    void disputeRecordsMediatorAndRaiser();
};

void TestMarketOrders::everyActionInEveryState_data()
{
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<Action>("action");
    for (OrderState state : kAllStates) {
        for (Action action : kAllActions) {
            const QString row = orderStateName(state) + QStringLiteral(" × ") + actionName(action);
            QTest::newRow(qPrintable(row)) << state << action;
        }
    }
}

void TestMarketOrders::everyActionInEveryState()
{
    QFETCH(OrderState, state);
    QFETCH(Action, action);
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const QString driven = driveTo(f, kOrder, state);
    QVERIFY2(driven.isEmpty(), qPrintable(driven));
    const auto before = viewOrder(f, kOrder);

    const Expected expected = expectedOutcome(action, state);
    if (!expected.next) {
        const QString why = f.expectRevert(actorOf(f, action), callOf(f, action, kOrder), expected.reason);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        return;
    }

    EXPECT_OK(f, actorOf(f, action), callOf(f, action, kOrder));
    const auto event = f.lastEvent();
    VERIFY_RESULT(event);
    QCOMPARE(*event, expectedEvent(f, action, kOrder));
    QCOMPARE(orderTransition(*event), (OrderTransition { kOrder, actorOf(f, action), *expected.next }));

    const auto after = viewOrder(f, kOrder);
    VERIFY_RESULT(after);
    QCOMPARE(after->state, *expected.next);
    QCOMPARE(after->updatedAtMs, static_cast<quint64>(f.now()));
    QCOMPARE(after->placedAtMs, before->placedAtMs);
}

void TestMarketOrders::bankPlacesAnOrder()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
    // AuthorisationUsed first (test_market_authorisations), then the order.
    QCOMPARE(f.lastLogs().size(), 2);
    const auto event = decodeEvent(f.lastLogs().back());
    VERIFY_RESULT(event);
    const OrderPlaced placed { kOrder, f.bank, MarketFixture::kProduct, f.bureau, 5000, hash(0xA1), hash(0xA2) };
    QCOMPARE(std::get<OrderPlaced>(*event), placed);
    QCOMPARE(orderTransition(*event), (OrderTransition { kOrder, f.bank, OrderState::Placed }));

    const auto order = viewOrder(f, kOrder);
    VERIFY_RESULT(order);
    Order expected;
    expected.id = kOrder;
    expected.productId = MarketFixture::kProduct;
    expected.bank = f.bank;
    expected.bureau = f.bureau;
    expected.state = OrderState::Placed;
    expected.priceFen = 5000;
    expected.slaHours = 24;
    expected.authorisationHash = hash(0xA1);
    expected.requestDocument = hash(0xA2);
    expected.reportHash = hash(0);
    expected.reportDocument = hash(0);
    expected.mediator = address(0);
    expected.disputeRaisedBy = address(0);
    expected.placedAtMs = static_cast<quint64>(f.now());
    expected.updatedAtMs = static_cast<quint64>(f.now());
    QCOMPARE(*order, expected);

    const ExecutionResult unknown = call(f.state, f.contract, f.bank, *calls::getOrder(7), f.now(), 0);
    QCOMPARE(unknown.revertReason, QStringLiteral("unknown order"));
}

void TestMarketOrders::onlyActiveBanksPlace()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const auto place
        = calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2));
    for (const QByteArray &sender : { f.operatorAccount, f.bureau, f.regulator, f.mediator, f.stranger })
        EXPECT_REVERT(f, sender, place, "caller is not a bank");
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bank, false));
    EXPECT_REVERT(f, f.bank, place, "caller's institution is not active");
}

void TestMarketOrders::placeOrderChecks()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    const quint64 product = MarketFixture::kProduct;
    const quint64 authorisation = MarketFixture::kAuthorisation;
    EXPECT_REVERT(f, f.bank, calls::placeOrder(0, product, hash(1), hash(2)), "order id must not be zero");
    EXPECT_REVERT(f, f.bank, calls::placeOrder(kOrder, 99, hash(1), hash(2)), "unknown product");
    // A product that needs an authorisation is ordered by naming a recorded one, even with a letter's hash.
    EXPECT_REVERT(
        f, f.bank, calls::placeOrder(kOrder, product, hash(1), hash(2)), "the product needs a recorded authorisation");
    EXPECT_REVERT(f, f.bank, calls::placeOrder(kOrder, MarketFixture::kJointProduct, hash(0), hash(0)),
        "request document is required");
    EXPECT_REVERT(f, f.bank, calls::placeAuthorisedOrder(kOrder, product, authorisation, hash(0)),
        "request document is required");
    // The joint product needs no authorisation letter.
    EXPECT_OK(f, f.bank, calls::placeOrder(kOrder, MarketFixture::kJointProduct, hash(0), hash(2)));
    EXPECT_REVERT(f, f.bank2, calls::placeAuthorisedOrder(kOrder, product, MarketFixture::kAuthorisation2, hash(2)),
        "order id already exists");
    EXPECT_REVERT(f, f.bank2, calls::placeOrder(kOrder, MarketFixture::kJointProduct, hash(0), hash(2)),
        "order id already exists");

    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bureau, false));
    EXPECT_REVERT(f, f.bank, calls::placeAuthorisedOrder(43, product, authorisation, hash(2)),
        "the product's bureau is not active");
    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bureau, true));
    EXPECT_OK(f, f.bureau, calls::delistProduct(product));
    EXPECT_REVERT(f, f.bank, calls::placeAuthorisedOrder(43, product, authorisation, hash(2)), "product is delisted");
}

void TestMarketOrders::orderKeepsThePriceItWasPlacedAt()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    EXPECT_OK(f, f.bank,
        calls::placeAuthorisedOrder(kOrder, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(2)));
    EXPECT_OK(f, f.bureau, calls::updateProduct(MarketFixture::kProduct, 9900, 6, QStringLiteral("涨价")));
    EXPECT_OK(
        f, f.bank, calls::placeAuthorisedOrder(43, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(2)));
    QCOMPARE(viewOrder(f, kOrder)->priceFen, quint64(5000));
    QCOMPARE(viewOrder(f, kOrder)->slaHours, 24u);
    QCOMPARE(viewOrder(f, 43)->priceFen, quint64(9900));
    QCOMPARE(viewOrder(f, 43)->slaHours, 6u);
}

void TestMarketOrders::wrongActorsAreRefused()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    // One order in each state where the action is allowed, so only the actor is wrong.
    QVERIFY(driveTo(f, 1, OrderState::Placed).isEmpty());
    QVERIFY(driveTo(f, 2, OrderState::Accepted).isEmpty());
    QVERIFY(driveTo(f, 3, OrderState::Delivered).isEmpty());
    QVERIFY(driveTo(f, 4, OrderState::Disputed).isEmpty());
    const QList<QByteArray> outsiders { f.operatorAccount, f.regulator, f.stranger };

    for (const QByteArray &sender : outsiders + QList<QByteArray> { f.bank, f.bureau2, f.mediator }) {
        EXPECT_REVERT(f, sender, calls::acceptOrder(1), "caller is not the order's bureau");
        EXPECT_REVERT(f, sender, calls::rejectOrder(1, QStringLiteral("x")), "caller is not the order's bureau");
        EXPECT_REVERT(f, sender, calls::deliverReport(2, hash(1), hash(2)), "caller is not the order's bureau");
    }
    for (const QByteArray &sender : outsiders + QList<QByteArray> { f.bureau, f.bank2, f.mediator }) {
        EXPECT_REVERT(f, sender, calls::cancelOrder(1), "caller is not the order's bank");
        EXPECT_REVERT(f, sender, calls::confirmReceipt(3), "caller is not the order's bank");
    }
    for (const QByteArray &sender : outsiders + QList<QByteArray> { f.bank2, f.bureau2, f.mediator }) {
        EXPECT_REVERT(f, sender, calls::raiseDispute(2, f.mediator, QStringLiteral("x"), QByteArray(1, 'k')),
            "caller is not a party to the order");
    }
    for (const QByteArray &sender : outsiders + QList<QByteArray> { f.bank, f.bureau, f.mediator2 }) {
        EXPECT_REVERT(f, sender, calls::resolveDispute(4, QStringLiteral("x")), "caller is not the order's mediator");
    }
}

void TestMarketOrders::inactiveActorsAreRefused()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    QVERIFY(driveTo(f, 1, OrderState::Placed).isEmpty());
    QVERIFY(driveTo(f, 2, OrderState::Disputed).isEmpty());
    QVERIFY(driveTo(f, 3, OrderState::Accepted).isEmpty());
    for (const QByteArray &account : { f.bank, f.bureau, f.mediator })
        EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(account, false));

    EXPECT_REVERT(f, f.bureau, calls::acceptOrder(1), "caller's institution is not active");
    EXPECT_REVERT(f, f.bank, calls::cancelOrder(1), "caller's institution is not active");
    EXPECT_REVERT(f, f.mediator, calls::resolveDispute(2, QStringLiteral("x")), "caller's institution is not active");
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(3, f.mediator2, QStringLiteral("x"), QByteArray(1, 'k')),
        "caller's institution is not active");
}

void TestMarketOrders::argumentChecks()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    QVERIFY(driveTo(f, 1, OrderState::Placed).isEmpty());
    QVERIFY(driveTo(f, 2, OrderState::Accepted).isEmpty());
    QVERIFY(driveTo(f, 3, OrderState::Disputed).isEmpty());
    const QByteArray envelope(1, 'k');

    EXPECT_REVERT(f, f.bureau, calls::rejectOrder(1, QString()), "reason is required");
    EXPECT_REVERT(f, f.bureau, calls::deliverReport(2, hash(0), hash(2)), "report hash is required");
    EXPECT_REVERT(f, f.bureau, calls::deliverReport(2, hash(1), hash(0)), "report document is required");
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(2, f.bank2, QStringLiteral("x"), envelope),
        "mediator is not an active mediator");
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(2, f.stranger, QStringLiteral("x"), envelope),
        "mediator is not an active mediator");
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(2, f.mediator, QString(), envelope), "reason is required");
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(2, f.mediator, QStringLiteral("x"), QByteArray()),
        "mediator key envelope is required");
    EXPECT_REVERT(f, f.mediator, calls::resolveDispute(3, QString()), "resolution is required");

    EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.mediator2, false));
    EXPECT_REVERT(f, f.bank, calls::raiseDispute(2, f.mediator2, QStringLiteral("x"), envelope),
        "mediator is not an active mediator");
}

void TestMarketOrders::disputeRecordsMediatorAndRaiser()
{
    MarketFixture f;
    QVERIFY(f.listProducts().isEmpty());
    QVERIFY(driveTo(f, 1, OrderState::Completed).isEmpty());
    EXPECT_OK(f, f.bureau, calls::raiseDispute(1, f.mediator2, QStringLiteral("银行拒付"), QByteArray(5, 'e')));
    const auto order = viewOrder(f, 1);
    QCOMPARE(order->state, OrderState::Disputed);
    QCOMPARE(order->mediator, f.mediator2);
    QCOMPARE(order->disputeRaisedBy, f.bureau);
    QCOMPARE(order->reportHash, hash(0xB1));
    // Only the named mediator resolves, even if another mediator is active.
    EXPECT_REVERT(f, f.mediator, calls::resolveDispute(1, QStringLiteral("x")), "caller is not the order's mediator");
    EXPECT_OK(f, f.mediator2, calls::resolveDispute(1, QStringLiteral("双方和解")));
    QCOMPARE(viewOrder(f, 1)->state, OrderState::Resolved);
}

QTEST_GUILESS_MAIN(TestMarketOrders)
#include "TestMarketOrders.moc"
