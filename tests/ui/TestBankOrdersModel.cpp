// SPDX-License-Identifier: Apache-2.0
// The orders model and its proxy without a chain: rows from the store and
// pending rows merged by order id, SLA countdown against an injected clock,
// state filter, search and raw-value sorting.
#include "FakeClock.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrdersModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace credit;
using market::OrderState;
using ui::OrdersModel;

namespace {
constexpr quint64 kHour = 3600 * 1000;
constexpr quint64 kNow = 1'750'000'000'000;

market::OrderSummary order(
    quint64 id, OrderState state, quint64 placedAgoH, quint64 updatedAgoH, quint32 slaHours, const QString &product)
{
    market::OrderSummary o;
    o.orderId = id;
    o.state = state;
    o.placedAtMs = kNow - placedAgoH * kHour;
    o.updatedAtMs = kNow - updatedAgoH * kHour;
    o.slaHours = slaHours;
    o.productName = product;
    o.bureauName = QStringLiteral("上海浦江资信评估有限公司");
    o.block = 100 + id;
    return o;
}

QList<market::OrderSummary> sample()
{
    return { order(1, OrderState::Accepted, 50, 30, 24, QStringLiteral("企业信用报告")), // due 6 h ago: overdue
        order(2, OrderState::Accepted, 10, 5, 24, QStringLiteral("司法风险报告")), // 19 h left
        order(3, OrderState::Completed, 400, 300, 24, QStringLiteral("企业简版报告")), // owes nothing
        order(4, OrderState::Placed, 2, 2, 48, QStringLiteral("供应链融资评估")) }; // 46 h left
}

QList<quint64> ids(const QAbstractItemModel &m)
{
    QList<quint64> out;
    for (int row = 0; row < m.rowCount(); ++row)
        out << m.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
    return out;
}
} // namespace

class TestBankOrdersModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        test::FakeClock clock;
        clock.setEpochMs(qint64(kNow));
        OrdersModel model(clock);
        ui::OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(OrdersModel::ColumnCount));
        proxy.sort(OrdersModel::Sla);
        proxy.setSearchText(QStringLiteral("报告"));
        model.tick();
        model.setPending({});
        model.setOrders({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void slaCountdownAndOverdue()
    {
        test::FakeClock clock;
        clock.setEpochMs(qint64(kNow));
        OrdersModel model(clock);
        model.setOrders(sample());
        const auto sla = [&](int row) { return model.index(row, OrdersModel::Sla); };
        QVERIFY(sla(0).data(OrdersModel::kOverdueRole).toBool());
        QCOMPARE(sla(0).data(OrdersModel::kSortRole).toLongLong(), -qint64(6 * kHour));
        QVERIFY(sla(0).data().toString().contains(QStringLiteral("6 h")));
        QVERIFY(sla(0).data(Qt::ForegroundRole).value<QBrush>().color() != QColor());
        QCOMPARE(sla(1).data(OrdersModel::kSortRole).toLongLong(), qint64(19 * kHour));
        QVERIFY(!sla(1).data(OrdersModel::kOverdueRole).toBool());
        QVERIFY(!sla(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(sla(2).data().toString(), QStringLiteral("—")); // completed: nothing owed
        QCOMPARE(sla(3).data(OrdersModel::kSortRole).toLongLong(), qint64(46 * kHour));
        QCOMPARE(model.index(1, OrdersModel::Age).data().toString(), QStringLiteral("10 h 0 min"));
    }

    void pendingRowsGiveWayToTheStore()
    {
        test::FakeClock clock;
        clock.setEpochMs(qint64(kNow));
        OrdersModel model(clock);
        model.setOrders(sample());
        desk::PendingOrder pending;
        pending.summary = order(9, OrderState::Placed, 0, 0, 24, QStringLiteral("新订单"));
        pending.summary.block = 0;
        model.setPending({ pending });
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOf(9);
        QCOMPARE(row, 0);
        QVERIFY(model.index(row, 0).data(OrdersModel::kPendingRole).toBool());
        QCOMPARE(model.index(row, OrdersModel::State).data().toString(), QStringLiteral("Sending…"));
        QCOMPARE(model.index(row, OrdersModel::Block).data().toString(), QStringLiteral("—"));
        // The verified block arrives: the store's row replaces the local one.
        model.setOrders(sample() << order(9, OrderState::Placed, 0, 0, 24, QStringLiteral("新订单")));
        QCOMPARE(model.rowCount(), 5);
        const int stored = model.rowOf(9);
        QVERIFY(!model.index(stored, 0).data(OrdersModel::kPendingRole).toBool());
        QCOMPARE(model.index(stored, OrdersModel::State).data().toString(), QStringLiteral("Placed"));
        QCOMPARE(model.index(stored, OrdersModel::Block).data().toString(), QStringLiteral("109"));
    }

    void filtersSearchAndSorting()
    {
        test::FakeClock clock;
        clock.setEpochMs(qint64(kNow));
        OrdersModel model(clock);
        ui::OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setOrders(sample());
        proxy.sort(OrdersModel::Sla, Qt::AscendingOrder); // by milliseconds left; owing nothing last
        QCOMPARE(ids(proxy), (QList<quint64> { 1, 2, 4, 3 }));
        proxy.setStates({ OrderState::Placed, OrderState::Accepted });
        QCOMPARE(ids(proxy), (QList<quint64> { 1, 2, 4 }));
        proxy.setOverdueOnly(true);
        QCOMPARE(ids(proxy), QList<quint64> { 1 });
        proxy.setOverdueOnly(false);
        proxy.setStates({});
        proxy.setSearchText(QStringLiteral("司法"));
        QCOMPARE(ids(proxy), QList<quint64> { 2 });
        proxy.setSearchText(QStringLiteral("4")); // order id
        QCOMPARE(ids(proxy), QList<quint64> { 4 });
        proxy.setSearchText({});
        proxy.sort(OrdersModel::Id, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), (QList<quint64> { 4, 3, 2, 1 }));
    }
};

QTEST_MAIN(TestBankOrdersModel)
#include "TestBankOrdersModel.moc"
