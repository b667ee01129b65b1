// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/EnterpriseReportData.h"

#include <QString>

namespace credit::report {

//! The report as HTML for QTextDocument: a title page, then the sections
//! 一、基本信息 … 七、风险提示. The body is Chinese whatever the UI language:
//! a credit report is a document for Chinese institutions with a fixed
//! wording (the terms of the Credit Reporting Regulations), not UI text, so it
//! is not translated; only the terminal around it is.
class EnterpriseReportHtml final {
public:
    //! The whole document body; every value from the data is HTML-escaped.
    static QString build(const EnterpriseReportData &data);
    //! The style sheet the body expects (sizes in points, so any device resolution works).
    static QString styleSheet();
};

} // namespace credit::report
