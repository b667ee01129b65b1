// SPDX-License-Identifier: Apache-2.0
#include "packs/EvidenceReportDialog.h"

#include "common/HexText.h"
#include "packs/EvidenceStepsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

EvidenceReportDialog::EvidenceReportDialog(
    const QString &title, const QString &bundlePath, const evidence::VerificationReport &report, QWidget *parent)
    : QDialog(parent), m_steps(new EvidenceStepsModel(this))
{
    setObjectName(QStringLiteral("evidenceReportDialog"));
    setWindowTitle(title);
    auto *file = new QLabel(bundlePath, this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *verdictLabel = new QLabel(verdict(report), this);
    verdictLabel->setObjectName(QStringLiteral("evidenceVerdict"));
    verdictLabel->setWordWrap(true);
    verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdictLabel->setStyleSheet(report.ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_steps->setReport(report);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("evidenceSteps"));
    table->setModel(m_steps);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *scope = new QLabel(tr("A verified pack proves what was recorded on the chain and when, signed by the "
                                "sealers and by the exporting institution. It does not prove that a document was "
                                "true before it went on the chain."),
        this);
    scope->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(verdictLabel);
    layout->addWidget(table, 1);
    layout->addWidget(scope);
    layout->addWidget(buttons);
    resize(900, 480);
}

QString EvidenceReportDialog::verdict(const evidence::VerificationReport &report)
{
    if (report.ok) {
        QString text = tr("✔ Verified offline: order %1, %n step(s), each in a block signed by a quorum of the sealers "
                          "chained from this network's genesis block, with the transaction and receipt proven by "
                          "Merkle proofs. Bundle SM3 %2.",
            nullptr, static_cast<int>(report.steps.size()))
                           .arg(report.orderId)
                           .arg(prefixedHexText(report.bundleSm3));
        if (report.documentFilesMatched > 0)
            text += u' '
                + tr("%n file(s) you added are the very documents the order references on chain.", nullptr,
                    report.documentFilesMatched);
        return text;
    }
    if (!report.failure)
        return tr("✘ Not verified.");
    const evidence::VerificationFailure &f = *report.failure;
    return f.step < 0 ? tr("✘ Not verified: the %1 check failed. %2").arg(evidence::checkName(f.check), f.message)
                      : tr("✘ Not verified: the %1 check failed at step %2. %3")
                            .arg(evidence::checkName(f.check))
                            .arg(f.step + 1)
                            .arg(f.message);
}

} // namespace credit::ui
