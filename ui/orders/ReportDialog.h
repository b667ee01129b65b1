// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "common/Clock.h"
#include "desk/ReportExport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace credit::ui {

class ReportViewer;
class StructuredDataView;

//! A delivered report, decrypted in memory: the viewer, its on-chain proof,
//! and export (the PDF with an SM3 sidecar; written off the GUI thread). A
//! report that carries structured data shows it in a tab beside the PDF.
class ReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)
public:
    //! clock (the export's time in the sidecar) must outlive the dialog.
    ReportDialog(
        QByteArray pdf, desk::ReportReference reference, QWidget *parent = nullptr, const Clock &clock = systemClock());

    //! Whether the PDF could be shown (else the error is in the dialog).
    Result<void> loaded() const { return m_loaded; }
    ReportViewer &viewer() { return *m_viewer; }
    //! The "Structured data" tab beside the PDF; nullptr when the report carries none.
    StructuredDataView *structuredData() const { return m_structured; }
    //! The decrypted PDF shown (in memory only).
    const QByteArray &pdf() const { return m_pdf; }
    //! Writes the PDF and its sidecar to pdfPath (the export button asks for it first).
    void exportTo(const QString &pdfPath);

Q_SIGNALS:
    //! An export ended: the sidecar's path, or (path empty) the error.
    void exported(const QString &sidecarPath, const QString &error);

private:
    void askAndExport();
    void showStructuredData(QVBoxLayout &layout);

    const Clock &m_clock;
    QByteArray m_pdf;
    desk::ReportReference m_reference;
    Result<void> m_loaded;
    ReportViewer *m_viewer;
    QLabel *m_proof;
    QLabel *m_status;
    QPushButton *m_export;
    StructuredDataView *m_structured = nullptr;
};

} // namespace credit::ui
