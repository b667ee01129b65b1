// SPDX-License-Identifier: Apache-2.0
// The demo chain's history delivers invented reports (credit-devnet's
// DemoReportPdf, the only producer DemoTransactions uses): read back with
// Poppler, every page says 演示数据 / DEMO DATA in its text, and the mark is
// drawn — red in the band at the top, not an empty box of missing glyphs.
#include "devnet/DemoReportPdf.h"

#include <poppler-qt6.h>

#include <QImage>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

devnet::DemoReportFacts facts(quint64 orderId)
{
    return { orderId, 1001, u"91310000MA1FL0AB3C"_s, u"91310115303456638P"_s, 1'751'328'000'000 };
}

//! Pixels of image in rect (PDF points at 72 dpi, y down) whose red clearly dominates.
int redPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 120 && c.green() < 80 && c.blue() < 80 ? 1 : 0;
        }
    return n;
}

} // namespace

class TestDemoHistoryReportMark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPageSaysItIsDemoData()
    {
        for (const quint64 id : { 1ULL, 17ULL, 4242ULL }) {
            auto doc = Poppler::Document::loadFromData(devnet::demoReportPdf(facts(id)));
            QVERIFY(doc && !doc->isLocked());
            QVERIFY(doc->numPages() >= 1);
            for (int i = 0; i < doc->numPages(); ++i) {
                const QString text = doc->page(i)->text(QRectF());
                QVERIFY2(QString(text).remove(u' ').contains(u"演示数据/DEMODATA"_s), qPrintable(text.left(300)));
                QVERIFY(!doc->page(i)->search(u"演示数据"_s).isEmpty());
                QVERIFY(text.contains(u"R%1"_s.arg(id))); // still the report it was
            }
            QVERIFY(doc->info(u"Title"_s).contains(u"DEMO DATA"_s));
        }
    }

    void theMarkIsDrawn()
    {
        auto doc = Poppler::Document::loadFromData(devnet::demoReportPdf(facts(7)));
        QVERIFY(doc);
        const QImage page = doc->page(0)->renderToImage(72, 72);
        QCOMPARE(page.size(), QSize(595, 842));
        // The band spans PDF y 800..828, i.e. image rows 14..42; the Chinese glyphs sit at x 196..252.
        const int chinese = redPixels(page, QRect(196, 16, 56, 24));
        const int latin = redPixels(page, QRect(260, 16, 110, 24));
        QVERIFY2(chinese > 60, qPrintable(QString::number(chinese)));
        QVERIFY2(latin > 60, qPrintable(QString::number(latin)));
        // Below the band, where the report's black text starts, nothing is red.
        QCOMPARE(redPixels(page, QRect(56, 60, 480, 40)), 0);
    }
};

QTEST_MAIN(TestDemoHistoryReportMark)
#include "TestDemoHistoryReportMark.moc"
