// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportDataSourceButtons.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace credit::ui {

ReportDataSourceButtons::ReportDataSourceButtons(QWidget *parent, bool demoNetwork)
    : QObject(parent), m_parent(parent),
      m_import(new QPushButton(
          parent->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Import bureau data (JSON)…"), parent)),
      m_fillForm(new QPushButton(
          parent->style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Fill in report data…"), parent))
{
    m_import->setObjectName(QStringLiteral("importReportDataButton"));
    m_import->setToolTip(tr("Set the built-in report template from the structured data your bureau's systems export "
                            "for this enterprise (schema: REPORT_DATA.md)."));
    m_fillForm->setObjectName(QStringLiteral("fillReportDataButton"));
    m_fillForm->setToolTip(tr("Type the bureau's findings for this enterprise into a form, section by section."));
    if (demoNetwork) {
        m_demoSample
            = new QPushButton(parent->style()->standardIcon(QStyle::SP_FileIcon), tr("Fill with demo sample"), parent);
        m_demoSample->setObjectName(QStringLiteral("demoSampleButton"));
        m_demoSample->setToolTip(
            tr("Demo network only: invented sample data, every page marked 演示数据 / DEMO DATA."));
        connect(m_demoSample, &QPushButton::clicked, this, &ReportDataSourceButtons::demoSampleRequested);
    }
    // No default button: Return in a dialog's other fields must never choose a source.
    for (QPushButton *b : { m_import, m_fillForm, m_demoSample })
        if (b)
            b->setAutoDefault(false);
    connect(m_fillForm, &QPushButton::clicked, this, &ReportDataSourceButtons::formRequested);
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(
            m_parent, tr("Import the bureau's report data"), QString(), tr("Report data (*.json);;All files (*)"));
        dialog->setObjectName(QStringLiteral("importReportDataFileDialog"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &ReportDataSourceButtons::dataFileChosen);
        dialog->open();
    });
}

void ReportDataSourceButtons::addTo(QHBoxLayout &bar) const
{
    bar.addWidget(m_import);
    bar.addWidget(m_fillForm);
    if (m_demoSample)
        bar.addWidget(m_demoSample);
}

void ReportDataSourceButtons::setEnabled(bool enabled)
{
    for (QPushButton *b : { m_import, m_fillForm, m_demoSample })
        if (b)
            b->setEnabled(enabled);
}

} // namespace credit::ui
