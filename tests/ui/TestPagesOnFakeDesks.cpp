// SPDX-License-Identifier: Apache-2.0
// My orders and the order inbox against fake desks (tests/support/FakeDesks.h):
// what the page shows comes from the reader, what it does goes to the desk,
// and the desk's outcomes reach the screen. No chain: milliseconds per case.
#include "FakeDesks.h"
#include "bank/MyOrdersPage.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/OrderInboxPage.h"
#include "orders/OrdersModel.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace credit;
using market::OrderState;

namespace {

const QByteArray kBank(20, '\x0b'), kOtherBank(20, '\x0c'), kBureau(20, '\x0d');

market::OrderSummary order(quint64 id, const QByteArray &bank, OrderState state)
{
    return test::sampleOrder(id, bank, kBureau, state, id);
}

QList<quint64> shownIds(const QAbstractItemModel &m, int role)
{
    QList<quint64> ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.index(row, 0).data(role).toULongLong();
    return ids;
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestPagesOnFakeDesks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void myOrdersShowsOnlyTheBanksOrdersAndFollowsCommits()
    {
        test::FakeMarketReader reader;
        reader.account = kBank;
        reader.orderList = { order(1, kBank, OrderState::Placed), order(2, kOtherBank, OrderState::Placed),
            order(3, kBank, OrderState::Delivered) };
        test::FakeBankDesk desk;
        ui::MyOrdersPage page(reader, desk);
        auto ids = shownIds(page.model(), ui::OrdersModel::kOrderIdRole);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<quint64> { 1, 3 }));

        // A commit: the page asks for what that block changed, once, and takes it in.
        auto fresh = order(4, kBank, OrderState::Placed);
        fresh.block = 10;
        reader.orderList << fresh;
        reader.orderList[2].state = OrderState::Completed; // order 3, changed in block 10 too
        reader.orderList[2].block = 10;
        const int asked = reader.orderQueries;
        Q_EMIT reader.blocksCommitted(10, 10);
        QCOMPARE(reader.orderQueries, asked + 1);
        QCOMPARE(page.model().rowCount(), 3);
        const int three = page.model().rowOf(3);
        QCOMPARE(page.model().index(three, 0).data(ui::OrdersModel::kStateRole).toInt(), int(OrderState::Completed));

        // A commit that touches none of the bank's orders changes nothing on screen.
        reader.orderList << order(5, kOtherBank, OrderState::Placed);
        reader.orderList.last().block = 11;
        Q_EMIT reader.blocksCommitted(11, 11);
        QCOMPARE(page.model().rowCount(), 3);
    }

    void anOrderBeingPlacedShowsUntilTheStoreHasIt()
    {
        test::FakeMarketReader reader;
        reader.account = kBank;
        test::FakeBankDesk desk;
        ui::MyOrdersPage page(reader, desk);
        QCOMPARE(page.model().rowCount(), 0);

        desk::OrderDraft draft;
        draft.product.name = QStringLiteral("司法风险报告");
        const auto id = desk.placeOrder(draft);
        QVERIFY(id.ok());
        QCOMPARE(page.model().rowCount(), 1);
        QCOMPARE(page.model().index(0, 0).data(ui::OrdersModel::kOrderIdRole).toULongLong(), *id);
        QVERIFY(page.model().isPending(0));

        // The verified block arrives: one row, the store's.
        reader.orderList << order(*id, kBank, OrderState::Placed);
        reader.orderList.last().block = 11;
        Q_EMIT reader.blocksCommitted(11, 11);
        QCOMPARE(page.model().rowCount(), 1);
        QVERIFY(!page.model().isPending(0));
    }

    void aFailedOrderSaysWhy()
    {
        test::FakeMarketReader reader;
        reader.account = kBank;
        test::FakeBankDesk desk;
        ui::MyOrdersPage page(reader, desk);
        page.show();
        Q_EMIT desk.orderFailed(9001, QStringLiteral("the document store did not answer"));
        auto *message = child<QLabel>(&page, "ordersMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"9001"));
        QVERIFY(message->text().contains(u"the document store did not answer"));
    }

    void aPlacedOrderCanBeCancelledAfterAQuestion()
    {
        test::FakeMarketReader reader;
        reader.account = kBank;
        reader.orderList = { order(1, kBank, OrderState::Placed), order(2, kBank, OrderState::Accepted) };
        test::FakeBankDesk desk;
        ui::MyOrdersPage page(reader, desk);
        page.show();
        auto *cancel = child<QPushButton>(&page, "cancelOrderButton");
        page.selectOrder(2);
        QVERIFY(!cancel->isVisible()); // accepted: only the bureau's rules apply now
        page.selectOrder(1);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *box = child<QMessageBox>(&page, "cancelOrderBox");
        QVERIFY(box);
        QVERIFY(desk.cancelled.isEmpty()); // nothing is sent before the answer
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(desk.cancelled, QList<quint64> { 1 });
    }

    void inboxAcceptGoesThroughTheDeskAndFollowsTheBlock()
    {
        test::FakeMarketReader reader;
        reader.account = kBureau;
        reader.orderList = { order(7, kBank, OrderState::Placed) };
        test::FakeBureauDesk desk;
        market::Outcome sent;
        sent.transaction.hash = QByteArray(32, '\x77');
        sent.transaction.blockNumber = 42;
        desk.nextOutcome = sent;
        ui::OrderInboxPage page(reader, desk, chain::NetworkProfile {});
        page.show();
        QVERIFY(page.selectOrder(7));
        QCOMPARE(desk.requested, (QList<quint64> { 7 })); // the request is opened through the desk

        auto *accept = child<QPushButton>(&page, "acceptOrderButton");
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(desk.accepted, (QList<quint64> { 7 }));
        auto *message = child<QLabel>(&page, "orderInboxMessage");
        QTRY_VERIFY(message->text().contains(u"42")); // sent, in block 42
        QVERIFY(!accept->isEnabled()); // pending until the verified block

        // The block's commit came first (nothing changed for this fake reader); the confirmation
        // alone must free the order's buttons again.
        desk.orderTransactions().onTransactionConfirmed(sent.transaction.hash, 42, true);
        QVERIFY(message->text().contains(u"confirmed"));
        QVERIFY(!desk.orderTransactions().isPending(7));
        QVERIFY(accept->isEnabled());
    }

    void inboxFailedSendSaysWhatToDo()
    {
        test::FakeMarketReader reader;
        reader.account = kBureau;
        reader.orderList = { order(8, kBank, OrderState::Placed) };
        test::FakeBureauDesk desk;
        desk.nextOutcome = makeError(ErrorKind::Network, QStringLiteral("connection refused"));
        ui::OrderInboxPage page(reader, desk, chain::NetworkProfile {});
        page.show();
        QVERIFY(page.selectOrder(8));
        QTest::mouseClick(child<QPushButton>(&page, "acceptOrderButton"), Qt::LeftButton);
        auto *message = child<QLabel>(&page, "orderInboxMessage");
        QTRY_VERIFY(message->text().contains(u"connection refused"));
        QVERIFY(message->text().contains(u"nothing was changed on the chain"));
        QVERIFY(child<QPushButton>(&page, "acceptOrderButton")->isEnabled()); // free to try again
    }
};

QTEST_MAIN(TestPagesOnFakeDesks)
#include "TestPagesOnFakeDesks.moc"
