// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::desk {

//! Where a decrypted report comes from on chain, for the export's sidecar.
struct ReportReference {
    quint64 orderId = 0;
    QByteArray reportHash; //!< SM3 of the plaintext, as recorded by deliverReport
    quint64 block = 0; //!< the block of the ReportDelivered event
    QByteArray tx; //!< its transaction
};

//! Writes the decrypted PDF to pdfPath and, beside it, "<pdfPath>.sm3.txt"
//! naming its SM3 and on-chain reference (blocking: run off the GUI thread).
//! Refuses a PDF whose SM3 is not the on-chain report hash. Returns the sidecar's path.
//! exportedAtMs: when (epoch ms, from the session's clock), written in the sidecar.
Result<QString> exportReport(
    const QByteArray &pdf, const ReportReference &reference, const QString &pdfPath, qint64 exportedAtMs);

} // namespace credit::desk
