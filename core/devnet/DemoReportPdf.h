// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::devnet {

//! What a demo credit report is about.
struct DemoReportFacts {
    quint64 orderId = 0;
    quint64 productId = 0;
    QString bureauCode; //!< the issuing bureau's unified social credit code
    QString enterpriseCode; //!< the enterprise's unified social credit code
    qint64 issuedAtMs = 0;
    QString enterpriseName; //!< as the order's request names it
    QString bureauName;
    bool structured = false; //!< the product's delivery format names structured data
};

//! A one-page PDF 1.4 credit report with the sections of UI.md (basic
//! information, operations, judicial, tax, public utilities, financing,
//! warnings). Core may not link QtGui (no QPdfWriter here), so the file is
//! written by hand: standard Helvetica fonts, hence ASCII text only — the
//! page gives the figures, the Chinese names are in the order's request
//! document and in the structured data. The figures are those of
//! report::demoEnterpriseReport, the one demo source the bureau's own template
//! uses too, so every report on one enterprise agrees, and a report's page
//! agrees with the structured data it carries. They are invented, so the page
//! carries the mark "演示数据 / DEMO DATA" in a red band at the top and as a
//! pale stamp across it (the Chinese characters in a small Type 3 font of
//! their own, with a ToUnicode map).
QByteArray demoReportPdf(const DemoReportFacts &facts);

//! The report the demo history delivers: demoReportPdf, and for a product
//! whose delivery format names structured data the same figures as JSON
//! (core/reportdata/REPORT_DATA.md) embedded in it, as the bureau's template
//! delivers them.
Result<QByteArray> demoDeliveredReport(const DemoReportFacts &facts);

//! 链融: the part a partner bureau delivers — the demo source's report data
//! (JSON, REPORT_DATA.md) with the partner as its bureau. The lead bureau
//! fuses it into its report (report::fuseReportData).
QByteArray demoPartData(const DemoReportFacts &facts);

} // namespace credit::devnet
