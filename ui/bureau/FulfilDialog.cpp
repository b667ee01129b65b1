// SPDX-License-Identifier: Apache-2.0
#include "bureau/FulfilDialog.h"

#include "bureau/ReportDelivery.h"
#include "bureau/ReportSource.h"
#include "bureau/TransactionTracker.h"
#include "session/TerminalContext.h"
#include "viewer/ReportViewer.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::ui {

FulfilDialog::FulfilDialog(TerminalContext &context, TransactionTracker &tracker, store::OrderSummary order,
                           market::OrderRequest request, QWidget *parent)
    : QDialog(parent), m_context(context), m_tracker(tracker), m_order(std::move(order)), m_request(std::move(request))
{
    setObjectName(QStringLiteral("fulfilDialog"));
    setWindowTitle(tr("Fulfil order %1 — %2").arg(m_order.orderId).arg(m_request.enterpriseName));
    buildLayout();
    connect(&m_tracker, &TransactionTracker::sent, this, [this](quint64 id, const QByteArray &, quint64 block) {
        if (id != m_order.orderId)
            return;
        setIdle(tr("Delivered in block %1.").arg(block));
        Q_EMIT delivered(id);
        accept();
    });
    connect(&m_tracker, &TransactionTracker::failed, this, [this](quint64 id, const QString &message) {
        if (id == m_order.orderId)
            setIdle(message, true);
    });
    setIdle(tr("Attach the report from your systems, or generate one from the built-in template."));
}

void FulfilDialog::buildLayout()
{
    m_attach = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Attach PDF…"), this);
    m_attach->setObjectName(QStringLiteral("attachReportButton"));
    m_generate = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Generate from template"), this);
    m_generate->setObjectName(QStringLiteral("generateReportButton"));
    m_deliver = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Deliver"), this);
    m_deliver->setObjectName(QStringLiteral("deliverReportButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("fulfilCloseButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fulfilProgress"));
    m_progress->setRange(0, 0);  // the writer reports no steps: a busy indicator
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fulfilStatusLabel"));
    m_status->setWordWrap(true);
    m_preview = new ReportViewer(this);
    m_preview->setObjectName(QStringLiteral("fulfilPreview"));
    connect(m_attach, &QPushButton::clicked, this, &FulfilDialog::chooseFile);
    connect(m_generate, &QPushButton::clicked, this, &FulfilDialog::generate);
    connect(m_deliver, &QPushButton::clicked, this, &FulfilDialog::deliver);
    connect(m_close, &QPushButton::clicked, this, &FulfilDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_attach);
    bar->addWidget(m_generate);
    bar->addStretch();
    bar->addWidget(m_deliver);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_preview, 1);
    resize(900, 700);
}

void FulfilDialog::setBusy(const QString &text)
{
    m_busy = true;
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_progress->show();
    for (QPushButton *b : {m_attach, m_generate, m_deliver})
        b->setEnabled(false);
}

void FulfilDialog::setIdle(const QString &text, bool error)
{
    m_busy = false;
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
    m_progress->hide();
    m_attach->setEnabled(true);
    m_generate->setEnabled(true);
    m_deliver->setEnabled(!m_pdf.isEmpty() && !m_tracker.isPending(m_order.orderId));
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
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<QByteArray> pdf = watcher->result();
        if (!pdf)
            setIdle(pdf.error().message, true);
        else
            takePdf(*pdf, tr("Attached %1.").arg(path));
    });
    watcher->setFuture(QtConcurrent::run([path] { return ReportSource::readPdfFile(path); }));
}

void FulfilDialog::generate()
{
    setBusy(tr("Generating the report for %1…").arg(m_request.enterpriseName));
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QByteArray> pdf = watcher->result();
        if (!pdf)
            setIdle(tr("The report could not be generated: %1").arg(pdf.error().message), true);
        else
            takePdf(*pdf, tr("Generated from the built-in template."));
    });
    const market::OrderRequest request = m_request;
    const QString bureau = bureauName();
    const QDateTime now = QDateTime::currentDateTime();
    watcher->setFuture(QtConcurrent::run([request, bureau, now] { return ReportSource::generate(request, bureau, now); }));
}

void FulfilDialog::takePdf(const QByteArray &pdf, const QString &source)
{
    if (auto shown = m_preview->setPdf(pdf); !shown) {
        setIdle(tr("The PDF cannot be previewed: %1").arg(shown.error().message), true);
        return;
    }
    m_pdf = pdf;
    setIdle(tr("%1 %n page(s); check the preview, then deliver.", nullptr, m_preview->pageCount()).arg(source));
}

QString FulfilDialog::bureauName() const
{
    if (store::LightStore *reader = m_context.reader())
        if (auto all = store::MarketQueries(reader->database()).institutions())
            for (const store::InstitutionInfo &i : std::as_const(*all))
                if (i.account == m_context.account())
                    return i.name;
    return m_order.bureauName;
}

Result<QList<QByteArray>> FulfilDialog::readers() const
{
    store::LightStore *reader = m_context.reader();
    if (!reader)
        return makeError(ErrorKind::NotFound, tr("the local store is not ready yet; wait for the first sync"));
    auto all = store::MarketQueries(reader->database()).institutions();
    if (!all)
        return all.error();
    QList<QByteArray> accounts{m_order.bank};
    for (const store::InstitutionInfo &i : std::as_const(*all))
        if (i.role == market::Role::Regulator && i.active)
            accounts << i.account;
    return accounts;
}

void FulfilDialog::deliver()
{
    if (m_pdf.isEmpty() || m_busy)
        return;
    auto accounts = readers();
    if (!accounts) {
        setIdle(tr("The readers of the report cannot be determined: %1").arg(accounts.error().message), true);
        return;
    }
    ReportDelivery::Plan plan{m_order.orderId, m_pdf, *accounts};
    setBusy(tr("Encrypting the report for the bank, your bureau and %n regulator(s), storing it and anchoring its "
               "hash on chain…",
               nullptr, static_cast<int>(accounts->size() - 1)));
    if (!m_tracker.submit(m_order.orderId,
                          [plan](market::MarketSession &s) { return ReportDelivery::deliver(s, plan); }))
        setIdle(tr("A transaction for this order is still pending; wait for it to be confirmed."), true);
}

} // namespace credit::ui
