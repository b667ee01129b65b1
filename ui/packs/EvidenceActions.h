// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace credit::desk {
class EvidenceDesk;
class MarketReader;
struct ExportedPack;
} // namespace credit::desk

namespace credit::report {
struct CertificateParties;
}

namespace credit::ui {

//! The two evidence actions every role's pages offer: export a pack for an
//! order (bundle + PDF certificate beside it, with progress and Cancel), and
//! check a pack someone sent. Asks for files, never blocks the GUI thread.
class EvidenceActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceActions)
public:
    //! reader and desk must outlive this; dialogs are children of window.
    EvidenceActions(desk::MarketReader &reader, desk::EvidenceDesk &desk, QWidget &window, QObject *parent = nullptr);

    //! Asks where to save and whether the certificate may name the enterprise, then exports the order's pack.
    void exportFor(quint64 orderId);
    //! Exports to bundlePath without asking (what exportFor does once a file is
    //! chosen). The certificate masks the enterprise's name and credit code
    //! unless revealEnterprise.
    void exportTo(quint64 orderId, const QString &bundlePath, bool revealEnterprise = false);
    //! Asks for a pack (and optional documents), then verifies it.
    void verifyChosen();
    //! Offers to add the report or letter files that came with the pack at
    //! bundlePath, then verifies it (verifyChosen once the pack is chosen; a
    //! pack opened from the file manager starts here).
    void verifyFile(const QString &bundlePath);

Q_SIGNALS:
    //! Both files written: the bundle and its certificate (empty certificate path: see message).
    void exported(const QString &bundlePath, const QString &certificatePath, const QString &message);
    void failed(const QString &message);

private:
    void onExported(const desk::ExportedPack &pack);
    void askToReveal(quint64 orderId, const QString &bundlePath);
    void writeCertificate(const desk::ExportedPack &pack, const report::CertificateParties &parties);
    void onCertificateWritten(
        const desk::ExportedPack &pack, const QString &certificatePath, const Result<void> &written);

    desk::MarketReader &m_reader;
    desk::EvidenceDesk &m_desk;
    QWidget &m_window;
    QPointer<QProgressDialog> m_progress;
    bool m_revealEnterprise = false; // of the export in flight
};

} // namespace credit::ui
