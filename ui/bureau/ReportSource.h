// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/NetworkProfile.h"
#include "common/Result.h"
#include "market/OrderRequest.h"
#include "reportdata/ReportDataJson.h"
#include "reportdata/ReportFusion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace credit::ui {

//! Where a report PDF comes from: a PDF from the bureau's own systems
//! (checked), the built-in enterprise report template filled with the
//! bureau's structured data (validated, REPORT_DATA.md), or — on the demo
//! network only — the template filled with an invented sample, marked on
//! every page. With structured data (a product whose delivery format
//! includes it, DeliveryFormat.h), the template's data is embedded in the PDF
//! as JSON (REPORT_DATA.md), written from the same data the pages are set
//! from. For a 链融 order the template's data is first fused with the
//! partner bureaus' parts (report::fuseReportData); a partner's own part is
//! report data too (partFromBureauData, demoPart). Blocking and thread-safe:
//! run them on a worker thread.
class ReportSource final {
    Q_DECLARE_TR_FUNCTIONS(ReportSource)
public:
    //! Reports above this size are refused (the document store and the bank's viewer have limits too).
    static constexpr qint64 kMaxReportBytes = qint64(20) * 1024 * 1024;

    //! The file's bytes if it is a PDF that Poppler opens, with pages, within the size cap.
    static Result<QByteArray> readPdfFile(const QString &path);
    //! Checks bytes already in memory the same way.
    static Result<void> checkPdf(const QByteArray &pdf);

    //! What a bureau data file gave: its problems (and then no PDF), or the report.
    struct BureauReport {
        QList<report::FieldError> fieldErrors;
        QByteArray pdf;
    };
    //! Reads the bureau's report data file at path, validates it against the
    //! schema and the request's enterprise and order, and sets the report from
    //! it. A file that cannot be read is an error; a file with problems gives
    //! them all, by field, and no PDF.
    static Result<BureauReport> fromBureauData(const QString &path, const market::OrderRequest &request,
        const QString &bureauName, const QDateTime &generatedAt, bool withStructuredData = false,
        const QList<report::ReportPart> &parts = {});
    //! Sets the report from data the clerk entered and the form checked
    //! (ReportDataForm). Data flagged as a demo sample is refused: only
    //! demoSample() renders that.
    static Result<QByteArray> fromCheckedData(report::EnterpriseReportData data, const market::OrderRequest &request,
        const QString &bureauName, const QDateTime &generatedAt, bool withStructuredData = false,
        const QList<report::ReportPart> &parts = {});
    //! The template filled with the invented demo sample for the request's
    //! enterprise, every page marked 演示数据 / DEMO DATA. Refused unless
    //! network is the demo network (isDemoNetwork).
    static Result<QByteArray> demoSample(const chain::NetworkProfile &network, const market::OrderRequest &request,
        const QString &bureauName, const QDateTime &generatedAt, bool withStructuredData = false,
        const QList<report::ReportPart> &parts = {});

    //! 链融, a partner bureau's part: what its data file gave — its problems
    //! (then no part), or the part (report data JSON with this order's meta).
    struct PartData {
        QList<report::FieldError> fieldErrors;
        QByteArray json;
        report::EnterpriseReportData data;
    };
    //! Reads and validates the bureau's report data file as for fromBureauData; the part is its data as JSON.
    static Result<PartData> partFromBureauData(const QString &path, const market::OrderRequest &request,
        const QString &bureauName, const QDateTime &generatedAt);
    //! The invented demo sample as a part (the mark travels in the data). Refused off the demo network.
    static Result<PartData> demoPart(const chain::NetworkProfile &network, const market::OrderRequest &request,
        const QString &bureauName, const QDateTime &generatedAt);
    //! A delivered part, opened by the lead bureau: checked against the order's
    //! enterprise and order id, its problems named with the partner's name.
    static Result<report::ReportPart> readPart(
        const QString &partnerName, const QByteArray &json, const market::OrderRequest &request, const QDateTime &now);
};

} // namespace credit::ui
