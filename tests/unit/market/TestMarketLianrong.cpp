// SPDX-License-Identifier: Apache-2.0
// 链融: an order for a product with partner bureaus goes to its lead bureau
// and each partner; every partner delivers its part (deliverPart, PartDelivered)
// once the lead bureau has accepted, and the lead bureau delivers the fused
// report only when every part is in. Every party's call, the illegal ones
// refused with their reason and the state untouched; getOrderParts.
#include "MarketFixture.h"
#include "market/MarketCalls.h"
#include "market/MarketViews.h"

#include <QTest>

using namespace credit;
using namespace credit::market;
using namespace credit::market::test;

namespace {

constexpr quint64 kOrder = 31;
constexpr quint64 kTwoPartnerProduct = 7;

Result<QList<OrderPart>> viewParts(const MarketFixture &f, quint64 orderId)
{
    const ExecutionResult result = call(f.state, f.contract, f.stranger, *calls::getOrderParts(orderId), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeOrderParts(result.output);
}

Result<Order> viewOrder(const MarketFixture &f, quint64 orderId)
{
    const ExecutionResult result = call(f.state, f.contract, f.stranger, *calls::getOrder(orderId), f.now(), 0);
    if (result.reverted)
        return makeError(ErrorKind::Rejected, result.revertReason);
    return views::decodeOrder(result.output);
}

Result<QByteArray> placeJoint(quint64 orderId = kOrder, quint64 productId = MarketFixture::kJointProduct)
{
    return calls::placeOrder(orderId, productId, hash(0xA1), hash(0xA2));
}

} // namespace

class TestMarketLianrong final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        delete m_f;
        m_f = new MarketFixture;
        const QString listed = m_f->listProducts();
        QVERIFY2(listed.isEmpty(), qPrintable(listed));
    }
    void cleanup()
    {
        delete m_f;
        m_f = nullptr;
    }

    //! Placing opens one awaited part per partner bureau; any other order has none.
    void placingOpensAPartPerPartner()
    {
        MarketFixture &f = *m_f;
        EXPECT_OK(f, f.bank, placeJoint());
        auto parts = viewParts(f, kOrder);
        VERIFY_RESULT(parts);
        QCOMPARE(parts->size(), 1);
        QCOMPARE(parts->front().bureau, f.bureau2);
        QVERIFY(!parts->front().delivered());
        QCOMPARE(parts->front().partDocument, QByteArray(32, '\0'));
        QCOMPARE(parts->front().deliveredAtMs, quint64(0));

        EXPECT_OK(f, f.bank,
            calls::placeAuthorisedOrder(
                kOrder + 1, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
        auto none = viewParts(f, kOrder + 1);
        VERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
    }

    //! The whole path: accept, the partner's part, then the fused report; the events and the stored part.
    void aPartnerDeliversThenTheLeadBureauFuses()
    {
        MarketFixture &f = *m_f;
        EXPECT_OK(f, f.bank, placeJoint());
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder));
        EXPECT_REVERT(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)),
            "a partner bureau's part is still awaited");

        EXPECT_OK(f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)));
        const qint64 deliveredAt = f.now();
        auto event = f.lastEvent();
        VERIFY_RESULT(event);
        const auto *part = std::get_if<PartDelivered>(&*event);
        QVERIFY(part);
        QCOMPARE(*part, (PartDelivered { kOrder, f.bureau2, hash(0xC1), hash(0xC2) }));
        const auto step = orderTransition(*event); // a step of the order, which stays Accepted
        QVERIFY(step.has_value());
        QCOMPARE(step->state, OrderState::Accepted);
        QCOMPARE(step->actor, f.bureau2);

        auto parts = viewParts(f, kOrder);
        VERIFY_RESULT(parts);
        QCOMPARE(parts->size(), 1);
        QCOMPARE(parts->front(), (OrderPart { f.bureau2, hash(0xC1), hash(0xC2), quint64(deliveredAt) }));
        auto order = viewOrder(f, kOrder);
        VERIFY_RESULT(order);
        QCOMPARE(order->state, OrderState::Accepted);

        EXPECT_OK(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)));
        order = viewOrder(f, kOrder);
        VERIFY_RESULT(order);
        QCOMPARE(order->state, OrderState::Delivered);
        QCOMPARE(order->reportHash, hash(0xB1));
        EXPECT_OK(f, f.bank, calls::confirmReceipt(kOrder));
    }

    //! Every refusal of deliverPart, from the wrong party or at the wrong time.
    void deliverPartRefusals()
    {
        MarketFixture &f = *m_f;
        EXPECT_REVERT(f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)), "unknown order");
        EXPECT_OK(f, f.bank, placeJoint());
        // Before the lead bureau accepts, the order has no agreed SLA: no part yet.
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)), "order is not in state Accepted");
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder));
        // The lead bureau, the bank, another bureau and a stranger are no partner of the order.
        for (const QByteArray &notPartner : { f.bureau, f.bank, f.regulator, f.stranger })
            EXPECT_REVERT(f, notPartner, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)),
                "caller is not a partner bureau of the order");
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, QByteArray(32, '\0'), hash(0xC2)), "part hash is required");
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), QByteArray(32, '\0')), "part document is required");
        EXPECT_OK(f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC3), hash(0xC4)), "the part is already delivered");
        // Once the fused report is delivered, the order is no longer Accepted.
        EXPECT_OK(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC3), hash(0xC4)), "order is not in state Accepted");
    }

    //! A deactivated partner cannot deliver; the order waits (and its SLA runs) as for any late bureau.
    void anInactivePartnerCannotDeliver()
    {
        MarketFixture &f = *m_f;
        EXPECT_OK(f, f.bank, placeJoint());
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder));
        EXPECT_OK(f, f.operatorAccount, calls::setInstitutionActive(f.bureau2, false));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)), "caller's institution is not active");
        EXPECT_REVERT(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)),
            "a partner bureau's part is still awaited");
    }

    //! Cancelling, rejecting and disputing stay those of the whole order.
    void theWholeOrderIsCancelledRejectedOrDisputed()
    {
        MarketFixture &f = *m_f;
        EXPECT_OK(f, f.bank, placeJoint(kOrder));
        EXPECT_OK(f, f.bank, calls::cancelOrder(kOrder));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)), "order is not in state Accepted");

        EXPECT_OK(f, f.bank, placeJoint(kOrder + 1));
        EXPECT_OK(f, f.bureau, calls::rejectOrder(kOrder + 1, QStringLiteral("合作机构暂无数据")));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder + 1, hash(0xC1), hash(0xC2)), "order is not in state Accepted");

        EXPECT_OK(f, f.bank, placeJoint(kOrder + 2));
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder + 2));
        EXPECT_OK(f, f.bank,
            calls::raiseDispute(kOrder + 2, f.mediator, QStringLiteral("合作机构逾期"), QByteArray("envelope")));
        EXPECT_REVERT(
            f, f.bureau2, calls::deliverPart(kOrder + 2, hash(0xC1), hash(0xC2)), "order is not in state Accepted");
        // A partner is no party to the dispute: the bank and the lead bureau are.
        EXPECT_OK(f, f.bank, placeJoint(kOrder + 3));
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder + 3));
        EXPECT_REVERT(f, f.bureau2,
            calls::raiseDispute(kOrder + 3, f.mediator, QStringLiteral("理由"), QByteArray("envelope")),
            "caller is not a party to the order");
    }

    //! With two partners, the report waits for both, each delivering only its own part.
    void twoPartnersEachDeliverTheirOwn()
    {
        MarketFixture &f = *m_f;
        const QByteArray bureau3 = address(0x23);
        EXPECT_OK(f, f.operatorAccount,
            calls::registerInstitution(
                bureau3, code(7), QStringLiteral("第三征信"), Role::Bureau, 310000, publicKey(0x23)));
        calls::ProductListing listing { kTwoPartnerProduct, Series::Lianrong, QStringLiteral("三方联合报告"),
            QStringLiteral("三家征信机构联合"), 12000, 72, QStringLiteral("PDF"), false, { f.bureau2, bureau3 } };
        EXPECT_OK(f, f.bureau, calls::listProduct(listing));
        EXPECT_OK(f, f.bank, placeJoint(kOrder, kTwoPartnerProduct));
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder));

        EXPECT_OK(f, bureau3, calls::deliverPart(kOrder, hash(0xD1), hash(0xD2)));
        EXPECT_REVERT(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)),
            "a partner bureau's part is still awaited");
        EXPECT_REVERT(f, bureau3, calls::deliverPart(kOrder, hash(0xD3), hash(0xD4)), "the part is already delivered");
        EXPECT_OK(f, f.bureau2, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)));

        auto parts = viewParts(f, kOrder);
        VERIFY_RESULT(parts);
        QCOMPARE(parts->size(), 2);
        // In the product's partner order, whoever delivered first.
        QCOMPARE(parts->at(0).bureau, f.bureau2);
        QCOMPARE(parts->at(0).partHash, hash(0xC1));
        QCOMPARE(parts->at(1).bureau, bureau3);
        QCOMPARE(parts->at(1).partHash, hash(0xD1));
        QVERIFY(parts->at(1).deliveredAtMs < parts->at(0).deliveredAtMs);
        EXPECT_OK(f, f.bureau, calls::deliverReport(kOrder, hash(0xB1), hash(0xB2)));
    }

    //! A user of the partner bureau delivers for it, and ActedBy names the user.
    void aUserOfThePartnerDeliversForIt()
    {
        MarketFixture &f = *m_f;
        const QByteArray clerk = address(0x72);
        EXPECT_OK(f, f.bureau2, calls::openUser(f.bureau2, clerk, QStringLiteral("合作机构业务员"), publicKey(0x72)));
        EXPECT_OK(f, f.bank, placeJoint());
        EXPECT_OK(f, f.bureau, calls::acceptOrder(kOrder));
        EXPECT_OK(f, clerk, calls::deliverPart(kOrder, hash(0xC1), hash(0xC2)));
        QCOMPARE(f.lastLogs().size(), 2);
        auto delivered = decodeEvent(f.lastLogs().at(0));
        VERIFY_RESULT(delivered);
        QCOMPARE(std::get<PartDelivered>(*delivered).bureau, f.bureau2);
        auto actedBy = decodeEvent(f.lastLogs().at(1));
        VERIFY_RESULT(actedBy);
        QCOMPARE(std::get<ActedBy>(*actedBy), (ActedBy { f.bureau2, clerk }));
    }

    void getOrderPartsOfAnUnknownOrderReverts()
    {
        auto parts = viewParts(*m_f, 404);
        QVERIFY(!parts);
        QCOMPARE(parts.error().message, QStringLiteral("unknown order"));
    }

private:
    MarketFixture *m_f = nullptr;
};

QTEST_GUILESS_MAIN(TestMarketLianrong)
#include "TestMarketLianrong.moc"
