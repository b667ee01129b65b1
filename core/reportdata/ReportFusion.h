// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/EnterpriseReportData.h"

#include <QList>
#include <QString>

namespace credit::report {

//! 链融: what one partner bureau contributed to an order (its part, parsed).
struct ReportPart {
    QString bureauName;
    EnterpriseReportData data;
};

//! The fused report of a 链融 order (由多个征信机构共同提供信用信息, 融合形成标准
//! 信用报告): the lead bureau's report with every partner's records added.
//! - The lead's meta and its basic and operations sections stay; a field the
//!   lead left empty is taken from the first part that has it.
//! - Judicial cases, tax ratings and arrears, utility payments, loans,
//!   guarantees and warnings are the lead's followed by each part's, in the
//!   parts' order, a record equal to one already there kept once (two bureaus
//!   often know the same court case).
//! - It is a demo sample when any input is, so the mark is never lost.
//! The enterprise is the caller's to check (every part names the request's).
EnterpriseReportData fuseReportData(EnterpriseReportData lead, const QList<ReportPart> &parts);

} // namespace credit::report
