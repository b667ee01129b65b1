// SPDX-License-Identifier: Apache-2.0
// Attaches a file to a finished PDF as an incremental update (ISO 32000-1
// §7.5.6): the original bytes stay exactly as they were, followed by an
// embedded file stream (§7.11.4), its file specification, a new revision of
// the catalog naming it in /Names /EmbeddedFiles and /AF, a cross-reference
// section for those objects and a trailer whose /Prev points at the original
// one. This is how ZUGFeRD / Factur-X e-invoices carry their XML; any PDF
// reader still opens the document, and readers that list attachments show it.
// QPdfWriter cannot attach files, so the reports it writes get theirs here.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace credit::report {

//! One file to attach.
struct PdfAttachment {
    QString fileName; //!< shown by readers; printable ASCII, no parentheses or backslashes
    QByteArray mimeType; //!< e.g. "application/json"
    QString description; //!< the file specification's /Desc
    QByteArray data;
    QDateTime modified; //!< /Params /ModDate
};

//! Appends attachment to pdf. Supported: a PDF whose last cross-reference
//! section is a classic xref table with a trailer dictionary and whose
//! catalog has no /Names or /AF yet — what QPdfWriter writes. Anything else
//! is refused (Unsupported / InvalidInput) with the reason; the input is never
//! changed.
Result<QByteArray> attachToPdf(const QByteArray &pdf, const PdfAttachment &attachment);

} // namespace credit::report
