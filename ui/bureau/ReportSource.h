// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace credit::ui {

//! Where a report PDF comes from: a file from the bureau's own systems
//! (checked), or the built-in enterprise report template. Blocking and
//! thread-safe: run both on a worker thread.
class ReportSource final {
    Q_DECLARE_TR_FUNCTIONS(ReportSource)
public:
    //! Reports above this size are refused (the document store and the bank's viewer have limits too).
    static constexpr qint64 kMaxReportBytes = qint64(20) * 1024 * 1024;

    //! The file's bytes if it is a PDF that Poppler opens, with pages, within the size cap.
    static Result<QByteArray> readPdfFile(const QString &path);
    //! Checks bytes already in memory the same way.
    static Result<void> checkPdf(const QByteArray &pdf);
    //! The built-in template filled with the demo data for the request's enterprise.
    static Result<QByteArray> generate(const market::OrderRequest &request, const QString &bureauName,
                                       const QDateTime &generatedAt);
};

} // namespace credit::ui
