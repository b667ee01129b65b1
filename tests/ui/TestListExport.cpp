// SPDX-License-Identifier: Apache-2.0
// Export CSV… and Print… take a list as the user sees it: visible columns in their
// on-screen order, rows as filtered and sorted. The CSV is read back by a separate
// RFC 4180 parser, the printout rendered with Poppler.
#include "CsvParser.h"
#include "common/ListActions.h"
#include "common/ListExport.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace credit;

namespace {

const QString kLanqi = QStringLiteral("上海澜启科技有限公司");
const QString kQuoted = QStringLiteral("Acme \"East\", Ltd");

// Three orders; the view hides "Internal", shows Enterprise before Order, keeps
// what matches "a" in Enterprise... and sorts by Order descending.
struct ShownList {
    QStandardItemModel model { 0, 3 };
    QSortFilterProxyModel proxy;
    QWidget page;
    QTableView *view = new QTableView(&page);

    ShownList()
    {
        model.setHorizontalHeaderLabels(
            { QStringLiteral("Order"), QStringLiteral("Enterprise"), QStringLiteral("Internal") });
        const QList<QStringList> rows { { QStringLiteral("101"), kLanqi, QStringLiteral("x") },
            { QStringLiteral("102"), kQuoted, QStringLiteral("y") },
            { QStringLiteral("103"), QStringLiteral("Filtered out"), QStringLiteral("z") } };
        for (const QStringList &r : rows) {
            QList<QStandardItem *> items;
            for (const QString &t : r)
                items << new QStandardItem(t);
            model.appendRow(items);
        }
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(1);
        proxy.setFilterRegularExpression(QStringLiteral("^(?!Filtered)"));
        view->setModel(&proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::DescendingOrder);
        view->setColumnHidden(2, true);
        view->horizontalHeader()->moveSection(1, 0);
        new QVBoxLayout(&page);
        page.layout()->addWidget(view);
    }
};

} // namespace

class TestListExport final : public QObject {
    Q_OBJECT

    // Export CSV…, the file chosen in the real dialog, and the message that follows.
    static void exportThroughTheButton(ShownList &list, const QString &path, QMessageBox **told)
    {
        ui::ListActions actions(list.view, QStringLiteral("My orders"), &list.page);
        list.page.show();
        QTest::mouseClick(actions.exportButton(), Qt::LeftButton);
        auto *chooser = list.page.findChild<QFileDialog *>(QStringLiteral("fileChooser"));
        QVERIFY(chooser);
        QVERIFY(chooser->selectedFiles().value(0).endsWith(QStringLiteral(".csv"))); // a name is suggested
        chooser->setFileMode(QFileDialog::AnyFile);
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept is protected
        QTRY_VERIFY((*told = list.page.findChild<QMessageBox *>(QStringLiteral("listExportMessage"))));
    }

private Q_SLOTS:
    void theCountSaysHowManyAreShownOfAll()
    {
        ShownList list;
        ui::ListActions actions(list.view, QStringLiteral("My orders"), &list.page);
        QCOMPARE(actions.countLabel()->text(), QStringLiteral("2 of 3 shown"));
        list.proxy.setFilterRegularExpression(QString());
        QCOMPARE(actions.countLabel()->text(), QStringLiteral("3 in all"));
        list.model.appendRow({ new QStandardItem(QStringLiteral("104")), new QStandardItem(QStringLiteral("Another")),
            new QStandardItem(QStringLiteral("w")) });
        QCOMPARE(actions.countLabel()->text(), QStringLiteral("4 in all"));
        list.proxy.setFilterFixedString(QStringLiteral("Another"));
        QCOMPARE(actions.countLabel()->text(), QStringLiteral("1 of 4 shown"));
    }

    void theSnapshotIsWhatTheViewShows()
    {
        ShownList list;
        const ui::ListSnapshot shown = ui::snapshotOf(*list.view, QStringLiteral("My orders"));
        QCOMPARE(shown.headers, (QStringList { QStringLiteral("Enterprise"), QStringLiteral("Order") }));
        QCOMPARE(shown.rows.size(), 2);
        QCOMPARE(shown.rows.at(0), (QStringList { kQuoted, QStringLiteral("102") }));
        QCOMPARE(shown.rows.at(1), (QStringList { kLanqi, QStringLiteral("101") }));
    }

    void exportCsvWritesTheShownListForExcel()
    {
        ShownList list;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        QMessageBox *told = nullptr;
        exportThroughTheButton(list, path, &told);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(told->icon(), QMessageBox::Information);
        QVERIFY2(told->text().startsWith(QStringLiteral("2 rows exported")), qPrintable(told->text()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads the Chinese as UTF-8
        QVERIFY(bytes.contains("\r\n"));
        QString problem;
        const QList<QStringList> records = credit::test::parseCsv(QString::fromUtf8(bytes.mid(3)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList { QStringLiteral("Enterprise"), QStringLiteral("Order") }));
        QCOMPARE(records.at(1), (QStringList { kQuoted, QStringLiteral("102") }));
        QCOMPARE(records.at(2), (QStringList { kLanqi, QStringLiteral("101") }));
    }

    void aFileThatCannotBeWrittenIsSaidAndNothingIsLeft()
    {
        ShownList list;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no such folder/orders.csv"));
        QMessageBox *told = nullptr;
        exportThroughTheButton(list, path, &told);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(told->icon(), QMessageBox::Warning);
        QVERIFY2(told->text().contains(QStringLiteral("no such folder")), qPrintable(told->text()));
        QVERIFY(!QFile::exists(path));
    }

    void thePrintoutHasTitleCountAndRows()
    {
        ShownList list;
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("list.pdf")));
        ui::printList(ui::snapshotOf(*list.view, QStringLiteral("My orders")), printer);
        auto pdf = Poppler::Document::load(printer.outputFileName());
        QVERIFY(pdf);
        QVERIFY(pdf->numPages() >= 1);
        const QString text = pdf->page(0)->text(QRectF());
        for (const QString &expected :
            { QStringLiteral("My orders"), QStringLiteral("Rows: 2"), kLanqi, QStringLiteral("102"), kQuoted })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Filtered out")));
        QVERIFY(!text.contains(QStringLiteral("Internal")));
    }
};

QTEST_MAIN(TestListExport)
#include "TestListExport.moc"
