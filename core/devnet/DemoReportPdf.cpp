// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoReportPdf.h"

#include "devnet/DemoDocuments.h"
#include "reportdata/DemoEnterpriseReport.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace credit::devnet {

namespace {

// The demo mark's four Chinese characters 演示数据 as outlines (glyph space
// 1000 units per em, y up), taken from Noto Sans CJK SC Bold (SIL Open Font
// License 1.1). The PDF's standard fonts have no Chinese, and core cannot use
// QtGui's font machinery, so the mark carries its own Type 3 font: visible in
// every viewer without font substitution, and found by text extraction and
// search through its ToUnicode map.
const char *const kMarkGlyphs[] = {
    // 演
    "25 478 m 76 452 149 412 184 385 c 249 484 l 212 510 138 546 88 568 c 25 478 l 50 7 m 156 -66 l "
    "203 31 253 144 293 249 c 200 321 l 153 206 93 83 50 7 c 84 748 m 135 721 206 679 240 651 c 301 "
    "736 l 301 585 l 379 585 l 379 517 l 556 517 l 556 469 l 335 469 l 335 103 l 467 103 l 413 64 323 "
    "27 241 5 c 267 -15 311 -59 331 -83 c 415 -51 517 4 582 59 c 471 103 l 719 103 l 650 55 l 721 15 "
    "816 -45 861 -84 c 958 -12 l 914 21 834 68 769 103 c 900 103 l 900 469 l 670 469 l 670 517 l 854 "
    "517 l 854 585 l 937 585 l 937 770 l 678 770 l 669 797 656 832 642 858 c 519 839 l 528 819 538 "
    "793 545 770 c 301 770 l 301 754 l 262 779 196 814 150 836 c 84 748 l 411 612 m 411 673 l 823 673 "
    "l 823 612 l 411 612 l 441 245 m 556 245 l 556 192 l 441 192 l 441 245 l 670 245 m 789 245 l 789 "
    "192 l 670 192 l 670 245 l 441 381 m 556 381 l 556 328 l 441 328 l 441 381 l 670 381 m 789 381 l "
    "789 328 l 670 328 l 670 381 l",
    // 示
    "197 352 m 161 248 95 141 22 75 c 53 59 108 24 133 3 c 204 78 279 199 324 319 c 197 352 l 671 309 "
    "m 736 211 804 82 826 0 c 951 54 l 923 140 850 263 784 355 c 671 309 l 145 785 m 145 666 l 854 "
    "666 l 854 785 l 145 785 l 54 544 m 54 425 l 438 425 l 438 54 l 438 40 431 35 413 35 c 394 34 322 "
    "35 265 38 c 283 2 302 -53 308 -90 c 395 -90 461 -88 508 -69 c 555 -50 569 -16 569 51 c 569 425 l "
    "948 425 l 948 544 l 54 544 l",
    // 数
    "424 838 m 408 800 380 745 358 710 c 434 676 l 460 707 492 753 525 798 c 424 838 l 374 238 m 356 "
    "203 332 172 305 145 c 223 185 l 253 238 l 374 238 l 80 147 m 126 129 175 105 223 80 c 166 45 99 "
    "19 26 3 c 46 -18 69 -60 80 -87 c 170 -62 251 -26 319 25 c 348 7 374 -11 395 -27 c 466 51 l 446 "
    "65 421 80 395 96 c 446 154 485 226 510 315 c 445 339 l 427 335 l 301 335 l 317 374 l 211 393 l "
    "204 374 196 355 187 335 c 60 335 l 60 238 l 137 238 l 118 204 98 173 80 147 c 67 797 m 91 758 "
    "115 706 122 672 c 43 672 l 43 578 l 191 578 l 145 529 81 485 22 461 c 44 439 70 400 84 373 c 134 "
    "401 187 442 233 488 c 233 399 l 344 399 l 344 507 l 382 477 421 444 443 423 c 506 506 l 488 519 "
    "433 552 387 578 c 534 578 l 534 672 l 344 672 l 344 850 l 233 850 l 233 672 l 130 672 l 213 708 "
    "l 205 744 179 795 153 833 c 67 797 l 612 847 m 590 667 545 496 465 392 c 489 375 534 336 551 316 "
    "c 570 343 588 373 604 406 c 623 330 646 259 675 196 c 623 112 550 49 449 3 c 469 -20 501 -70 511 "
    "-94 c 605 -46 678 14 734 89 c 779 20 835 -38 904 -81 c 921 -51 956 -8 982 13 c 906 55 846 118 "
    "799 196 c 847 295 877 413 896 554 c 959 554 l 959 665 l 691 665 l 703 719 714 774 722 831 c 612 "
    "847 l 784 554 m 774 469 759 393 736 327 c 709 397 689 473 675 554 c 784 554 l",
    // 据
    "485 233 m 485 -89 l 588 -89 l 588 -60 l 830 -60 l 830 -88 l 938 -88 l 938 233 l 758 233 l 758 "
    "329 l 961 329 l 961 430 l 758 430 l 758 519 l 933 519 l 933 810 l 382 810 l 382 503 l 382 346 "
    "374 126 274 -22 c 300 -35 351 -71 371 -92 c 448 21 479 183 491 329 c 646 329 l 646 233 l 485 233 "
    "l 498 707 m 820 707 l 820 621 l 498 621 l 498 707 l 498 519 m 646 519 l 646 430 l 497 430 l 498 "
    "503 l 498 519 l 588 35 m 588 135 l 830 135 l 830 35 l 588 35 l 142 849 m 142 660 l 37 660 l 37 "
    "550 l 142 550 l 142 371 l 21 342 l 48 227 l 142 254 l 142 51 l 142 38 138 34 126 34 c 114 33 79 "
    "33 42 34 c 57 3 70 -47 73 -76 c 138 -76 182 -72 212 -53 c 243 -35 252 -5 252 50 c 252 285 l 355 "
    "316 l 340 424 l 252 400 l 252 550 l 353 550 l 353 660 l 252 660 l 252 849 l 142 849 l",
};
const char *const kMarkUnicode[] = { "6F14", "793A", "6570", "636E" };

struct Line {
    bool bold = false;
    int size = 10;
    QString text;
};

// PDF literal strings: backslash and parentheses are the only ASCII that need escaping.
QByteArray pdfString(const QString &text)
{
    QByteArray out;
    for (const char c : text.toLatin1()) {
        if (c == '\\' || c == '(' || c == ')')
            out += '\\';
        out += c;
    }
    return '(' + out + ')';
}

//! The demo source's report on the order's enterprise, with the order's title-page facts.
report::EnterpriseReportData reportData(const DemoReportFacts &f)
{
    report::EnterpriseReportData data = report::demoEnterpriseReport(f.enterpriseCode, f.enterpriseName);
    data.meta.reportNumber = QStringLiteral("R%1").arg(f.orderId);
    data.meta.bureauName = f.bureauName;
    data.meta.orderId = f.orderId;
    data.meta.generatedAt = QDateTime::fromMSecsSinceEpoch(f.issuedAtMs, QTimeZone(8 * 3600));
    return data;
}

template<typename T> int resolvedCount(const QList<T> &records)
{
    return static_cast<int>(std::count_if(
        records.begin(), records.end(), [](const T &r) { return r.resolution && r.resolution->resolved; }));
}

template<typename T> qint64 totalYuan(const QList<T> &records)
{
    qint64 total = 0;
    for (const T &r : records)
        total += r.amountYuan;
    return total;
}

QString yuan(qint64 amount)
{
    return QStringLiteral("CNY %1").arg(amount); // no group separators: the same bytes in any locale
}

//! The page's lines: the figures of data, in ASCII (the Helvetica fonts have no Chinese).
QList<Line> reportLines(const DemoReportFacts &f, const report::EnterpriseReportData &d)
{
    auto s = [](const char *latin) { return QString::fromLatin1(latin); };
    const int lateMonths = static_cast<int>(std::count_if(
        d.utilities.begin(), d.utilities.end(), [](const report::UtilityPayment &u) { return u.daysLate > 0; }));
    const int notNormal = static_cast<int>(std::count_if(d.loans.begin(), d.loans.end(),
        [](const report::Loan &l) { return l.classification != QStringLiteral("正常"); }));
    const QString latestTax = d.taxRatings.isEmpty()
        ? s("none on record")
        : s("%1 (%2)").arg(d.taxRatings.constLast().grade).arg(d.taxRatings.constLast().year);
    QList<Line> lines {
        { true, 16, s("CreditChain demo credit report") },
        { false, 9, s("DEMO DATA - invented by the demo network, not a real credit report.") },
        { false, 10, QString() },
        { false, 10, s("Report no.: %1").arg(d.meta.reportNumber) },
        { false, 10, s("Order: %1    Product: %2").arg(f.orderId).arg(f.productId) },
        { false, 10, s("Issuing bureau (USCC): %1").arg(f.bureauCode) },
        { false, 10, s("Enterprise (USCC): %1").arg(d.basic.creditCode) },
        { false, 10, s("Issued: %1 (UTC+8)").arg(demoChinaTime(f.issuedAtMs)) },
        { false, 10, QString() },
        { true, 12, s("1. Basic information") },
        { false, 10,
            s("Founded: %1    Registered capital: %2")
                .arg(d.basic.founded.toString(Qt::ISODate), yuan(d.basic.registeredCapitalYuan)) },
        { true, 12, s("2. Operations") },
        { false, 10,
            s("Employees: %1 (social insurance paid: %2)    Branches: %3")
                .arg(d.operations.employees)
                .arg(d.operations.insuredEmployees)
                .arg(d.operations.branches) },
        { true, 12, s("3. Judicial") },
        { false, 10,
            s("Court cases: %1 (resolved: %2), amounts %3")
                .arg(d.cases.size())
                .arg(resolvedCount(d.cases))
                .arg(yuan(totalYuan(d.cases))) },
        { true, 12, s("4. Tax") },
        { false, 10,
            s("Latest tax credit grade: %1    Tax arrears: %2 (resolved: %3)")
                .arg(latestTax)
                .arg(d.taxArrears.size())
                .arg(resolvedCount(d.taxArrears)) },
        { true, 12, s("5. Public utilities") },
        { false, 10, s("Months on record: %1    Paid late: %2").arg(d.utilities.size()).arg(lateMonths) },
        { true, 12, s("6. Financing") },
        { false, 10,
            s("Bank loans: %1, %2    Not classified normal: %3")
                .arg(d.loans.size())
                .arg(yuan(totalYuan(d.loans)))
                .arg(notNormal) },
        { false, 10, s("Guarantees given: %1, %2").arg(d.guarantees.size()).arg(yuan(totalYuan(d.guarantees))) },
        { true, 12, s("7. Warnings") },
        { false, 10, s("Findings: %1 (resolved: %2)").arg(d.warnings.size()).arg(resolvedCount(d.warnings)) },
    };
    if (f.structured)
        lines += { { false, 10, QString() },
            { false, 9,
                s("The structured data (JSON) of this report is attached to this PDF: %1")
                    .arg(QString::fromLatin1(report::kReportDataFileName)) } };
    return lines;
}

QByteArray markText(int size)
{
    const QByteArray n = QByteArray::number(size);
    return "/F3 " + n + " Tf <01020304> Tj /F2 " + n + " Tf ( / DEMO DATA) Tj\n";
}

QByteArray contentStream(const QList<Line> &lines)
{
    // The stamp first, pale, under the report; then the red band across the top.
    QByteArray out = "q 1 0.86 0.86 rg BT 0.819 0.574 -0.574 0.819 120 180 Tm " + markText(46) + "ET Q\n";
    out += "q 0.99 0.93 0.93 rg 0.69 0 0.13 RG 1 w 40 800 515 28 re B Q\n";
    out += "q 0.69 0 0.13 rg BT 196 809 Td " + markText(14) + "ET Q\n";
    out += "BT\n56 770 Td\n";
    for (const Line &l : lines) {
        out += QByteArray(l.bold ? "/F2 " : "/F1 ") + QByteArray::number(l.size) + " Tf\n";
        out += pdfString(l.text) + " Tj\n";
        out += "0 -" + QByteArray::number(l.size + 8) + " Td\n";
    }
    return out + "ET\n";
}

QByteArray stream(const QByteArray &content)
{
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
}

//! The ToUnicode map of the mark's font: codes 1-4 are 演示数据.
QByteArray markToUnicode()
{
    QByteArray map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /CreditChainDemoMark def /CMapType 2 def\n"
                     "1 begincodespacerange <01> <04> endcodespacerange\n4 beginbfchar\n";
    for (int i = 0; i < 4; ++i)
        map += "<0" + QByteArray::number(i + 1) + "> <" + QByteArray(kMarkUnicode[i]) + ">\n";
    return map + "endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
}

//! The whole file: the page set from data, the mark's font, the cross-reference table.
QByteArray pdfOf(const DemoReportFacts &facts, const report::EnterpriseReportData &data)
{
    const QByteArray content = contentStream(reportLines(facts, data));
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            "/Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 8 0 R >> >> /Contents 6 0 R >>";
    // Glyphs 1-4 of the mark's font: d1 leaves their colour to the text's fill colour.
    QByteArray charProcs;
    QList<QByteArray> glyphStreams;
    for (int i = 0; i < 4; ++i) {
        charProcs += "/g" + QByteArray::number(i + 1) + ' ' + QByteArray::number(10 + i) + " 0 R ";
        glyphStreams << stream("1000 0 0 -120 1000 880 d1\n" + QByteArray(kMarkGlyphs[i]) + " f\n");
    }
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        stream(content),
        "<< /Title " + pdfString(QStringLiteral("Credit report R%1 - DEMO DATA").arg(facts.orderId))
            + " /Producer (credit-devnet demo history) >>",
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 -120 1000 880] /FontMatrix [0.001 0 0 0.001 0 0] "
        "/CharProcs << "
            + charProcs
            + ">> /Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3 /g4] >> "
              "/FirstChar 1 /LastChar 4 /Widths [1000 1000 1000 1000] /Resources << >> /ToUnicode 9 0 R >>",
        stream(markToUnicode()),
    };
    objects += glyphStreams;
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; // the binary comment line marks the file as binary
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n"; // exactly 20 bytes per entry
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 7 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QByteArray demoReportPdf(const DemoReportFacts &facts)
{
    return pdfOf(facts, reportData(facts));
}

QByteArray demoPartData(const DemoReportFacts &facts)
{
    return report::reportDataToJson(reportData(facts));
}

Result<QByteArray> demoDeliveredReport(const DemoReportFacts &facts)
{
    const report::EnterpriseReportData data = reportData(facts);
    const QByteArray pdf = pdfOf(facts, data);
    if (!facts.structured)
        return pdf;
    return report::embedReportData(pdf, report::reportDataToJson(data), data.meta.generatedAt);
}

} // namespace credit::devnet
