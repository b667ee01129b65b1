// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/EnterpriseReportData.h"

#include <QString>

namespace credit::report {

//! Plausible, fictional report content for the demo bureau: a pure function of
//! (creditCode, name), so every report on one enterprise agrees with the last.
//! The province comes from the code's administrative division (characters 3-4).
//! The meta block (report number, bureau, order, time) is left for the caller.
//! The result is flagged isDemoSample, so every page the writer sets from it
//! carries the 演示数据 / DEMO DATA mark: it is invented, for the demo network only.
EnterpriseReportData demoEnterpriseReport(const QString &creditCode, const QString &name);

} // namespace credit::report
