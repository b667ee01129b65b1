// SPDX-License-Identifier: Apache-2.0
// The demo chain's history delivers invented reports (credit-devnet's
// DemoReportPdf, the only producer DemoTransactions uses): read back with
// Poppler, every page says 演示数据 / DEMO DATA in its text, and the mark is
// drawn — red in the band at the top, not an empty box of missing glyphs.
// A structured product's report carries its data as an embedded file, and the
// figures the page prints are those of that data.
#include "devnet/DemoReportPdf.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"

#include <poppler-qt6.h>

#include <QDate>
#include <QImage>
#include <QTest>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

devnet::DemoReportFacts facts(quint64 orderId)
{
    return { orderId, 1001, u"91310000MA1FL0AB3C"_s, u"91310115303456638P"_s, 1'751'328'000'000, {}, {}, false };
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

    void structuredDeliveryCarriesTheFiguresOfItsPage()
    {
        devnet::DemoReportFacts f = facts(31);
        f.enterpriseName = u"上海示例科技有限公司"_s;
        f.bureauName = u"示例征信有限公司"_s;
        f.structured = true;
        const QByteArray delivered = devnet::demoDeliveredReport(f).value();
        auto doc = Poppler::Document::loadFromData(delivered);
        QVERIFY(doc && !doc->isLocked());
        QCOMPARE(doc->numPages(), 1);
        Poppler::EmbeddedFile *file = nullptr;
        for (Poppler::EmbeddedFile *e : doc->embeddedFiles())
            if (e->name() == QString::fromLatin1(report::kReportDataFileName))
                file = e;
        QVERIFY2(file, "the report data is an embedded file Poppler lists");
        QCOMPARE(file->mimeType(), u"application/json"_s);

        // What the bank reads from it, checked as the bank checks it.
        const report::ReportDataCheck read
            = report::parseReportData(file->data(), { {}, {}, 0, true }, QDate::currentDate());
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).path));
        const report::EnterpriseReportData &d = read.data;
        QVERIFY(d.isDemoSample);
        QCOMPARE(d.basic.creditCode, f.enterpriseCode);
        QCOMPARE(d.basic.name, f.enterpriseName);
        QCOMPARE(d.meta.orderId, 31ULL);
        QCOMPARE(d.meta.reportNumber, u"R31"_s);

        // The page prints the data's own figures (Poppler's text, spaces dropped).
        const QString text = doc->page(0)->text(QRectF()).remove(u' ');
        QVERIFY2(text.contains(u"Registeredcapital:CNY%1"_s.arg(d.basic.registeredCapitalYuan)), qPrintable(text));
        QVERIFY(text.contains(u"Founded:%1"_s.arg(d.basic.founded.toString(Qt::ISODate))));
        QVERIFY(text.contains(u"Employees:%1"_s.arg(d.operations.employees)));
        QVERIFY(text.contains(u"Courtcases:%1"_s.arg(d.cases.size())));
        QVERIFY(text.contains(u"Bankloans:%1,"_s.arg(d.loans.size())));
        QVERIFY(text.contains(u"Findings:%1"_s.arg(d.warnings.size())));
        QVERIFY(text.contains(QString::fromLatin1(report::kReportDataFileName)));

        // The same order as PDF only: the page alone, the same figures.
        f.structured = false;
        const QByteArray plain = devnet::demoDeliveredReport(f).value();
        QCOMPARE(plain, devnet::demoReportPdf(f));
        auto plainDoc = Poppler::Document::loadFromData(plain);
        QVERIFY(plainDoc && plainDoc->embeddedFiles().isEmpty());
        QVERIFY(plainDoc->page(0)->text(QRectF()).remove(u' ').contains(
            u"Registeredcapital:CNY%1"_s.arg(d.basic.registeredCapitalYuan)));
        QCOMPARE(delivered.count("%%EOF"), 2); // the page's file, then the update that attaches the data
    }
};

QTEST_MAIN(TestDemoHistoryReportMark)
#include "TestDemoHistoryReportMark.moc"
