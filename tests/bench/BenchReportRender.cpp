// SPDX-License-Identifier: Apache-2.0
// How long a bank officer waits for the first page of a big report: a ~50-page
// enterprise report (long utility and loan tables) is generated, then loaded
// from bytes and its first page rendered at 100 % (96 dpi) with Poppler, as the
// viewer does. Reference in the same process: the same load + render of a
// trivial one-page PDF. Figures only (target: first page < 300 ms), no assertions.
//   bench_report_render [REPEATS]
#include "reportdata/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace credit;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int repeats, const std::function<void()> &run)
{
    QList<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

report::EnterpriseReportData bigReport()
{
    report::EnterpriseReportData d
        = report::demoEnterpriseReport(u"91440300MA5F0B7Q2X"_s, u"深圳市链通电子科技有限公司"_s);
    d.meta = { u"CR-BENCH-1"_s, u"华信征信有限公司"_s, 1, QDateTime(QDate(2025, 7, 1), QTime(9, 0)) };
    const auto month = d.utilities;
    for (int i = 0; i < 62; ++i)
        d.utilities += month;
    for (int i = 0; i < 120; ++i)
        d.loans.append({ u"中国工商银行深圳分行"_s, u"流动资金贷款"_s, 1'000'000 + i, QDate(2024, 1, 1).addDays(i),
            QDate(2026, 1, 1).addDays(i), u"正常"_s, QDate(), std::nullopt });
    return d;
}

QByteArray trivialPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), u"Reference page"_s);
    painter.end();
    return bytes;
}

QImage loadAndRenderFirst(const QByteArray &pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return doc->page(0)->renderToImage(96, 96);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    const report::EnterpriseReportData data = bigReport();

    QByteArray pdf;
    const double generateMs
        = medianMs(std::max(1, repeats / 3), [&] { pdf = report::EnterpriseReportWriter::toPdf(data).value(); });
    const int pages = Poppler::Document::loadFromData(pdf)->numPages();
    const QByteArray reference = trivialPdf();

    const double firstPageMs = medianMs(repeats, [&] { loadAndRenderFirst(pdf); });
    const double referenceMs = medianMs(repeats, [&] { loadAndRenderFirst(reference); });
    // A later page too: the title page is sparse, a table page is dense.
    const double densePageMs = medianMs(repeats, [&] {
        auto doc = Poppler::Document::loadFromData(pdf);
        doc->page(pages / 2)->renderToImage(96, 96);
    });

    std::printf("report: %d pages, %.0f KiB\n", pages, static_cast<double>(pdf.size()) / 1024.0);
    std::printf("generate (QTextDocument + QPdfWriter):  %8.1f ms  (%.1f ms/page)\n", generateMs, generateMs / pages);
    std::printf("load + render page 1 at 100 %%:          %8.1f ms  (target < 300 ms)\n", firstPageMs);
    std::printf("load + render page %d at 100 %%:         %8.1f ms\n", pages / 2 + 1, densePageMs);
    std::printf("reference: trivial 1-page PDF:           %8.1f ms  (ratio %.1fx)\n", referenceMs,
        referenceMs > 0 ? firstPageMs / referenceMs : 0.0);
    return 0;
}
