// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportSource.h"

#include "report/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"
#include "viewer/PdfDocument.h"

#include <QFile>
#include <QFileInfo>

namespace credit::ui {

namespace {
QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }
} // namespace

Result<void> ReportSource::checkPdf(const QByteArray &pdf)
{
    if (pdf.size() > kMaxReportBytes)
        return makeError(ErrorKind::InvalidInput,
                         tr("The report is %1 MB; at most %2 MB can be delivered. Reduce image resolution or split "
                            "the report, then attach it again.")
                             .arg(megabytes(pdf.size()), megabytes(kMaxReportBytes)));
    if (!pdf.startsWith("%PDF-"))
        return makeError(ErrorKind::InvalidInput, tr("This file is not a PDF. Export the report as PDF and attach that."));
    auto doc = PdfDocument::load(pdf);
    if (!doc)
        return makeError(ErrorKind::InvalidInput,
                         tr("The PDF cannot be opened (%1). It may be damaged or encrypted: export it again without "
                            "a password.")
                             .arg(doc.error().message));
    if ((*doc)->pageCount() < 1)
        return makeError(ErrorKind::InvalidInput, tr("The PDF has no pages."));
    return {};
}

Result<QByteArray> ReportSource::readPdfFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorKind::NotFound, tr("%1 is not a file.").arg(path));
    // Refuse by size before reading anything into memory.
    if (info.size() > kMaxReportBytes)
        return makeError(ErrorKind::InvalidInput,
                         tr("The report is %1 MB; at most %2 MB can be delivered. Reduce image resolution or split "
                            "the report, then attach it again.")
                             .arg(megabytes(info.size()), megabytes(kMaxReportBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray pdf = file.read(kMaxReportBytes + 1);
    if (auto ok = checkPdf(pdf); !ok)
        return ok.error();
    return pdf;
}

Result<QByteArray> ReportSource::generate(const market::OrderRequest &request, const QString &bureauName,
                                          const QDateTime &generatedAt)
{
    report::EnterpriseReportData data = report::demoEnterpriseReport(request.enterpriseCode, request.enterpriseName);
    data.meta.bureauName = bureauName;
    data.meta.orderId = request.orderId;
    data.meta.generatedAt = generatedAt;
    data.meta.reportNumber = QStringLiteral("R%1").arg(request.orderId);
    return report::EnterpriseReportWriter::toPdf(data);
}

} // namespace credit::ui
