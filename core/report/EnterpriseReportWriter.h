// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "reportdata/EnterpriseReportData.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace credit::report {

//! Sets an enterprise credit report as an A4 PDF: QTextDocument laid out on a
//! QPdfWriter, CJK fonts embedded, "第 n 页 / 共 N 页" in every footer.
//! Data flagged isDemoSample gets demoDataMark() in a band at the top of every
//! page, a diagonal stamp and a notice on the title page, unconditionally.
//! Needs a QGuiApplication (fonts) but no widgets: call it from a worker thread
//! so a long report never blocks the GUI.
class EnterpriseReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(EnterpriseReportWriter)

public:
    //! Writes the PDF to out, which must be open for writing.
    static Result<void> write(const EnterpriseReportData &data, QIODevice *out);
    //! The PDF as bytes.
    static Result<QByteArray> toPdf(const EnterpriseReportData &data);
};

} // namespace credit::report
