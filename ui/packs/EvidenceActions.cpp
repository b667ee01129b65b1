// SPDX-License-Identifier: Apache-2.0
#include "packs/EvidenceActions.h"

#include "common/FileChooser.h"
#include "desk/EvidenceDesk.h"
#include "desk/MarketReader.h"
#include "packs/EvidenceReportDialog.h"
#include "packs/PackFileName.h"
#include "report/EvidenceCertificate.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace credit::ui {

namespace {

struct TwoWayQuestion {
    QString name; //!< objectName prefix: <name>Question, <name>YesButton, <name>NoButton
    QString title, text, yes, no;
};

//! A window-modal question with two answers, "no" the default (and Esc): no
//! nested event loop, so Lock may close the window while it is open.
void ask(QWidget &window, const TwoWayQuestion &q, QObject *context, std::function<void(bool)> answered)
{
    auto *box = new QMessageBox(QMessageBox::Question, q.title, q.text, QMessageBox::NoButton, &window);
    box->setObjectName(q.name + QStringLiteral("Question"));
    QPushButton *yes = box->addButton(q.yes, QMessageBox::AcceptRole);
    yes->setObjectName(q.name + QStringLiteral("YesButton"));
    QPushButton *no = box->addButton(q.no, QMessageBox::RejectRole);
    no->setObjectName(q.name + QStringLiteral("NoButton"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, context,
        [yes, answered = std::move(answered)](QAbstractButton *clicked) { answered(clicked == yes); });
    box->open();
}

} // namespace

EvidenceActions::EvidenceActions(desk::MarketReader &reader, desk::EvidenceDesk &desk, QWidget &window, QObject *parent)
    : QObject(parent), m_reader(reader), m_desk(desk), m_window(window)
{
    connect(&m_desk, &desk::EvidenceDesk::packExported, this, &EvidenceActions::onExported);
    connect(&m_desk, &desk::EvidenceDesk::packFailed, this, [this](quint64 orderId, const QString &message) {
        if (m_progress)
            m_progress->deleteLater();
        const QString text = tr("The evidence pack of order %1 was not written: %2").arg(orderId).arg(message);
        QMessageBox::warning(&m_window, tr("Evidence pack"), text);
        Q_EMIT failed(text);
    });
    connect(&m_desk, &desk::EvidenceDesk::packVerified, this,
        [this](const QString &path, const evidence::VerificationReport &report) {
            auto *dialog = new EvidenceReportDialog(tr("Evidence pack check"), path, report, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void EvidenceActions::exportFor(quint64 orderId)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const FileChoice choice { tr("Save the evidence pack of order %1").arg(orderId),
        QDir(folder).filePath(QStringLiteral("evidence-%1").arg(orderId) + packSuffix()),
        tr("Evidence pack (*%1)").arg(packSuffix()), QFileDialog::AcceptSave };
    chooseFile(&m_window, choice, [this, orderId](const QString &path) { askToReveal(orderId, path); });
}

void EvidenceActions::askToReveal(quint64 orderId, const QString &bundlePath)
{
    // Whoever receives the certificate sees the enterprise only if the
    // exporter decides so: masked is the default (the pack itself never holds it).
    const TwoWayQuestion question { QStringLiteral("revealEnterprise"), tr("Evidence pack"),
        tr("Show the enterprise's full name and unified social credit code on the certificate? Choose this only if "
           "everyone who will receive the certificate may see them; otherwise they are masked."),
        tr("Show them"), tr("Mask them") };
    ask(m_window, question, this, [this, orderId, bundlePath](bool reveal) { exportTo(orderId, bundlePath, reveal); });
}

void EvidenceActions::exportTo(quint64 orderId, const QString &bundlePath, bool revealEnterprise)
{
    m_revealEnterprise = revealEnterprise;
    m_progress = new QProgressDialog(
        tr("Collecting and checking the proofs of order %1…").arg(orderId), tr("Cancel"), 0, 0, &m_window);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setWindowTitle(tr("Evidence pack"));
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, &m_desk, &desk::EvidenceDesk::cancelExport);
    m_desk.exportPack(orderId, bundlePath);
}

void EvidenceActions::onExported(const desk::ExportedPack &pack)
{
    if (m_progress)
        m_progress->setLabelText(tr("Writing the certificate…"));
    report::CertificateParties parties;
    market::OrderFilter filter;
    filter.orderId = pack.orderId;
    if (auto orders = m_reader.orders(filter); orders && !orders->isEmpty()) {
        parties.bankName = orders->first().bankName;
        parties.bureauName = orders->first().bureauName;
        parties.productName = orders->first().productName;
    }
    if (auto institutions = m_reader.institutions()) {
        for (const market::InstitutionInfo &i : std::as_const(*institutions)) {
            parties.accountNames.insert(i.account, i.name);
            if (i.account == m_reader.self())
                parties.exporterName = i.name;
        }
    }
    parties.bundleFileName = QFileInfo(pack.bundlePath).fileName();
    parties.revealEnterprise = m_revealEnterprise;
    // The enterprise line, masked or not, from the request as this institution
    // may read it; without it the certificate says "—".
    m_desk.readRequest(pack.orderId).then(this, [this, pack, parties](const Result<market::OrderRequest> &request) {
        report::CertificateParties withEnterprise = parties;
        if (request) {
            withEnterprise.enterpriseName = request->enterpriseName;
            withEnterprise.enterpriseCode = request->enterpriseCode;
        }
        writeCertificate(pack, withEnterprise);
    });
}

void EvidenceActions::writeCertificate(const desk::ExportedPack &pack, const report::CertificateParties &parties)
{
    const QString certificatePath = certificatePathFor(pack.bundlePath);
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pack, certificatePath] {
        watcher->deleteLater();
        onCertificateWritten(pack, certificatePath, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([report = pack.report, parties, certificatePath]() -> Result<void> {
        auto pdf = report::EvidenceCertificate::toPdf(report, parties);
        if (!pdf)
            return pdf.error();
        QSaveFile file(certificatePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
            return makeError(ErrorKind::Io, file.errorString());
        return {};
    }));
}

void EvidenceActions::onCertificateWritten(
    const desk::ExportedPack &pack, const QString &certificatePath, const Result<void> &written)
{
    if (m_progress)
        m_progress->deleteLater();
    const QString message = written
        ? tr("Order %1: the evidence pack (%2 steps, %3 KB) and its certificate are written. Anyone can check the "
             "pack offline with “creditctl evidence verify %4”.")
              .arg(pack.orderId)
              .arg(pack.report.steps.size())
              .arg((pack.bytes + 1023) / 1024)
              .arg(QFileInfo(pack.bundlePath).fileName())
        : tr("Order %1: the evidence pack is written, but its certificate is not: %2")
              .arg(pack.orderId)
              .arg(written.error().message);
    auto *dialog = new EvidenceReportDialog(tr("Evidence pack written"), pack.bundlePath, pack.report, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT exported(pack.bundlePath, written ? certificatePath : QString(), message);
}

void EvidenceActions::verifyChosen()
{
    const FileChoice choice { tr("Check an evidence pack"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Evidence packs (*%1 *.json)").arg(packSuffix()), QFileDialog::AcceptOpen };
    chooseFile(&m_window, choice, [this](const QString &path) { verifyFile(path); });
}

void EvidenceActions::verifyFile(const QString &bundlePath)
{
    // A pack usually travels with the report PDF or the letter it proves: their
    // SM3 must match what the chain references, or the pack proves nothing about them.
    const TwoWayQuestion question { QStringLiteral("evidenceDocuments"), tr("Check an evidence pack"),
        tr("Were you also given the report or the authorisation letter with this pack? Add those files and each "
           "one is checked against the documents the chain references."),
        tr("Add files…"), tr("Check the pack only") };
    ask(m_window, question, this, [this, bundlePath](bool addFiles) {
        if (!addFiles) {
            m_desk.verifyPack(bundlePath, {});
            return;
        }
        const FileChoice documents { tr("Files to check against the pack"), QFileInfo(bundlePath).absolutePath(),
            tr("Documents (*.pdf *.json *.png *.jpg);;All files (*)"), QFileDialog::AcceptOpen };
        chooseFiles(&m_window, documents,
            [this, bundlePath](const QStringList &paths) { m_desk.verifyPack(bundlePath, paths); });
    });
}

} // namespace credit::ui
