// SPDX-License-Identifier: Apache-2.0
#pragma once

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
};

//! A one-page PDF 1.4 credit report with the sections of UI.md (basic
//! information, operations, judicial, tax, public utilities, financing,
//! warnings). Core may not link QtGui (no QPdfWriter here), so the file is
//! written by hand: standard Helvetica fonts, hence ASCII text only — the
//! Chinese names are in the order's request document. The figures are a
//! function of the enterprise's code, so every report on one enterprise agrees.
//! They are invented, so the page carries the mark "演示数据 / DEMO DATA" in a
//! red band at the top and as a pale stamp across it (the Chinese characters
//! in a small Type 3 font of their own, with a ToUnicode map).
QByteArray demoReportPdf(const DemoReportFacts &facts);

} // namespace credit::devnet
