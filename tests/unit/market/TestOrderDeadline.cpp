// SPDX-License-Identifier: Apache-2.0
#include "market/OrderDeadline.h"

#include <QTest>

using namespace credit::market;

class TestOrderDeadline final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placedRunsFromPlacement()
    {
        const auto d = OrderDeadline::of(OrderState::Placed, 1'000'000, 0, 24);
        QVERIFY(d.has_value());
        QCOMPARE(d->dueAtMs, quint64(1'000'000 + 24ull * 3600 * 1000));
    }

    void acceptedRunsFromAcceptance()
    {
        const auto d = OrderDeadline::of(OrderState::Accepted, 1'000, 7'200'000, 2);
        QVERIFY(d.has_value());
        QCOMPARE(d->dueAtMs, quint64(7'200'000 + 7'200'000));
    }

    void closedOrdersOweNothing()
    {
        for (const OrderState s : { OrderState::None, OrderState::Rejected, OrderState::Cancelled,
                 OrderState::Delivered, OrderState::Completed, OrderState::Disputed, OrderState::Resolved })
            QVERIFY(!OrderDeadline::of(s, 1, 2, 24).has_value());
    }

    void countsDownAndGoesOverdue()
    {
        const OrderDeadline d { 10'000 };
        QCOMPARE(d.remainingMs(4'000), qint64(6'000));
        QVERIFY(!d.overdue(10'000));
        QCOMPARE(d.remainingMs(10'000), qint64(0));
        QVERIFY(d.overdue(10'001));
        QCOMPARE(d.remainingMs(13'500), qint64(-3'500));
    }
};

QTEST_GUILESS_MAIN(TestOrderDeadline)
#include "TestOrderDeadline.moc"
