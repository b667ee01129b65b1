// SPDX-License-Identifier: Apache-2.0
// Generates reports and reads them back with Poppler: what a bank's terminal
// will see, not what the writer meant to write.
#include "reportdata/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"
#include "reportdata/ReportDataJson.h"
#include "report/ReportFonts.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace credit;
using namespace credit::report;
using namespace Qt::StringLiterals;

namespace {

const QStringList kHeadings = { u"一、基本信息"_s, u"二、经营信息"_s, u"三、司法信息"_s, u"四、纳税信息"_s,
    u"五、公共事业缴费"_s, u"六、融资信息"_s, u"七、风险提示"_s };

EnterpriseReportData sample(const QString &name = u"深圳市链通电子科技有限公司"_s)
{
    EnterpriseReportData d = demoEnterpriseReport(u"91440300MA5F0B7Q2X"_s, name);
    d.meta = { u"CR-2025-000042"_s, u"华信征信有限公司"_s, 42, QDateTime(QDate(2025, 7, 1), QTime(9, 30)) };
    return d;
}

std::unique_ptr<Poppler::Document> load(const QByteArray &pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    return doc && !doc->isLocked() ? std::move(doc) : nullptr;
}

// Raw extracted text, no normalisation: without ToUnicodeRepair, 一 comes
// back as the Kangxi radical ⼀ and 页 as ⻚, and these checks fail.
QString pageText(Poppler::Document &doc, int index)
{
    return doc.page(index)->text(QRectF());
}

QString allText(Poppler::Document &doc)
{
    QString text;
    for (int i = 0; i < doc.numPages(); ++i)
        text += pageText(doc, i) + u'\n';
    return text;
}

QString squeezed(QString s)
{
    return s.remove(u' ').toLower();
}

const QString kMark = u"演示数据/demodata"_s; // demoDataMark(), squeezed

//! The shipped example of the bureau's data file, as the bureau's import reads it.
EnterpriseReportData bureauData()
{
    QFile f(QStringLiteral(CREDIT_REPORT_DATA_EXAMPLE));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ReportDataCheck c = parseReportData(
        f.readAll(), { u"上海示例数据科技有限公司"_s, u"91310115MA1FL0AB0P"_s, 7 }, QDate(2025, 7, 1));
    if (!c.ok())
        return {};
    c.data.meta = { u"EXAMPLE-2025-0001"_s, u"华信征信有限公司"_s, 7, QDateTime(QDate(2025, 7, 1), QTime(9, 30)) };
    return c.data;
}

} // namespace

class TestEnterpriseReportWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportReadsBack()
    {
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(sample());
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        auto doc = load(*pdf);
        QVERIFY(doc);
        // A title page, then the sections.
        QVERIFY2(doc->numPages() >= 2, qPrintable(QString::number(doc->numPages())));

        const QString text = allText(*doc);
        QVERIFY(text.contains(u"深圳市链通电子科技有限公司"_s));
        QVERIFY(text.contains(u"91440300MA5F0B7Q2X"_s));
        QVERIFY(text.contains(u"CR-2025-000042"_s));
        QVERIFY(text.contains(u"华信征信有限公司"_s));
        for (const QString &h : kHeadings)
            QVERIFY2(text.contains(h), qPrintable(h));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString::number(c.unicode(), 16)));
        // The title page carries no section; the sections start on page 2.
        QVERIFY(!pageText(*doc, 0).contains(kHeadings.first()));
        QVERIFY(pageText(*doc, 0).contains(u"企业信用报告"_s));
    }

    void everyPageHasItsNumber()
    {
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(sample());
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        const int n = doc->numPages();
        for (int i = 0; i < n; ++i) {
            const QString footer = u"第%1页/共%2页"_s.arg(i + 1).arg(n);
            QVERIFY2(squeezed(pageText(*doc, i)).contains(footer), qPrintable(footer));
        }
    }

    void fontsAreEmbedded()
    {
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(sample());
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        const QList<Poppler::FontInfo> fonts = doc->fonts();
        QVERIFY(!fonts.isEmpty());
        const Result<QStringList> families = ReportFonts::families();
        QVERIFY(families.ok());
        const QString cjk = squeezed(families->last());
        bool cjkSeen = false;
        for (const Poppler::FontInfo &f : fonts) {
            QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
            // PDF font names: optional "ABCDEF+" subset tag, then e.g. NotoSansCJKsc-Regular.
            cjkSeen = cjkSeen || squeezed(f.name().section(u'+', -1)).startsWith(cjk);
        }
        QVERIFY2(cjkSeen, qPrintable(cjk));
    }

    void searchFindsHeadings()
    {
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(sample());
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        QVERIFY(!doc->page(1)->search(u"一、基本信息"_s).isEmpty());
        QVERIFY(doc->page(0)->search(u"一、基本信息"_s).isEmpty());
        // 页 and 风 share their glyphs with radicals that have no NFKC mapping.
        QVERIFY(!doc->page(0)->search(u"页"_s).isEmpty());
        QVERIFY(!doc->page(doc->numPages() - 1)->search(u"七、风险提示"_s).isEmpty());
    }

    void valuesAreEscaped()
    {
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(sample(u"A&B <Trading> Co."_s));
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        QVERIFY(allText(*doc).contains(u"A&B <Trading> Co."_s));
    }

    void longerDataMakesMorePages()
    {
        EnterpriseReportData big = sample();
        const auto base = big.utilities;
        for (int i = 0; i < 10; ++i)
            big.utilities += base;
        const Result<QByteArray> small = EnterpriseReportWriter::toPdf(sample());
        const Result<QByteArray> large = EnterpriseReportWriter::toPdf(big);
        QVERIFY(small.ok() && large.ok());
        QVERIFY(load(*large)->numPages() > load(*small)->numPages());
    }

    void runsOnWorkerThread()
    {
        std::optional<Result<QByteArray>> fromWorker;
        QThread *worker = QThread::create([&fromWorker] { fromWorker = EnterpriseReportWriter::toPdf(sample()); });
        worker->start();
        QVERIFY(worker->wait(60'000));
        delete worker;
        QVERIFY(fromWorker.has_value());
        QVERIFY2(fromWorker->ok(), fromWorker->ok() ? "" : qPrintable(fromWorker->error().message));
        const Result<QByteArray> fromMain = EnterpriseReportWriter::toPdf(sample());
        QVERIFY(fromMain.ok());
        auto a = load(**fromWorker);
        auto b = load(*fromMain);
        QVERIFY(a && b);
        QCOMPARE(a->numPages(), b->numPages());
        QCOMPARE(allText(*a), allText(*b));
    }

    void demoSampleIsMarkedOnEveryPage()
    {
        EnterpriseReportData demo = sample();
        QVERIFY(demo.isDemoSample);
        const auto base = demo.utilities;
        for (int i = 0; i < 4; ++i)
            demo.utilities += base; // several body pages, not just the title and one
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(demo);
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        QVERIFY2(doc->numPages() >= 3, qPrintable(QString::number(doc->numPages())));
        QCOMPARE(squeezed(demoDataMark()), kMark);
        for (int i = 0; i < doc->numPages(); ++i) {
            QVERIFY2(squeezed(pageText(*doc, i)).contains(kMark), qPrintable(u"page %1"_s.arg(i + 1)));
            QVERIFY(!doc->page(i)->search(u"演示数据"_s).isEmpty());
        }
        QVERIFY(pageText(*doc, 0).contains(u"虚构"_s));
        QVERIFY(doc->info(u"Title"_s).contains(u"演示数据"_s));
        // The marked report still reads as before: headings and values intact.
        const QString text = allText(*doc);
        for (const QString &h : kHeadings)
            QVERIFY2(text.contains(h), qPrintable(h));
    }

    void bureauDataIsRenderedUnmarked()
    {
        const EnterpriseReportData data = bureauData();
        QVERIFY(!data.basic.name.isEmpty());
        QVERIFY(!data.isDemoSample);
        const Result<QByteArray> pdf = EnterpriseReportWriter::toPdf(data);
        QVERIFY(pdf.ok());
        auto doc = load(*pdf);
        QVERIFY(doc);
        const QString text = allText(*doc);
        QVERIFY(!squeezed(text).contains(kMark));
        QVERIFY(!text.contains(u"演示"_s));
        // What the bureau's file says, and only that.
        QVERIFY(text.contains(u"上海示例数据科技有限公司"_s));
        QVERIFY(text.contains(u"买卖合同纠纷"_s)); // the file's one court case (its number wraps in the table)
        QVERIFY(text.contains(u"示例银行上海分行"_s));
        QVERIFY(text.contains(u"无欠税记录。"_s));
        QVERIFY(!text.contains(u"次级"_s));
    }

    void unwritableOutputIsAnError()
    {
        QBuffer closed;
        const Result<void> r = EnterpriseReportWriter::write(sample(), &closed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
    }
};

QTEST_MAIN(TestEnterpriseReportWriter)
#include "TestEnterpriseReportWriter.moc"
