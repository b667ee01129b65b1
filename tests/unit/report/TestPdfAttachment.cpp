// SPDX-License-Identifier: Apache-2.0
// The structured data travels inside the report PDF as an embedded file
// (incremental update, ISO 32000-1 §7.5.6 / §7.11.4). The external check is
// Poppler: it lists the attachment with the exact bytes, and the pages of the
// original still render and give their text.
#include "reportdata/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"
#include "reportdata/PdfAttachment.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace credit;
using namespace credit::report;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt(QDate(2025, 7, 1), QTime(9, 30), Qt::UTC);

EnterpriseReportData sample()
{
    EnterpriseReportData d = demoEnterpriseReport(u"91440300MA5F0B7Q2X"_s, u"深圳市链通电子科技有限公司"_s);
    d.meta = { u"CR-2025-000042"_s, u"华信征信有限公司"_s, 42, kAt };
    return d;
}

QByteArray samplePdf()
{
    auto pdf = EnterpriseReportWriter::toPdf(sample());
    return pdf ? *pdf : QByteArray();
}

std::unique_ptr<Poppler::Document> load(const QByteArray &pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    return doc && !doc->isLocked() ? std::move(doc) : nullptr;
}

} // namespace

class TestPdfAttachment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void popplerReadsTheEmbeddedJson()
    {
        const QByteArray pdf = samplePdf();
        QVERIFY(!pdf.isEmpty());
        const QByteArray json = reportDataToJson(sample());
        QCOMPARE(reportDataVersion(sample()), kReportDataSchemaVersion); // the template's data is complete
        auto withData = embedReportData(pdf, json, kAt);
        QVERIFY2(withData, qPrintable(withData ? QString() : withData.error().message));
        // An incremental update: the original bytes are untouched, new ones follow.
        QVERIFY(withData->startsWith(pdf));
        QVERIFY(withData->size() > pdf.size() + json.size());

        auto original = load(pdf);
        auto doc = load(*withData);
        QVERIFY(original && doc);
        QVERIFY(!original->hasEmbeddedFiles());
        QVERIFY(doc->hasEmbeddedFiles());
        const QList<Poppler::EmbeddedFile *> files = doc->embeddedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first()->name(), QString::fromLatin1(kReportDataFileName));
        QCOMPARE(files.first()->mimeType(), u"application/json"_s);
        QCOMPARE(files.first()->size(), json.size());
        QCOMPARE(files.first()->data(), json);
        QCOMPARE(files.first()->modDate(), kAt);

        // Same pages, same text, and they still render.
        QCOMPARE(doc->numPages(), original->numPages());
        for (int i = 0; i < doc->numPages(); ++i)
            QCOMPARE(doc->page(i)->text(QRectF()), original->page(i)->text(QRectF()));
        const QImage first = doc->page(0)->renderToImage(36, 36);
        QVERIFY(!first.isNull());
        QCOMPARE(first, original->page(0)->renderToImage(36, 36));
        QVERIFY(doc->page(0)->text(QRectF()).contains(u"深圳市链通电子科技有限公司"_s));
    }

    void qpdfFindsNoStructuralProblem()
    {
        if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
            QSKIP("qpdf is not installed: Poppler's reading above is the check");
        const QByteArray pdf = samplePdf();
        auto withData = embedReportData(pdf, reportDataToJson(sample()), kAt);
        QVERIFY(withData);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.pdf"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*withData);
        f.close();
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, { u"--check"_s, path });
        QVERIFY(qpdf.waitForFinished(30'000));
        const QString out = QString::fromUtf8(qpdf.readAllStandardOutput() + qpdf.readAllStandardError());
        QVERIFY2(qpdf.exitCode() == 0, qPrintable(out));
        QVERIFY2(!out.contains(u"WARNING"_s), qPrintable(out));
    }

    void aReportWithoutDataHasNoAttachment()
    {
        auto doc = load(samplePdf());
        QVERIFY(doc);
        QVERIFY(!doc->hasEmbeddedFiles());
        QVERIFY(doc->embeddedFiles().isEmpty());
    }

    void badJsonIsRefusedAndThePdfLeftAlone()
    {
        const QByteArray pdf = samplePdf();
        auto corrupt = embedReportData(pdf, "{\"type\": \"creditchain.enterprise-report-data\", ", kAt);
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(corrupt.error().message.contains(u"not valid JSON"_s), qPrintable(corrupt.error().message));

        auto other = embedReportData(pdf, R"({"type": "invoice"})", kAt);
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(u"not a report data document"_s), qPrintable(other.error().message));

        QByteArray huge = "{\"type\": \"creditchain.enterprise-report-data\", \"pad\": \"";
        huge += QByteArray(kMaxReportDataBytes, 'x') + "\"}";
        auto oversized = embedReportData(pdf, huge, kAt);
        QVERIFY(!oversized);
        QVERIFY2(oversized.error().message.contains(QString::number(kMaxReportDataBytes)),
            qPrintable(oversized.error().message));
    }

    void whatItCannotUpdateIsRefused()
    {
        const PdfAttachment file { u"a.json"_s, "application/json", u"d"_s, "{}", kAt };
        auto notPdf = attachToPdf("hello", file);
        QVERIFY(!notPdf);
        QCOMPARE(notPdf.error().kind, ErrorKind::InvalidInput);

        const QByteArray pdf = samplePdf();
        auto cut = attachToPdf(pdf.left(pdf.size() / 2), file);
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(u"startxref"_s), qPrintable(cut.error().message));

        // A second attachment: the catalog has /Names now; refused rather than overwritten.
        auto once = attachToPdf(pdf, file);
        QVERIFY(once);
        auto twice = attachToPdf(*once, file);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, ErrorKind::Unsupported);

        PdfAttachment badName = file;
        badName.fileName = u"报告(1).json"_s;
        QVERIFY(!attachToPdf(pdf, badName));
    }
};

QTEST_MAIN(TestPdfAttachment)
#include "TestPdfAttachment.moc"
