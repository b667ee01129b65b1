// SPDX-License-Identifier: Apache-2.0
// Evidence packs as the screens see them: every role exports one for an
// order it can see; anyone checks a pack someone sent, offline.
#pragma once

#include "common/Result.h"
#include "evidence/VerificationReport.h"
#include "market/OrderRequest.h"

#include <QFuture>

#include <QObject>
#include <QString>
#include <QStringList>

namespace credit::desk {

//! A pack written to disk, with what the offline verifier proved of it.
struct ExportedPack {
    quint64 orderId = 0;
    QString bundlePath;
    qint64 bytes = 0;
    evidence::VerificationReport report;
};

class EvidenceDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDesk)
public:
    using QObject::QObject;
    ~EvidenceDesk() override = default;

    //! Builds the order's bundle (verified store + what a node adds, each part
    //! checked against the verified headers), signs it, writes it to
    //! bundlePath and verifies the file: packExported or packFailed.
    virtual void exportPack(quint64 orderId, const QString &bundlePath) = 0;
    //! Stops the export in flight (packFailed follows); nothing is written.
    virtual void cancelExport() = 0;
    //! Checks a bundle file offline against this network's anchor, and the
    //! documents' SM3 against those the bundle lists: packVerified.
    virtual void verifyPack(const QString &bundlePath, const QStringList &documentPaths) = 0;
    //! The order's request as this institution may read it (for the
    //! certificate's enterprise line): a party of the order opens its own
    //! copy, a mediator the copy its dispute's grant shares; others get an error.
    virtual QFuture<Result<market::OrderRequest>> readRequest(quint64 orderId) = 0;

Q_SIGNALS:
    void packExported(const credit::desk::ExportedPack &pack);
    void packFailed(quint64 orderId, const QString &message);
    void packVerified(const QString &bundlePath, const credit::evidence::VerificationReport &report);
};

} // namespace credit::desk
