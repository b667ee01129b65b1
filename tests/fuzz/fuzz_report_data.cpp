// SPDX-License-Identifier: Apache-2.0
// Input: a report data file as the bureau's systems export it (REPORT_DATA.md),
// checked for the order of the example file's enterprise. The validator
// either lists what is wrong, each problem by field path, or yields data that
// the terminal's own writer saves to a file the validator accepts again with
// the same content.
#include "FuzzCheck.h"
#include "reportdata/ReportDataJson.h"

using namespace credit;
using namespace credit::report;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const ReportSubject subject { QStringLiteral("上海示例数据科技有限公司"), QStringLiteral("91310115MA1FL0AB0P"), 7 };
    const QDate today(2026, 1, 15); // fixed: a replay must not depend on the day it runs
    const ReportDataCheck check = parseReportData(fuzz::bytesOf(data, size).toByteArray(), subject, today);
    if (!check.ok()) {
        for (const FieldError &error : check.errors)
            FUZZ_CHECK(!error.path.isEmpty() || error.reason == FieldError::Reason::NotJson
                || error.reason == FieldError::Reason::NotAnObject
                || error.reason == FieldError::Reason::WrongDocumentType
                || error.reason == FieldError::Reason::UnsupportedVersion
                || error.reason == FieldError::Reason::Missing);
        return 0;
    }
    FUZZ_CHECK(!check.data.isDemoSample);
    FUZZ_CHECK(check.data.basic.creditCode == subject.creditCode);
    const QByteArray saved = reportDataToJson(check.data);
    const ReportDataCheck again = parseReportData(saved, subject, today);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.data == check.data);
    return 0;
}
