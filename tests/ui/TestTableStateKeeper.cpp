// SPDX-License-Identifier: Apache-2.0
// Column widths and sort survive a restart: what the user set on one table is
// restored on the next table of the same name, from the settings file.
#include "common/TableStateKeeper.h"
#include "settings/TerminalSettings.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

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
            table.horizontalHeader()->resizeSection(2, 333);
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
        other.setObjectName(QStringLiteral("productsTable"));
        other.setModel(&model);
        ui::TableStateKeeper::attach(other, settings);
        QVERIFY(other.horizontalHeader()->sectionSize(2) != 333);
    }
};

QTEST_MAIN(TestTableStateKeeper)
#include "TestTableStateKeeper.moc"
