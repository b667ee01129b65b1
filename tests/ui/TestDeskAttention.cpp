// SPDX-License-Identifier: Apache-2.0
// What waits for the user is counted beside the page's name; new orders and reports
// that arrive while the desk is open are announced, old ones are not; a bureau is
// told once when an order's deadline comes near, and the SLA text turns amber.
#include "FakeClock.h"
#include "bureau/OrderInboxModel.h"
#include "main/MainWindow.h"
#include "orders/OrderAttention.h"
#include "orders/OrdersModel.h"
#include "session/DeskAttention.h"
#include "settings/TerminalSettings.h"

#include <QBrush>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using market::OrderState;

namespace {

constexpr qint64 kHour = 3600 * 1000;

market::OrderSummary order(quint64 id, OrderState state, qint64 placedAtMs, qint64 updatedAtMs)
{
    market::OrderSummary o;
    o.orderId = id;
    o.state = state;
    o.placedAtMs = quint64(placedAtMs);
    o.updatedAtMs = quint64(updatedAtMs);
    o.slaHours = 24;
    o.productName = QStringLiteral("企业信用报告");
    o.bankName = QStringLiteral("Bank");
    o.bureauName = QStringLiteral("Bureau");
    return o;
}

QString sidebarText(const QListView &navigation, int row)
{
    return navigation.model()->index(row, 0).data().toString();
}

} // namespace

class TestDeskAttention final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void waitingOrdersAreCountedAndOnlyNewOnesAnnounced()
    {
        test::FakeClock clock;
        const qint64 now = clock.epochMs();
        ui::OrderInboxModel model(clock);
        model.setOrders({ order(1, OrderState::Placed, now - 3 * kHour, now - 3 * kHour),
            order(2, OrderState::Accepted, now - 5 * kHour, now - 4 * kHour) });
        ui::OrderAttention attention(model, { OrderState::Placed });
        QSignalSpy counted(&attention, &ui::OrderAttention::waitingChanged);
        QSignalSpy arrived(&attention, &ui::OrderAttention::arrived);
        QCOMPARE(attention.waiting(), 1); // at sign-in: counted, not announced

        clock.advanceMinutes(1);
        model.updateOrders({ order(3, OrderState::Placed, clock.epochMs(), clock.epochMs()),
            order(1, OrderState::Accepted, now - 3 * kHour, clock.epochMs()) });
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.last().at(0).toInt(), 1); // 3 waits now, 1 no longer
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.last().at(0).value<QList<quint64>>(), QList<quint64> { 3 });

        // The first sync bringing in an old placed order: counted, not announced.
        model.updateOrders({ order(4, OrderState::Placed, now - 30 * kHour, now - 30 * kHour) });
        QTRY_COMPARE(attention.waiting(), 2);
        QCOMPARE(arrived.size(), 1);
    }

    void aNearDeadlineIsAmberAndToldOnce()
    {
        test::FakeClock clock;
        const qint64 now = clock.epochMs();
        ui::OrderInboxModel model(clock);
        // Accepted 21 h ago with a 24 h SLA: 3 h left, not yet "soon".
        model.setOrders({ order(5, OrderState::Accepted, now - 22 * kHour, now - 21 * kHour) });
        ui::OrderAttention attention(model, { OrderState::Placed });
        QSignalSpy soon(&attention, &ui::OrderAttention::dueSoon);
        const int sla = [&] {
            for (int c = 0; c < model.columnCount(); ++c)
                if (model.headerData(c, Qt::Horizontal).toString().contains(QStringLiteral("SLA")))
                    return c;
            return -1;
        }();
        QVERIFY(sla >= 0);
        QVERIFY(!model.index(0, sla).data(ui::OrderTableModel::kDueSoonRole).toBool());
        const QVariant before = model.index(0, sla).data(Qt::ForegroundRole);

        clock.advanceMinutes(70); // 1 h 50 min left
        model.tick();
        QTRY_COMPARE(soon.size(), 1);
        QCOMPARE(soon.last().at(0).value<quint64>(), quint64(5));
        QVERIFY(soon.last().at(1).value<qint64>() <= ui::OrderTableModel::kDueSoonMs);
        QVERIFY(model.index(0, sla).data(ui::OrderTableModel::kDueSoonRole).toBool());
        const QVariant amber = model.index(0, sla).data(Qt::ForegroundRole);
        QVERIFY(amber.canConvert<QBrush>());
        QVERIFY(amber != before);

        clock.advanceMinutes(10);
        model.tick();
        QTest::qWait(50);
        QCOMPARE(soon.size(), 1); // once per order
    }

    void theSidebarCountsAndTheWindowTells()
    {
        QTemporaryDir dir;
        ui::TerminalSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat));
        ui::MainWindow window(ui::Role::Bank, QStringLiteral("Bank"), settings);
        window.show();
        test::FakeClock clock;
        const qint64 now = clock.epochMs();
        ui::OrdersModel model(clock);
        model.setOrders({ order(7, OrderState::Delivered, now - 5 * kHour, now - 1 * kHour) });
        ui::DeskAttention attention(
            window, ui::PageId::MyOrders, model, ui::DeskAttention::Waiting::DeliveredReports, nullptr);
        auto *navigation = window.findChild<QListView *>(QStringLiteral("navigationView"));
        QVERIFY(navigation);
        QCOMPARE(sidebarText(*navigation, 1), QStringLiteral("My orders (1)"));
        QCOMPARE(navigation->model()->index(1, 0).data(ui::MainWindow::kPageCountRole).toInt(), 1);
        QVERIFY(window.statusBar()->currentMessage().isEmpty()); // old news is not announced

        clock.advanceMinutes(1);
        model.updateOrders({ order(8, OrderState::Delivered, now - 2 * kHour, clock.epochMs()) });
        QTRY_COMPARE(sidebarText(*navigation, 1), QStringLiteral("My orders (2)"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("order 8")),
            qPrintable(window.statusBar()->currentMessage()));

        model.updateOrders({ order(7, OrderState::Completed, now - 5 * kHour, clock.epochMs()),
            order(8, OrderState::Completed, now - 2 * kHour, clock.epochMs()) });
        QTRY_COMPARE(sidebarText(*navigation, 1), QStringLiteral("My orders"));
    }
};

QTEST_MAIN(TestDeskAttention)
#include "TestDeskAttention.moc"
