// SPDX-License-Identifier: Apache-2.0
// The sort arrow every table of the application shows (SortArrowStyle): ▲ when
// the rows run smallest (oldest) first, ▼ when largest (newest) first,
// whatever the platform's style does with Qt's SortUp/SortDown. Checked on a
// real header, sorted both ways, drawn over a style that records what it is
// asked to draw.
#include "common/SortArrowStyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>

using namespace credit;

namespace {

//! Draws as the application's style does, and remembers every arrow it was asked for.
class RecordingStyle final : public QProxyStyle {
public:
    mutable QList<PrimitiveElement> arrows;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override
    {
        if (element == PE_IndicatorArrowUp || element == PE_IndicatorArrowDown || element == PE_IndicatorHeaderArrow)
            arrows << element;
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

class TestSortArrowStyle final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aHeaderSortedAscendingShowsTheUpArrow_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("arrow");
        QTest::newRow("oldest first") << Qt::AscendingOrder << int(QStyle::PE_IndicatorArrowUp);
        QTest::newRow("newest first") << Qt::DescendingOrder << int(QStyle::PE_IndicatorArrowDown);
    }

    void aHeaderSortedAscendingShowsTheUpArrow()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, arrow);
        QStandardItemModel model(3, 2);
        model.setHorizontalHeaderLabels({ QStringLiteral("Valid from"), QStringLiteral("Uses") });
        QTableView table;
        table.setModel(&model);
        table.setSortingEnabled(true);
        table.sortByColumn(0, order);
        auto *recording = new RecordingStyle;
        auto *style = new ui::SortArrowStyle(recording); // owns recording
        style->setParent(&table);
        table.horizontalHeader()->setStyle(style);
        table.resize(400, 200);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        recording->arrows.clear();
        (void)table.horizontalHeader()->grab();
        QCOMPARE(recording->arrows, QList<QStyle::PrimitiveElement> { QStyle::PrimitiveElement(arrow) });
    }

    void otherPrimitivesPassThrough()
    {
        auto *recording = new RecordingStyle;
        ui::SortArrowStyle style(recording);
        QStyleOptionHeader unsorted;
        unsorted.sortIndicator = QStyleOptionHeader::None;
        QImage image(20, 20, QImage::Format_ARGB32);
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &unsorted, &painter);
        QCOMPARE(recording->arrows, QList<QStyle::PrimitiveElement> { QStyle::PE_IndicatorHeaderArrow });
    }
};

QTEST_MAIN(TestSortArrowStyle)
#include "TestSortArrowStyle.moc"
