// SPDX-License-Identifier: Apache-2.0
// Structured report data delivered inside the report PDF (docs/DECISIONS.md,
// "Structured report data travels inside the PDF"): one document, one SM3 on
// chain, and any PDF reader still opens it.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace credit::report {

//! The name the report data carries inside the PDF.
inline constexpr const char *kReportDataFileName = "creditchain-report-data.json";

//! Attaches json (a report data document, REPORT_DATA.md) to the report pdf.
//! Refused with a clear error: more than kMaxReportDataBytes, not JSON, or
//! not a report data document; the PDF is never changed then.
Result<QByteArray> embedReportData(const QByteArray &pdf, const QByteArray &json, const QDateTime &at);

} // namespace credit::report
