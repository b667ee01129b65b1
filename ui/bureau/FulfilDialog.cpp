// SPDX-License-Identifier: Apache-2.0
#include "bureau/FulfilDialog.h"

#include "bureau/DeliveryFollowing.h"
#include "bureau/DemoNetwork.h"
#include "common/HexText.h"
#include "bureau/ReportDataErrorList.h"
#include "bureau/ReportDataSourceButtons.h"
#include "bureau/ReportDataForm.h"
#include "bureau/ReportSource.h"
#include "reportdata/DeliveryFormat.h"
#include "common/BackgroundJob.h"
#include "desk/BureauDesk.h"
#include "desk/MarketReader.h"
#include "viewer/ReportViewer.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace credit::ui {

FulfilDialog::FulfilDialog(desk::MarketReader &reader, desk::BureauDesk &desk, const chain::NetworkProfile &network,
    market::OrderSummary order, market::OrderRequest request, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_reader(reader), m_desk(desk), m_network(network), m_clock(clock), m_order(std::move(order)),
      m_request(std::move(request)), m_demoNetwork(isDemoNetwork(network)),
      m_status(this, QStringLiteral("fulfilStatusLabel"), QStringLiteral("fulfilProgress"))
{
    if (auto products = m_reader.products(true)) {
        for (const market::ProductInfo &p : std::as_const(*products))
            if (p.productId == m_order.productId)
                m_structured = report::includesStructuredData(p.deliveryFormat);
    }
    setObjectName(QStringLiteral("fulfilDialog"));
    setWindowTitle(tr("Fulfil order %1 — %2").arg(m_order.orderId).arg(m_request.enterpriseName));
    buildLayout();
    followDelivery(
        this, m_desk.orderTransactions(), m_order.orderId, [this](quint64 block) { deliveredIn(block); },
        [this](const QString &reason) { setIdle(reason, true); });
    setIdle(m_demoNetwork
            ? tr("Attach the report PDF or import the bureau's data for this enterprise. Demo network: a demo "
                 "sample, marked as such on every page, is also available.")
            : tr("Attach the report PDF from your systems, or import the bureau's data for this enterprise "
                 "(JSON) to set it in the built-in template."));
    if (m_order.isJoint()) {
        // 链融: the template fuses the partners' parts in, so it waits for them to be opened.
        connect(
            &m_desk, &desk::BureauDesk::partsOpened, this, [this](quint64 id, const QList<desk::OpenedPart> &opened) {
                if (id == m_order.orderId)
                    takeParts(opened);
            });
        connect(&m_desk, &desk::BureauDesk::partsFailed, this, [this](quint64 id, const QString &message) {
            if (id != m_order.orderId)
                return;
            m_partsLine->setText(tr("The partners' parts cannot be opened: %1 Attach a fused report PDF from your "
                                    "systems, or close and try again.")
                                     .arg(message));
            m_partsLine->setStyleSheet(QStringLiteral("color: #b00020;"));
            refreshIdle();
        });
        m_partsLine->setText(tr("Opening the parts of %n partner bureau(s)…", nullptr, m_order.partsExpected));
        m_partsLine->show();
        refreshIdle();
        m_desk.openParts(m_order.orderId);
    }
}

void FulfilDialog::takeParts(const QList<desk::OpenedPart> &opened)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    QList<report::ReportPart> parts;
    QStringList names;
    for (const desk::OpenedPart &part : opened) {
        const QString name = part.bureauName.isEmpty() ? prefixedHexText(part.bureau) : part.bureauName;
        auto read = ReportSource::readPart(name, part.content, m_request, now);
        if (!read) {
            m_partsLine->setText(read.error().message);
            m_partsLine->setStyleSheet(QStringLiteral("color: #b00020;"));
            refreshIdle();
            return;
        }
        parts << *read;
        names << name;
    }
    m_parts = parts;
    m_partsOpened = true;
    m_partsLine->setStyleSheet(QString());
    m_partsLine->setText(tr(
        "The report template fuses in the parts of %n partner bureau(s): %1.", nullptr, static_cast<int>(names.size()))
                             .arg(names.join(tr(", "))));
    refreshIdle();
}

void FulfilDialog::buildLayout()
{
    m_attach = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Attach PDF…"), this);
    m_attach->setObjectName(QStringLiteral("attachReportButton"));
    m_sources = new ReportDataSourceButtons(this, m_demoNetwork);
    m_deliver = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Deliver"), this);
    m_deliver->setObjectName(QStringLiteral("deliverReportButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("fulfilCloseButton"));
    m_partsLine = new QLabel(this);
    m_partsLine->setObjectName(QStringLiteral("fulfilPartsLabel"));
    m_partsLine->setWordWrap(true);
    m_partsLine->hide();
    m_fieldErrors = new ReportDataErrorList(this);
    m_preview = new ReportViewer(this);
    m_preview->setObjectName(QStringLiteral("fulfilPreview"));
    // No default button: Return in the preview's page number or find field must never deliver.
    for (QPushButton *b : { m_attach, m_deliver, m_close })
        b->setAutoDefault(false);
    connect(m_attach, &QPushButton::clicked, this, &FulfilDialog::chooseFile);
    connect(m_sources, &ReportDataSourceButtons::dataFileChosen, this, &FulfilDialog::importBureauData);
    connect(m_sources, &ReportDataSourceButtons::formRequested, this, &FulfilDialog::openDataForm);
    connect(m_sources, &ReportDataSourceButtons::demoSampleRequested, this, &FulfilDialog::fillDemoSample);
    connect(m_deliver, &QPushButton::clicked, this, &FulfilDialog::deliver);
    connect(m_close, &QPushButton::clicked, this, &FulfilDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_attach);
    m_sources->addTo(*bar);
    bar->addStretch();
    bar->addWidget(m_deliver);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_partsLine);
    layout->addWidget(m_status.text());
    layout->addWidget(m_status.progress());
    layout->addWidget(m_fieldErrors, 1);
    layout->addWidget(m_preview, 1);
    resize(900, 700);
}

void FulfilDialog::setBusy(const QString &text)
{
    m_status.setBusy(text);
    m_attach->setEnabled(false);
    m_sources->setEnabled(false);
    m_deliver->setEnabled(false);
}

void FulfilDialog::setIdle(const QString &text, bool error)
{
    m_status.setIdle(text, error);
    refreshIdle();
}

void FulfilDialog::refreshIdle()
{
    if (m_status.isBusy())
        return; // the work that runs enables the buttons when it ends
    m_attach->setEnabled(true);
    // The template's sources wait for a 链融 order's parts (a fused PDF from the bureau's systems need not).
    m_sources->setEnabled(partsReady());
    m_deliver->setEnabled(!m_pdf.isEmpty() && !m_desk.orderTransactions().isPending(m_order.orderId));
}

void FulfilDialog::deliveredIn(quint64 block)
{
    setIdle(tr("Delivered in block %1.").arg(block));
    Q_EMIT delivered(m_order.orderId);
    accept();
}

void FulfilDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Attach the report PDF"), QString(), tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("attachReportFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &FulfilDialog::attachFile);
    dialog->open();
}

void FulfilDialog::attachFile(const QString &path)
{
    setBusy(tr("Checking %1…").arg(path));
    runInBackground(
        this, [path] { return ReportSource::readPdfFile(path); },
        [this, path](const Result<QByteArray> &pdf) {
            if (!pdf)
                setIdle(pdf.error().message, true);
            else
                takePdf(*pdf, tr("Attached %1.").arg(path));
        });
}

void FulfilDialog::importBureauData(const QString &path)
{
    showFieldErrors({});
    setBusy(tr("Checking the report data in %1 and setting the report for %2…").arg(path, m_request.enterpriseName));
    const market::OrderRequest request = m_request;
    const QString bureau = bureauName();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    runInBackground(
        this,
        [path, request, bureau, now, structured = m_structured, parts = m_parts] {
            return ReportSource::fromBureauData(path, request, bureau, now, structured, parts);
        },
        [this, path](const Result<ReportSource::BureauReport> &outcome) {
            if (!outcome) {
                setIdle(tr("The report data cannot be imported: %1").arg(outcome.error().message), true);
            } else if (!outcome->fieldErrors.isEmpty()) {
                // Nothing of a file with problems is shown or deliverable: the preview would be partly blank.
                clearReport();
                showFieldErrors(outcome->fieldErrors);
                setIdle(tr("%n problem(s) in %1. Nothing was generated: correct them in your system's export and "
                           "import the file again.",
                            nullptr, static_cast<int>(outcome->fieldErrors.size()))
                            .arg(QFileInfo(path).fileName()),
                    true);
            } else {
                takePdf(outcome->pdf, tr("Set from the bureau's data in %1.").arg(path));
            }
        });
}

void FulfilDialog::openDataForm()
{
    if (!m_form) {
        m_form = new ReportDataForm({ m_request.enterpriseName, m_request.enterpriseCode, m_request.orderId },
            QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date(), this);
        connect(m_form, &QDialog::accepted, this, &FulfilDialog::renderFormData);
    }
    m_form->open();
}

void FulfilDialog::renderFormData()
{
    showFieldErrors({});
    setBusy(tr("Setting the report for %1 from the data you entered…").arg(m_request.enterpriseName));
    const report::EnterpriseReportData entered = m_form->data();
    const market::OrderRequest request = m_request;
    const QString bureau = bureauName();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    runInBackground(
        this,
        [entered, request, bureau, now, structured = m_structured, parts = m_parts] {
            return ReportSource::fromCheckedData(entered, request, bureau, now, structured, parts);
        },
        [this](const Result<QByteArray> &pdf) {
            if (!pdf)
                setIdle(tr("The report could not be set: %1").arg(pdf.error().message), true);
            else
                takePdf(*pdf, tr("Set from the data you entered."));
        });
}

void FulfilDialog::fillDemoSample()
{
    if (!m_demoNetwork) {
        // No button offers it off the demo network; this guards every other way in.
        setIdle(tr("Sample data exists only on the demo network. Import the bureau's data for this enterprise or "
                   "attach the report PDF."),
            true);
        return;
    }
    showFieldErrors({});
    setBusy(tr("Filling the template with the demo sample for %1…").arg(m_request.enterpriseName));
    const chain::NetworkProfile network = m_network;
    const market::OrderRequest request = m_request;
    const QString bureau = bureauName();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    runInBackground(
        this,
        [network, request, bureau, now, structured = m_structured, parts = m_parts] {
            return ReportSource::demoSample(network, request, bureau, now, structured, parts);
        },
        [this](const Result<QByteArray> &pdf) {
            if (!pdf)
                setIdle(tr("The demo sample could not be generated: %1").arg(pdf.error().message), true);
            else
                takePdf(*pdf, tr("Demo sample: invented data, every page marked 演示数据 / DEMO DATA."));
        });
}

void FulfilDialog::showFieldErrors(const QList<report::FieldError> &errors)
{
    m_fieldErrors->showErrors(errors);
    m_preview->setVisible(errors.isEmpty());
}

void FulfilDialog::clearReport()
{
    // The viewer keeps the last document but stays hidden behind the error list until a new report is taken.
    m_pdf.clear();
    m_preview->hide();
}

void FulfilDialog::takePdf(const QByteArray &pdf, const QString &source)
{
    if (auto shown = m_preview->setPdf(pdf); !shown) {
        setIdle(tr("The PDF cannot be previewed: %1").arg(shown.error().message), true);
        return;
    }
    m_pdf = pdf;
    showFieldErrors({});
    QString text = tr("%1 %n page(s); check the preview, then deliver.", nullptr, m_preview->pageCount()).arg(source);
    if (m_structured)
        text += u' '
            + (m_preview->hasStructuredData()
                    ? tr("The report's data (JSON) travels inside the PDF, as this product's delivery format says.")
                    : tr("This product's delivery format includes structured data, but this PDF carries none: "
                         "import the bureau's data or fill in the form to deliver both."));
    setIdle(text);
}

QString FulfilDialog::bureauName() const
{
    if (auto self = m_reader.institution(m_reader.self()); self && self->has_value())
        return (*self)->name;
    return m_order.bureauName;
}

void FulfilDialog::deliver()
{
    if (m_pdf.isEmpty() || m_status.isBusy())
        return;
    auto readers = m_desk.deliverReport(m_order, m_pdf);
    if (!readers) {
        setIdle(tr("The report was not sent: %1").arg(readers.error().message), true);
        return;
    }
    setBusy(tr("Encrypting the report for the bank, your bureau and %n regulator(s), storing it and anchoring its "
               "hash on chain…",
        nullptr, *readers - 2));
}

} // namespace credit::ui
