// SPDX-License-Identifier: Apache-2.0
// Issue 10 on fake desks (tests/support/FakeDesks.h): My orders fills in each
// order's enterprise as the desk reads it, marks a request that cannot be
// opened, searches by enterprise name and credit code; order ids are copied
// whole; the order lists say why they are empty and clear their filters.
#include "FakeDesks.h"
#include "bank/MyOrdersPage.h"
#include "bureau/OrderInboxPage.h"
#include "common/EmptyListNotice.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrdersModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <limits>

using namespace credit;
using market::OrderState;
using ui::OrdersModel;

namespace {

const QByteArray kBank(20, '\x0b'), kBureau(20, '\x0d');
// Ids as the desk makes them: 17 digits, time first.
constexpr quint64 kFirst = 20261205093015101, kSecond = 20261205101500222, kThird = 20261205113000333;
const QString kPujiangName = QStringLiteral("上海浦东新区建材贸易有限公司");
const QString kPujiangCode = QStringLiteral("91310115303456638P");

market::OrderSummary order(quint64 id, OrderState state)
{
    return test::sampleOrder(id, kBank, kBureau, state, 5);
}

//! My orders of kBank on fake desks, with these orders in the store.
struct BankPage {
    explicit BankPage(const QList<market::OrderSummary> &orders)
    {
        reader.account = kBank;
        reader.orderList = orders;
        page = std::make_unique<ui::MyOrdersPage>(reader, desk);
    }
    test::FakeMarketReader reader;
    test::FakeBankDesk desk;
    std::unique_ptr<ui::MyOrdersPage> page;
};

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString cell(const OrdersModel &model, quint64 orderId, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(orderId), column).data(role).toString();
}

QList<quint64> shownIds(const QAbstractItemModel &m)
{
    QList<quint64> ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

//! Selects the table's row of orderId (through its proxy), the current cell in its last column: what is
//! copied is the row's order id, not the current cell's text (the view's own Ctrl+C).
void selectRow(QTableView *table, quint64 orderId)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(OrdersModel::kOrderIdRole).toULongLong() == orderId) {
            table->setFocus();
            table->setCurrentIndex(model->index(row, model->columnCount() - 1));
            QVERIFY(table->selectionModel()->isRowSelected(row, {}));
            return;
        }
    qWarning("order %llu is not shown", orderId);
}

//! The copy action and Ctrl+C each put exactly orderId's full digits on the clipboard.
void checkCopiesOrderId(QWidget *page, QTableView *table, quint64 orderId)
{
    selectRow(table, orderId);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("stale"));
    auto *copy = child<QAction>(table, "copyOrderIdAction");
    QVERIFY(copy);
    QVERIFY(table->actions().contains(copy)); // in the row's context menu
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    copy->trigger();
    QCOMPARE(clipboard->text(), QString::number(orderId));

    clipboard->setText(QStringLiteral("stale"));
    page->activateWindow();
    table->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QString::number(orderId));
}

//! The id column shows the whole id in a fixed-width font, wide enough not to be cut.
void checkIdShownWhole(QTableView *table, quint64 orderId)
{
    const QModelIndex index = table->model()->index(0, ui::OrderTableModel::kIdColumn);
    QVERIFY(index.isValid());
    const auto font = index.data(Qt::FontRole).value<QFont>();
    QCOMPARE(font.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    const QString text = QString::number(orderId);
    QVERIFY(table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly).size() == 1);
    QVERIFY2(table->columnWidth(ui::OrderTableModel::kIdColumn) >= QFontMetrics(font).horizontalAdvance(text),
        qPrintable(QStringLiteral("%1 < %2")
                       .arg(table->columnWidth(ui::OrderTableModel::kIdColumn))
                       .arg(QFontMetrics(font).horizontalAdvance(text))));
    // Room for the longest id there can be, not only those shown now.
    const QString longest = QString::number(std::numeric_limits<quint64>::max());
    QVERIFY(table->columnWidth(ui::OrderTableModel::kIdColumn) > QFontMetrics(font).horizontalAdvance(longest));
}

//! Shows the page as a window of its own, laid out (buttons take clicks only then).
bool showPage(QWidget *page)
{
    page->resize(900, 500);
    page->show();
    return QTest::qWaitForWindowExposed(page);
}

//! Both of the id column's promises on the page's order table.
void checkIdColumn(QWidget *page, const char *tableName, quint64 orderId)
{
    QVERIFY(showPage(page));
    auto *table = child<QTableView>(page, tableName);
    QVERIFY(table);
    checkIdShownWhole(table, orderId);
    checkCopiesOrderId(page, table, orderId);
    page->hide();
}

} // namespace

class TestOrderListsOnFakeDesks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void myOrdersFillsInEnterprisesAsTheyOpen()
    {
        BankPage bank({ order(kFirst, OrderState::Placed), order(kSecond, OrderState::Delivered),
            order(kThird, OrderState::Completed) });
        auto &[reader, desk, page] = bank;
        const OrdersModel &model = page->model();
        // Every order shown is asked for once, and waits with a placeholder.
        auto asked = desk.enterpriseAsks;
        std::sort(asked.begin(), asked.end());
        QCOMPARE(asked, (QList<quint64> { kFirst, kSecond, kThird }));
        for (const quint64 id : { kFirst, kSecond, kThird }) {
            QCOMPARE(cell(model, id, OrdersModel::Enterprise), QStringLiteral("…"));
            QCOMPARE(cell(model, id, OrdersModel::CreditCode), QStringLiteral("…"));
        }

        // A column fitted to these first rows keeps room for the names to come; a known name asks for nothing.
        const auto room = [&model](quint64 id) {
            return model.index(model.rowOf(id), OrdersModel::Enterprise).data(Qt::SizeHintRole).toSize().width();
        };
        QVERIFY(room(kFirst) > QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("…")) * 10);

        // Each answer fills its own row, as it comes.
        Q_EMIT desk.enterpriseOpened(kSecond, kPujiangName, kPujiangCode);
        QCOMPARE(cell(model, kSecond, OrdersModel::Enterprise), kPujiangName);
        QCOMPARE(cell(model, kSecond, OrdersModel::CreditCode), kPujiangCode);
        QCOMPARE(cell(model, kFirst, OrdersModel::Enterprise), QStringLiteral("…"));
        QVERIFY(!model.index(model.rowOf(kSecond), OrdersModel::Enterprise).data(Qt::SizeHintRole).isValid());

        // A request that cannot be opened is marked, and says why.
        Q_EMIT desk.enterpriseFailed(kThird, QStringLiteral("this key is not among the envelope's readers"));
        QVERIFY2(cell(model, kThird, OrdersModel::Enterprise).contains(QStringLiteral("cannot be opened")),
            qPrintable(cell(model, kThird, OrdersModel::Enterprise)));
        QCOMPARE(cell(model, kThird, OrdersModel::CreditCode), QStringLiteral("—"));
        QVERIFY(cell(model, kThird, OrdersModel::Enterprise, Qt::ToolTipRole)
                    .contains(QStringLiteral("not among the envelope's readers")));
        QCOMPARE(
            model.index(model.rowOf(kThird), OrdersModel::Enterprise).data(Qt::ForegroundRole).value<QBrush>().color(),
            QColor(0xb0, 0x00, 0x20));

        // A block with a new order: only that one is asked for.
        desk.enterpriseAsks.clear();
        auto fresh = order(kThird + 1, OrderState::Placed);
        fresh.block = 10;
        reader.orderList << fresh;
        Q_EMIT reader.blocksCommitted(10, 10);
        QCOMPARE(desk.enterpriseAsks, (QList<quint64> { kThird + 1 }));
        QCOMPARE(cell(model, kSecond, OrdersModel::Enterprise), kPujiangName); // kept through the reset

        // A full re-read asks again for the one that failed, not for those known or waiting.
        desk.enterpriseAsks.clear();
        page->refresh();
        QCOMPARE(desk.enterpriseAsks, (QList<quint64> { kThird }));
        QCOMPARE(cell(model, kThird, OrdersModel::Enterprise), QStringLiteral("…"));
    }

    void searchFindsOrdersByEnterpriseNameAndCode()
    {
        BankPage bank({ order(kFirst, OrderState::Placed), order(kSecond, OrderState::Delivered),
            order(kThird, OrderState::Completed) });
        auto &[reader, desk, page] = bank;
        auto *search = child<QLineEdit>(page.get(), "orderSearch");
        search->setText(QStringLiteral("建材贸易")); // keyClicks is ASCII-only
        QVERIFY(shownIds(page->proxy()).isEmpty()); // not read yet: nothing to match

        // The name arrives while the search is typed: the row appears.
        Q_EMIT desk.enterpriseOpened(kSecond, kPujiangName, kPujiangCode);
        Q_EMIT desk.enterpriseOpened(
            kFirst, QStringLiteral("深圳南山电子科技有限公司"), QStringLiteral("91440300MA5FXXXXX0"));
        QCOMPARE(shownIds(page->proxy()), (QList<quint64> { kSecond }));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("303456638p")); // part of the code, in lower case
        QCOMPARE(shownIds(page->proxy()), (QList<quint64> { kSecond }));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("91440300"));
        QCOMPARE(shownIds(page->proxy()), (QList<quint64> { kFirst }));
        search->clear();
        QCOMPARE(shownIds(page->proxy()), (QList<quint64> { kFirst, kSecond, kThird }));
    }

    void copiesTheFullOrderId()
    {
        BankPage bank({ order(kFirst, OrderState::Placed), order(kSecond, OrderState::Delivered) });
        checkIdColumn(bank.page.get(), "ordersTable", kSecond);

        // The bureau's inbox shares the order table's id column and its copy.
        test::FakeMarketReader bureauReader;
        bureauReader.account = kBureau;
        bureauReader.orderList = bank.reader.orderList;
        test::FakeBureauDesk bureauDesk;
        ui::OrderInboxPage inbox(bureauReader, bureauDesk, chain::NetworkProfile {});
        checkIdColumn(&inbox, "orderInboxTable", kFirst);
    }

    void myOrdersSaysWhyItIsEmpty()
    {
        BankPage bank({});
        auto &[reader, desk, page] = bank;
        QVERIFY(showPage(page.get()));
        ui::EmptyListNotice &notice = page->emptyNotice();
        QVERIFY(notice.isVisible());
        QCOMPARE(notice.text(), QStringLiteral("No orders yet — place one from the Product catalogue."));
        QVERIFY(notice.clearButton()->isHidden()); // nothing to clear

        // Orders arrive: the notice goes.
        auto first = order(kFirst, OrderState::Placed);
        first.block = 7;
        reader.orderList << first << order(kSecond, OrderState::Completed);
        reader.orderList[1].block = 7;
        Q_EMIT reader.blocksCommitted(7, 7);
        QCOMPARE(page->model().rowCount(), 2);
        QVERIFY(notice.text().isEmpty());

        // A search that matches nothing names itself and offers to clear it.
        auto *search = child<QLineEdit>(page.get(), "orderSearch");
        QTest::keyClicks(search, QStringLiteral("xyz"));
        QCOMPARE(notice.text(), QStringLiteral("No orders match “xyz”."));
        QTest::keyClicks(search, QStringLiteral("w")); // still empty: the text follows the search
        QCOMPARE(notice.text(), QStringLiteral("No orders match “xyzw”."));
        QVERIFY(notice.clearButton()->isVisible());

        // Filters alone: said so; the button clears search, state and overdue together.
        search->clear();
        auto *state = child<QComboBox>(page.get(), "stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Rejected or cancelled")));
        QCOMPARE(notice.text(), QStringLiteral("No orders match the chosen filters."));
        QTest::keyClicks(search, QStringLiteral("xyz"));
        child<QCheckBox>(page.get(), "overdueOnly")->setChecked(true);
        QTest::mouseClick(notice.clearButton(), Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QCOMPARE(state->currentIndex(), 0);
        QVERIFY(!child<QCheckBox>(page.get(), "overdueOnly")->isChecked());
        QCOMPARE(page->proxy().rowCount(), 2);
        QVERIFY(notice.text().isEmpty());
    }

    void inboxSaysWhyItIsEmpty()
    {
        test::FakeMarketReader reader;
        reader.account = kBureau;
        test::FakeBureauDesk desk;
        ui::OrderInboxPage page(reader, desk, chain::NetworkProfile {});
        QVERIFY(showPage(&page));
        auto *notice = child<ui::EmptyListNotice>(&page, "emptyListNotice");
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("No orders yet — banks' orders for your products arrive here."));
        QVERIFY(notice->clearButton()->isHidden());

        reader.orderList << order(kFirst, OrderState::Placed);
        page.refresh();
        QVERIFY(notice->text().isEmpty());
        auto *state = child<QComboBox>(&page, "orderStateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Rejected")));
        QCOMPARE(notice->text(), QStringLiteral("No orders in the state “Rejected”."));
        QTest::mouseClick(notice->clearButton(), Qt::LeftButton);
        QCOMPARE(state->currentIndex(), 0);
        QCOMPARE(child<QTableView>(&page, "orderInboxTable")->model()->rowCount(), 1);
        QVERIFY(notice->text().isEmpty());
    }
};

QTEST_MAIN(TestOrderListsOnFakeDesks)
#include "TestOrderListsOnFakeDesks.moc"
