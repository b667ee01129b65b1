// SPDX-License-Identifier: Apache-2.0
#include "orders/ReportDialog.h"
#include "icons/ActionIcons.h"

#include "common/HexText.h"
#include "common/FileChooser.h"
#include "orders/OrderText.h"
#include "viewer/ReportViewer.h"
#include "viewer/StructuredDataView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

ReportDialog::ReportDialog(QByteArray pdf, desk::ReportReference reference, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_clock(clock), m_pdf(std::move(pdf)), m_reference(std::move(reference)),
      m_loaded(Result<void>()), m_viewer(new ReportViewer(this)), m_proof(new QLabel(this)), m_status(new QLabel(this)),
      m_export(new QPushButton(themedIcon(QStringLiteral("document-save-as")), tr("Export…"), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report of order %1").arg(m_reference.orderId));
    m_viewer->setObjectName(QStringLiteral("reportViewer"));
    m_proof->setObjectName(QStringLiteral("reportProof"));
    m_proof->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proof->setText(
        tr("SM3 %1 · %2")
            .arg(hexText(m_reference.reportHash), OrderText::proof(m_reference.block, m_reference.tx, 0, 0)));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setShortcut(QKeySequence::SaveAs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("reportButtons"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // No default button: Return belongs to the viewer (page number, find), never to Export or Close.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::askAndExport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(m_proof);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 1000);

    m_loaded = m_viewer->setPdf(m_pdf);
    if (!m_loaded) {
        m_status->setText(tr("The report cannot be shown: %1").arg(m_loaded.error().message));
        m_export->setEnabled(false);
        return;
    }
    if (m_viewer->hasStructuredData())
        showStructuredData(*layout);
}

void ReportDialog::showStructuredData(QVBoxLayout &layout)
{
    // The PDF and its data as two tabs: the data the PDF carries, never fetched from elsewhere.
    m_structured = new StructuredDataView(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    layout.replaceWidget(m_viewer, tabs);
    tabs->addTab(m_viewer, tr("Report (PDF)"));
    tabs->addTab(m_structured, tr("Structured data"));
    // A day's margin: the bureau's clock, not ours, dated the report.
    m_structured->setReport(m_viewer->document(), QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date().addDays(1));
}

void ReportDialog::askAndExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(QStringLiteral("report-%1.pdf").arg(m_reference.orderId));
    chooseFile(this, { tr("Export report"), suggested, tr("PDF files (*.pdf)"), QFileDialog::AcceptSave },
        [this](const QString &path) { exportTo(path); });
}

void ReportDialog::exportTo(const QString &pdfPath)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(pdfPath)));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QString> sidecar = watcher->result();
        m_export->setEnabled(true);
        m_status->setText(sidecar
                ? tr("Exported. Its SM3 and on-chain reference are in %1.").arg(QDir::toNativeSeparators(*sidecar))
                : tr("Export failed: %1. Choose another folder and try again.").arg(sidecar.error().message));
        Q_EMIT exported(sidecar ? *sidecar : QString(), sidecar ? QString() : sidecar.error().message);
    });
    watcher->setFuture(QtConcurrent::run([pdf = m_pdf, ref = m_reference, pdfPath, at = m_clock.epochMs()] {
        return exportReport(pdf, ref, pdfPath, at);
    }));
}

} // namespace credit::ui
