// SPDX-License-Identifier: Apache-2.0
#include "devnet/DemoReportPdf.h"

#include "crypto/Sm3.h"
#include "devnet/DemoDocuments.h"

#include <QList>
#include <QStringList>

namespace credit::devnet {

namespace {

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

QList<Line> reportLines(const DemoReportFacts &f)
{
    // Stable per enterprise: the figures come from the SM3 of its code.
    const QByteArray h = crypto::sm3(f.enterpriseCode.toUtf8());
    auto byte = [&h](int i) { return static_cast<int>(static_cast<quint8>(h[i])); };
    const int founded = 1995 + byte(0) % 27;
    const int capitalMillion = 1 + byte(1) % 100;
    const int employees = 8 + byte(2) * 3;
    const int cases = byte(3) % 7 == 0 ? 1 + byte(4) % 3 : 0;
    const QString taxGrade = QStringList { QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"),
        QStringLiteral("M") }[byte(5) % 4];
    const int onTime = 90 + byte(6) % 11;
    const int loans = byte(7) % 5;
    const bool warning = byte(8) % 9 == 0;
    auto s = [](const char *latin) { return QString::fromLatin1(latin); };
    return {
        { true, 16, s("CreditChain demo credit report") },
        { false, 9, s("DEMO DATA - fictional enterprise, not a real credit report.") },
        { false, 10, QString() },
        { false, 10, s("Report no.: R%1").arg(f.orderId) },
        { false, 10, s("Order: %1    Product: %2").arg(f.orderId).arg(f.productId) },
        { false, 10, s("Issuing bureau (USCC): %1").arg(f.bureauCode) },
        { false, 10, s("Enterprise (USCC): %1").arg(f.enterpriseCode) },
        { false, 10, s("Issued: %1 (UTC+8)").arg(demoChinaTime(f.issuedAtMs)) },
        { false, 10, QString() },
        { true, 12, s("1. Basic information") },
        { false, 10,
            s("Founded: %1    Registered capital: CNY %2 million    Employees: %3")
                .arg(founded)
                .arg(capitalMillion)
                .arg(employees) },
        { true, 12, s("2. Operations") },
        { false, 10, s("Operating status: in business    Annual reports filed: all years") },
        { true, 12, s("3. Judicial") },
        { false, 10, s("Court cases in the last three years: %1").arg(cases) },
        { true, 12, s("4. Tax") },
        { false, 10, s("Tax credit grade: %1").arg(taxGrade) },
        { true, 12, s("5. Public utilities") },
        { false, 10, s("Water, power and gas bills paid on time (24 months): %1%").arg(onTime) },
        { true, 12, s("6. Financing") },
        { false, 10, s("Outstanding bank loans: %1    Overdue in the last 24 months: none").arg(loans) },
        { true, 12, s("7. Warnings") },
        { false, 10, warning ? s("Listed once for a late annual report (since removed).") : s("None.") },
    };
}

QByteArray contentStream(const QList<Line> &lines)
{
    QByteArray out = "BT\n56 780 Td\n";
    for (const Line &l : lines) {
        out += QByteArray(l.bold ? "/F2 " : "/F1 ") + QByteArray::number(l.size) + " Tf\n";
        out += pdfString(l.text) + " Tj\n";
        out += "0 -" + QByteArray::number(l.size + 8) + " Td\n";
    }
    return out + "ET\n";
}

} // namespace

QByteArray demoReportPdf(const DemoReportFacts &facts)
{
    const QByteArray content = contentStream(reportLines(facts));
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Title " + pdfString(QStringLiteral("Credit report R%1").arg(facts.orderId))
            + " /Producer (credit-devnet demo history) >>",
    };
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

} // namespace credit::devnet
