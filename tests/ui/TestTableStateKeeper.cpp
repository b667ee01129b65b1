// SPDX-License-Identifier: Apache-2.0
// Column widths and sort survive a restart: what the user set on one table is
// restored on the next table of the same name, from the settings file. Until
// the user drags a column, the columns fit whatever rows come. A right click
// on the header shows or hides columns, and that comes back too.
#include "common/TableStateKeeper.h"
#include "settings/TerminalSettings.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

//! The user drags the right edge of column's header until it is width wide (the table is shown).
void dragColumnEdge(QTableView &table, int column, int width)
{
    QHeaderView *header = table.horizontalHeader();
    QWidget *viewport = header->viewport();
    const int y = header->height() / 2;
    const QPoint edge(header->sectionViewportPosition(column) + header->sectionSize(column) - 1, y);
    const QPoint to(edge.x() + width - header->sectionSize(column), y);
    QTest::mousePress(viewport, Qt::LeftButton, {}, edge);
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

//! The user right-clicks the header of table (shown): the menu of its columns.
QMenu *columnMenu(QTableView &table)
{
    for (QMenu *earlier : table.findChildren<QMenu *>(QStringLiteral("tableColumnsMenu")))
        delete earlier; // the user clicked elsewhere: the earlier menu is gone
    QHeaderView *header = table.horizontalHeader();
    Q_EMIT header->customContextMenuRequested(QPoint(5, header->height() / 2));
    auto *menu = table.findChild<QMenu *>(QStringLiteral("tableColumnsMenu"));
    return menu && menu->isVisible() ? menu : nullptr;
}

//! A new user's settings, in a folder of their own.
struct FreshSettings {
    QTemporaryDir dir;
    ui::TerminalSettings settings { std::make_unique<QSettings>(
        dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat) };
};

//! As a page does: the table named name shows model, its widths and columns kept in settings.
void keepState(QTableView &table, const QString &name, QAbstractItemModel &model, ui::TerminalSettings &settings)
{
    table.setObjectName(name);
    table.setModel(&model);
    ui::TableStateKeeper::attach(table, settings);
}

QAction *entry(QMenu &menu, const QString &text)
{
    for (QAction *a : menu.actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestTableStateKeeper final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void widthsAndSortComeBack()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("t.ini"));
        QStandardItemModel model(3, 4);
        {
            ui::TerminalSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            QTableView table;
            table.setObjectName(QStringLiteral("ordersTable"));
            table.setModel(&model);
            table.setSortingEnabled(true);
            ui::TableStateKeeper::attach(table, settings);
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            dragColumnEdge(table, 2, 333);
            QCOMPARE(table.horizontalHeader()->sectionSize(2), 333);
            table.sortByColumn(1, Qt::DescendingOrder);
        }
        ui::TerminalSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        QTableView again;
        again.setObjectName(QStringLiteral("ordersTable"));
        again.setModel(&model);
        again.setSortingEnabled(true);
        QVERIFY(again.horizontalHeader()->sectionSize(2) != 333);
        ui::TableStateKeeper::attach(again, settings);
        QCOMPARE(again.horizontalHeader()->sectionSize(2), 333);
        QCOMPARE(again.horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(again.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

        QTableView other; // another table's state is its own
        keepState(other, QStringLiteral("productsTable"), model, settings);
        QVERIFY(other.horizontalHeader()->sectionSize(2) != 333);

        model.appendRow(new QStandardItem(QStringLiteral("a much longer text than the saved width would ever hold")));
        QTest::qWait(50); // what fitting would do is done by now
        QCOMPARE(again.horizontalHeader()->sectionSize(2), 333); // the user's widths are never refitted
    }

    void columnsHiddenFromTheHeaderMenuStayHidden()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("t.ini"));
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels(
            { QStringLiteral("Order"), QStringLiteral("Enterprise"), QStringLiteral("Bureau") });
        {
            ui::TerminalSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            QTableView table;
            keepState(table, QStringLiteral("ordersTable"), model, settings);
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            QMenu *menu = columnMenu(table);
            QVERIFY(menu);
            QAction *bureau = entry(*menu, QStringLiteral("Bureau"));
            QVERIFY(bureau && bureau->isCheckable() && bureau->isChecked());
            QVERIFY(!entry(*menu, QStringLiteral("Show all columns"))->isEnabled()); // nothing hidden yet
            bureau->trigger();
            QVERIFY(table.horizontalHeader()->isSectionHidden(2));

            // The last column shown cannot go: the list would be empty with no header to right-click.
            entry(*columnMenu(table), QStringLiteral("Enterprise"))->trigger();
            QVERIFY(table.horizontalHeader()->isSectionHidden(1));
            menu = columnMenu(table);
            QVERIFY(!entry(*menu, QStringLiteral("Order"))->isEnabled());
            QVERIFY(entry(*menu, QStringLiteral("Enterprise"))->isEnabled());
            QVERIFY(entry(*menu, QStringLiteral("Show all columns"))->isEnabled());
            entry(*menu, QStringLiteral("Enterprise"))->trigger(); // shown again
            QVERIFY(!table.horizontalHeader()->isSectionHidden(1));
            QVERIFY(table.horizontalHeader()->sectionSize(1) > 0);
        }
        // The next run's table of the same name hides the same column.
        ui::TerminalSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        QTableView again;
        keepState(again, QStringLiteral("ordersTable"), model, settings);
        QVERIFY(again.horizontalHeader()->isSectionHidden(2));
        QVERIFY(!again.horizontalHeader()->isSectionHidden(1));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        entry(*columnMenu(again), QStringLiteral("Show all columns"))->trigger();
        QVERIFY(!again.horizontalHeader()->isSectionHidden(2));
        QVERIFY(again.horizontalHeader()->sectionSize(2) > 0);
    }

    void anEmptyTableKeepsItsWrappingRows()
    {
        // A page whose rows grow to their content (a dispute's reason) keeps
        // wrapping while it is still empty: fitting the header alone reads no
        // row mode (an empty row header reports Fixed).
        FreshSettings fresh;
        ui::TerminalSettings &settings = fresh.settings;
        QStandardItemModel model(0, 2);
        QTableView table;
        table.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table.setWordWrap(true);
        keepState(table, QStringLiteral("disputesTable"), model, settings);
        model.setHorizontalHeaderLabels(
            { QStringLiteral("Reason"), QStringLiteral("A label wider than a default column") });
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(1) >= table.horizontalHeader()->sectionSizeHint(1));
        QVERIFY(table.wordWrap());
        model.appendRow({ new QStandardItem(QStringLiteral("a reason")), new QStandardItem(QStringLiteral("x")) });
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(0)
            >= table.fontMetrics().horizontalAdvance(QStringLiteral("a reason")));
        QVERIFY(table.wordWrap()); // rows that grow to their content may wrap
    }

    void aFreshTableFitsItsRows()
    {
        FreshSettings fresh;
        ui::TerminalSettings &settings = fresh.settings;
        QStandardItemModel model(0, 3);
        QTableView table;
        keepState(table, QStringLiteral("inboxTable"), model, settings);
        // Before any row (rows loading off the GUI thread), a label longer than
        // the default width still shows whole.
        model.setHorizontalHeaderLabels({ QStringLiteral("Order"), QStringLiteral("Placed"),
            QStringLiteral("Authorisation letter, and a longer label than any default column width") });
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(2) >= table.horizontalHeader()->sectionSizeHint(2));
        QVERIFY(table.horizontalHeader()->sectionSizeHint(2) > table.horizontalHeader()->defaultSectionSize());
        const QString orderId = QStringLiteral("20261205123456789");
        const QString placed = QStringLiteral("2026/12/05 13:05");
        const int defaultWidth = table.horizontalHeader()->defaultSectionSize();
        QVERIFY(table.fontMetrics().horizontalAdvance(orderId) > defaultWidth); // clipped before this fix

        model.appendRow(
            { new QStandardItem(orderId), new QStandardItem(placed), new QStandardItem(QStringLiteral("x")) });
        // Added rows fit once the event loop runs (one fit for a batch).
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(0) >= table.fontMetrics().horizontalAdvance(orderId));
        QVERIFY(table.horizontalHeader()->sectionSize(1) >= table.fontMetrics().horizontalAdvance(placed));
        QVERIFY(!table.wordWrap()); // a date never breaks onto two lines

        // Later rows fit too: a bold new order, a countdown that grew (issue 10: both clipped).
        auto *bold = new QStandardItem(orderId);
        QFont font = table.font();
        font.setBold(true);
        bold->setFont(font);
        model.appendRow({ bold, new QStandardItem(placed), new QStandardItem(QStringLiteral("y")) });
        QVERIFY(QFontMetrics(font).horizontalAdvance(orderId) > table.fontMetrics().horizontalAdvance(orderId));
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(0) >= QFontMetrics(font).horizontalAdvance(orderId));
        const QString countdown = QStringLiteral("overdue by 12 d 23 h");
        model.item(0, 2)->setText(countdown); // a changed cell fits once the event loop runs
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(2) >= table.fontMetrics().horizontalAdvance(countdown));
        // Programs' own widths do not stop the fitting; the user's drag does.
        table.horizontalHeader()->resizeSection(0, 50);
        model.appendRow(
            { new QStandardItem(orderId), new QStandardItem(placed), new QStandardItem(QStringLiteral("z")) });
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(0) > 50);

        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        dragColumnEdge(table, 0, 50); // the user's choice from then on
        QCOMPARE(table.horizontalHeader()->sectionSize(0), 50);
        model.appendRow(
            { new QStandardItem(orderId), new QStandardItem(placed), new QStandardItem(QStringLiteral("y")) });
        QTest::qWait(50); // what fitting would do is done by now
        QCOMPARE(table.horizontalHeader()->sectionSize(0), 50);
        QVERIFY(settings.tableWidthsChosen(QStringLiteral("inboxTable")));
    }
};

QTEST_MAIN(TestTableStateKeeper)
#include "TestTableStateKeeper.moc"
