// SPDX-License-Identifier: Apache-2.0
// The evidence pack's certificate for people: an A4 PDF, in Chinese and
// English side by side, of what the offline verifier proved about an order's
// bundle — every step with its time, block, transaction and sealers, the
// documents' SM3, the bundle's SM3, how to check it again, and what the proof
// covers and what it does not. Drawn only from a verified report.
#pragma once

#include "common/Result.h"
#include "evidence/VerificationReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace credit::report {

//! Who the order is between, as the exporter's verified store names them.
struct CertificateParties {
    QString bankName;
    QString bureauName;
    QString productName;
    QString enterpriseName; //!< as the exporter could read it from the request; may be empty
    QString enterpriseCode; //!< unified social credit code; may be empty
    bool revealEnterprise = false; //!< false: name and code are masked
    QString exporterName; //!< the exporting institution
    QHash<QByteArray, QString> accountNames; //!< 20-byte account → institution name, for the steps' actors
    QString bundleFileName; //!< as the reader will receive it, for the verify command
};

class EvidenceCertificate final {
    Q_DECLARE_TR_FUNCTIONS(EvidenceCertificate)

public:
    //! The certificate as PDF bytes. Refuses a report that did not verify (a
    //! certificate states proof; a failure is for the verifier's own report).
    //! Needs a QGuiApplication (fonts), no widgets: call it from a worker thread.
    static Result<QByteArray> toPdf(const evidence::VerificationReport &report, const CertificateParties &parties);
    //! The certificate's body as HTML (what toPdf sets), for a preview.
    static QString html(const evidence::VerificationReport &report, const CertificateParties &parties);

    //! "上海某某制造有限公司" → "上海某****公司": the first two and the last two characters.
    static QString maskName(const QString &name);
    //! "91310115303456638P" → "9131**********638P": the first four and the last four.
    static QString maskCode(const QString &code);
};

} // namespace credit::report
