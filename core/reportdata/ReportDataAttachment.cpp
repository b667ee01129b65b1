// SPDX-License-Identifier: Apache-2.0
#include "reportdata/ReportDataAttachment.h"

#include "reportdata/PdfAttachment.h"
#include "reportdata/ReportDataJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace credit::report {

Result<QByteArray> embedReportData(const QByteArray &pdf, const QByteArray &json, const QDateTime &at)
{
    if (json.size() > kMaxReportDataBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "ReportDataAttachment", "The structured data is %1 bytes; at most %2 bytes can travel with a report.")
                .arg(json.size())
                .arg(kMaxReportDataBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "ReportDataAttachment", "The structured data is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject() || doc.object().value(QStringLiteral("type")).toString() != QLatin1String(kReportDataType))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ReportDataAttachment", "The structured data is not a report data document."));
    return attachToPdf(pdf,
        { QString::fromLatin1(kReportDataFileName), "application/json",
            QStringLiteral("Structured report data, schema REPORT_DATA.md"), json, at });
}

} // namespace credit::report
