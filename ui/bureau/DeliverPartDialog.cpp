// SPDX-License-Identifier: Apache-2.0
#include "bureau/DeliverPartDialog.h"

#include "bureau/DeliveryFollowing.h"
#include "bureau/DemoNetwork.h"
#include "bureau/ReportDataErrorList.h"
#include "bureau/ReportDataSourceButtons.h"
#include "bureau/ReportDataForm.h"
#include "bureau/ReportSource.h"
#include "common/BackgroundJob.h"
#include "desk/BureauDesk.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace credit::ui {

DeliverPartDialog::DeliverPartDialog(desk::BureauDesk &desk, const chain::NetworkProfile &network,
    market::OrderSummary order, market::OrderRequest request, QString bureauName, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_desk(desk), m_network(network), m_clock(clock), m_order(std::move(order)),
      m_request(std::move(request)), m_bureauName(std::move(bureauName)),
      m_status(this, QStringLiteral("deliverPartStatus"), QStringLiteral("deliverPartProgress"))
{
    setObjectName(QStringLiteral("deliverPartDialog"));
    setWindowTitle(tr("Deliver our part of order %1 — %2").arg(m_order.orderId).arg(m_request.enterpriseName));
    buildLayout();
    followDelivery(
        this, m_desk.orderTransactions(), m_order.orderId, [this](quint64 block) { deliveredIn(block); },
        [this](const QString &reason) { setIdle(reason, true); });
    setIdle(tr("This is a joint report (链融) led by %1: import your bureau's data for %2 (JSON) or fill it in. "
               "The lead bureau fuses your part into the report the bank receives.")
                .arg(m_order.bureauName, m_request.enterpriseName));
}

void DeliverPartDialog::buildLayout()
{
    m_sources = new ReportDataSourceButtons(this, isDemoNetwork(m_network));
    m_deliver = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Deliver part"), this);
    m_deliver->setObjectName(QStringLiteral("deliverPartSendButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deliverPartSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fieldErrors = new ReportDataErrorList(this);
    for (QPushButton *b : { m_deliver, m_close })
        b->setAutoDefault(false);
    connect(m_sources, &ReportDataSourceButtons::dataFileChosen, this, &DeliverPartDialog::importBureauData);
    connect(m_sources, &ReportDataSourceButtons::formRequested, this, &DeliverPartDialog::openDataForm);
    connect(m_sources, &ReportDataSourceButtons::demoSampleRequested, this, &DeliverPartDialog::fillDemoSample);
    connect(m_deliver, &QPushButton::clicked, this, &DeliverPartDialog::deliver);
    connect(m_close, &QPushButton::clicked, this, &DeliverPartDialog::reject);

    auto *bar = new QHBoxLayout;
    m_sources->addTo(*bar);
    bar->addStretch();
    bar->addWidget(m_deliver);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status.text());
    layout->addWidget(m_status.progress());
    layout->addWidget(m_fieldErrors, 1);
    layout->addWidget(m_summary, 1);
    resize(760, 480);
}

bool DeliverPartDialog::offersDemoSample() const
{
    return m_sources->offersDemoSample();
}

void DeliverPartDialog::setBusy(const QString &text)
{
    m_status.setBusy(text);
    m_sources->setEnabled(false);
    m_deliver->setEnabled(false);
}

void DeliverPartDialog::setIdle(const QString &text, bool error)
{
    m_status.setIdle(text, error);
    m_sources->setEnabled(true);
    m_deliver->setEnabled(!m_part.isEmpty() && !m_desk.orderTransactions().isPending(m_order.orderId));
}

void DeliverPartDialog::deliveredIn(quint64 block)
{
    setIdle(tr("Delivered in block %1.").arg(block));
    Q_EMIT delivered(m_order.orderId);
    accept();
}

void DeliverPartDialog::run(const QString &busyText, std::function<Result<Taken>()> job, const QString &source)
{
    m_fieldErrors->showErrors({});
    setBusy(busyText);
    runInBackground(this, std::move(job), [this, source](const Result<Taken> &taken) {
        if (!taken)
            setIdle(tr("The part could not be prepared: %1").arg(taken.error().message), true);
        else
            take(*taken, source);
    });
}

void DeliverPartDialog::importBureauData(const QString &path)
{
    const market::OrderRequest request = m_request;
    const QString bureau = m_bureauName;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    run(
        tr("Checking the report data in %1…").arg(path),
        [path, request, bureau, now]() -> Result<Taken> {
            auto part = ReportSource::partFromBureauData(path, request, bureau, now);
            if (!part)
                return part.error();
            return Taken { part->fieldErrors, part->json, part->data };
        },
        tr("From the bureau's data in %1.").arg(QFileInfo(path).fileName()));
}

void DeliverPartDialog::openDataForm()
{
    if (!m_form) {
        m_form = new ReportDataForm({ m_request.enterpriseName, m_request.enterpriseCode, m_request.orderId },
            QDateTime::fromMSecsSinceEpoch(m_clock.epochMs()).date(), this);
        connect(m_form, &QDialog::accepted, this, [this] {
            report::EnterpriseReportData entered = m_form->data();
            entered.meta.bureauName = m_bureauName;
            entered.meta.orderId = m_request.orderId;
            entered.meta.generatedAt = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
            run(
                tr("Writing the part from the data you entered…"),
                [entered]() -> Result<Taken> {
                    return Taken { {}, report::reportDataToJson(entered), entered };
                },
                tr("From the data you entered."));
        });
    }
    m_form->open();
}

void DeliverPartDialog::fillDemoSample()
{
    const chain::NetworkProfile network = m_network;
    const market::OrderRequest request = m_request;
    const QString bureau = m_bureauName;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.epochMs());
    run(
        tr("Writing the demo sample for %1…").arg(m_request.enterpriseName),
        [network, request, bureau, now]() -> Result<Taken> {
            auto part = ReportSource::demoPart(network, request, bureau, now);
            if (!part)
                return part.error();
            return Taken { {}, part->json, part->data };
        },
        tr("Demo sample: invented data, marked 演示数据 / DEMO DATA."));
}

void DeliverPartDialog::take(const Taken &taken, const QString &source)
{
    if (!taken.fieldErrors.isEmpty()) {
        m_part.clear();
        m_summary->clear();
        m_fieldErrors->showErrors(taken.fieldErrors);
        setIdle(tr("%n problem(s) in the file. Nothing was prepared: correct them in your system's export and import "
                   "the file again.",
                    nullptr, static_cast<int>(taken.fieldErrors.size())),
            true);
        return;
    }
    m_part = taken.json;
    const report::EnterpriseReportData &d = taken.data;
    const auto count = [](qsizetype n) { return static_cast<int>(n); };
    const QStringList lines { tr("Your part for %1 (%2):").arg(d.basic.name, d.basic.creditCode),
        tr("%n court case(s)", nullptr, count(d.cases.size())),
        tr("%n tax rating(s)", nullptr, count(d.taxRatings.size())),
        tr("%n tax arrear(s)", nullptr, count(d.taxArrears.size())),
        tr("%n utility payment(s)", nullptr, count(d.utilities.size())),
        tr("%n loan(s)", nullptr, count(d.loans.size())), tr("%n guarantee(s)", nullptr, count(d.guarantees.size())),
        tr("%n risk warning(s)", nullptr, count(d.warnings.size())) };
    m_summary->setText(lines.join(u'\n'));
    setIdle(tr("%1 Check the summary, then deliver.").arg(source));
}

void DeliverPartDialog::deliver()
{
    if (m_part.isEmpty() || m_status.isBusy())
        return;
    auto readers = m_desk.deliverPart(m_order, m_part);
    if (!readers) {
        setIdle(tr("The part was not sent: %1").arg(readers.error().message), true);
        return;
    }
    setBusy(tr("Encrypting the part for the lead bureau, your bureau and %n regulator(s), storing it and anchoring "
               "its hash on chain…",
        nullptr, *readers - 2));
}

} // namespace credit::ui
