// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportSource.h"

#include "bureau/DemoNetwork.h"
#include "bureau/ReportDataErrorText.h"
#include "reportdata/DemoEnterpriseReport.h"
#include "report/EnterpriseReportWriter.h"
#include "reportdata/ReportDataAttachment.h"
#include "viewer/PdfDocument.h"

#include <QFile>
#include <QFileInfo>

namespace credit::ui {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

Result<void> ReportSource::checkPdf(const QByteArray &pdf)
{
    if (pdf.size() > kMaxReportBytes)
        return makeError(ErrorKind::InvalidInput,
            tr("The report is %1 MB; at most %2 MB can be delivered. Reduce image resolution or split "
               "the report, then attach it again.")
                .arg(megabytes(pdf.size()), megabytes(kMaxReportBytes)));
    if (!pdf.startsWith("%PDF-"))
        return makeError(
            ErrorKind::InvalidInput, tr("This file is not a PDF. Export the report as PDF and attach that."));
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

namespace {
//! The chain's facts about the report: who issues it, for which order, when.
void fillMeta(report::EnterpriseReportData &data, const market::OrderRequest &request, const QString &bureauName,
    const QDateTime &generatedAt)
{
    data.meta.bureauName = bureauName;
    data.meta.orderId = request.orderId;
    data.meta.generatedAt = generatedAt;
    if (data.meta.reportNumber.isEmpty())
        data.meta.reportNumber = QStringLiteral("R%1").arg(request.orderId);
}

//! The report's PDF, and with structured data its JSON embedded: both from the same data.
Result<QByteArray> setReport(const report::EnterpriseReportData &data, bool withStructuredData)
{
    auto pdf = report::EnterpriseReportWriter::toPdf(data);
    if (!pdf || !withStructuredData)
        return pdf;
    return report::embedReportData(*pdf, report::reportDataToJson(data), data.meta.generatedAt);
}
} // namespace

namespace {
//! The report data file's bytes, refused above the schema's size limit.
Result<QByteArray> readDataFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(
            ErrorKind::NotFound, QCoreApplication::translate("ReportSource", "%1 is not a file.").arg(path));
    if (info.size() > report::kMaxReportDataBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "ReportSource", "%1 is %2 MB; a report data file may be at most %3 MB. Is it the right file?")
                .arg(path, megabytes(info.size()), megabytes(report::kMaxReportDataBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("ReportSource", "%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray json = file.read(report::kMaxReportDataBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("ReportSource", "%1 cannot be read: %2").arg(path, file.errorString()));
    return json;
}

//! The bureau's data file read and checked against the order's enterprise; with no
//! problem, its data carries the order's meta (bureau, order, time).
Result<report::ReportDataCheck> checkedDataFile(
    const QString &path, const market::OrderRequest &request, const QString &bureauName, const QDateTime &generatedAt)
{
    auto json = readDataFile(path);
    if (!json)
        return json.error();
    const report::ReportSubject subject { request.enterpriseName, request.enterpriseCode, request.orderId };
    report::ReportDataCheck check = report::parseReportData(*json, subject, generatedAt.date());
    if (check.ok())
        fillMeta(check.data, request, bureauName, generatedAt);
    return check;
}
} // namespace

Result<ReportSource::BureauReport> ReportSource::fromBureauData(const QString &path,
    const market::OrderRequest &request, const QString &bureauName, const QDateTime &generatedAt,
    bool withStructuredData, const QList<report::ReportPart> &parts)
{
    auto check = checkedDataFile(path, request, bureauName, generatedAt);
    if (!check)
        return check.error();
    if (!check->ok())
        return BureauReport { check->errors, {} };
    auto pdf = setReport(report::fuseReportData(check->data, parts), withStructuredData);
    if (!pdf)
        return pdf.error();
    return BureauReport { {}, *pdf };
}

Result<QByteArray> ReportSource::fromCheckedData(report::EnterpriseReportData data, const market::OrderRequest &request,
    const QString &bureauName, const QDateTime &generatedAt, bool withStructuredData,
    const QList<report::ReportPart> &parts)
{
    if (data.isDemoSample)
        return makeError(ErrorKind::InvalidInput, tr("Sample data cannot be delivered as the bureau's data."));
    fillMeta(data, request, bureauName, generatedAt);
    // A partner's demo part marks the fused report (only the demo network has one).
    return setReport(report::fuseReportData(std::move(data), parts), withStructuredData);
}

Result<QByteArray> ReportSource::demoSample(const chain::NetworkProfile &network, const market::OrderRequest &request,
    const QString &bureauName, const QDateTime &generatedAt, bool withStructuredData,
    const QList<report::ReportPart> &parts)
{
    if (!isDemoNetwork(network))
        return makeError(ErrorKind::Unsupported,
            tr("Sample data exists only on the demo network. Import the bureau's data for this "
               "enterprise or attach the report PDF."));
    report::EnterpriseReportData data = report::demoEnterpriseReport(request.enterpriseCode, request.enterpriseName);
    fillMeta(data, request, bureauName, generatedAt);
    // isDemoSample: marked on every page, and in the data
    return setReport(report::fuseReportData(std::move(data), parts), withStructuredData);
}

Result<ReportSource::PartData> ReportSource::partFromBureauData(
    const QString &path, const market::OrderRequest &request, const QString &bureauName, const QDateTime &generatedAt)
{
    auto check = checkedDataFile(path, request, bureauName, generatedAt);
    if (!check)
        return check.error();
    if (!check->ok())
        return PartData { check->errors, {}, {} };
    return PartData { {}, report::reportDataToJson(check->data), check->data };
}

Result<ReportSource::PartData> ReportSource::demoPart(const chain::NetworkProfile &network,
    const market::OrderRequest &request, const QString &bureauName, const QDateTime &generatedAt)
{
    if (!isDemoNetwork(network))
        return makeError(ErrorKind::Unsupported,
            tr("Sample data exists only on the demo network. Import the bureau's data for this "
               "enterprise."));
    report::EnterpriseReportData data = report::demoEnterpriseReport(request.enterpriseCode, request.enterpriseName);
    fillMeta(data, request, bureauName, generatedAt);
    return PartData { {}, report::reportDataToJson(data), data };
}

Result<report::ReportPart> ReportSource::readPart(
    const QString &partnerName, const QByteArray &json, const market::OrderRequest &request, const QDateTime &now)
{
    // As delivered: a demo part keeps its mark. The enterprise is checked here.
    const report::ReportSubject subject { request.enterpriseName, request.enterpriseCode, request.orderId, true };
    const report::ReportDataCheck check = report::parseReportData(json, subject, now.date());
    if (!check.ok()) {
        QStringList problems;
        for (const report::FieldError &e : check.errors)
            problems << ReportDataErrorText::line(e);
        return makeError(ErrorKind::InvalidInput,
            tr("The part from %1 is not valid report data: %2").arg(partnerName, problems.join(QStringLiteral("; "))));
    }
    if (check.data.basic.creditCode != request.enterpriseCode)
        return makeError(ErrorKind::InvalidInput,
            tr("The part from %1 is about the enterprise with credit code %2, not %3 of this order: refused.")
                .arg(partnerName, check.data.basic.creditCode, request.enterpriseCode));
    return report::ReportPart { partnerName, check.data };
}

} // namespace credit::ui
