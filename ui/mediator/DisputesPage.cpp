// SPDX-License-Identifier: Apache-2.0
#include "mediator/DisputesPage.h"
#include "common/ListActions.h"
#include "common/PageSearch.h"

#include "bureau/InboxOrderPane.h"
#include "desk/ActionError.h"
#include "desk/MarketReader.h"
#include "desk/MediatorDesk.h"
#include "mediator/DisputesModel.h"
#include "mediator/ResolveDisputeDialog.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/ReportDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace credit::ui {

DisputesPage::DisputesPage(desk::MarketReader &reader, desk::MediatorDesk &desk, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_clock(clock), m_model(new DisputesModel(clock, this)),
      m_stageFilter(new QSortFilterProxyModel(this)), m_search(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("disputesPage"));
    m_stageFilter->setSourceModel(m_model);
    m_stageFilter->setFilterRole(DisputesModel::kStageRole);
    m_search->setSourceModel(m_stageFilter);
    m_search->setFilterRole(DisputesModel::kSearchRole);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setSortRole(DisputesModel::kSortRole);
    buildLayout();

    connect(&m_reader, &desk::MarketReader::blocksCommitted, this, &DisputesPage::refresh);
    connect(&m_desk, &desk::MediatorDesk::caseOpened, this, [this](const desk::DisputeCaseFiles &files) {
        m_opening.remove(files.orderId);
        m_cases.insert(files.orderId, files);
        if (files.orderId == m_shown)
            showCase(files);
    });
    connect(&m_desk, &desk::MediatorDesk::caseFailed, this, [this](quint64 orderId, const QString &message) {
        m_opening.remove(orderId); // asked again when the dispute is chosen again
        if (orderId == m_shown) {
            m_request->setRequestError(message);
            m_reportStatus->setText(message);
        }
    });
    desk::TransactionTracker &tracker = m_desk.transactions();
    connect(&tracker, &desk::TransactionTracker::sent, this, [this](quint64 id, const QByteArray &, quint64 block) {
        showMessage(tr("Order %1: the resolution was sent, in block %2. It is final when the light node has verified "
                       "that block.")
                        .arg(id)
                        .arg(block));
    });
    connect(&tracker, &desk::TransactionTracker::confirmed, this, [this](quint64 id, quint64 block, bool succeeded) {
        showMessage(succeeded
                ? tr("Order %1: the resolution is recorded in verified block %2; the bank and the bureau see it now.")
                      .arg(id)
                      .arg(block)
                : tr("Order %1: block %2 records the resolution as failed. Nothing changed; try again.")
                      .arg(id)
                      .arg(block),
            !succeeded);
        updateButtons();
    });
    connect(&tracker, &desk::TransactionTracker::failed, this, [this](quint64 id, const Error &error) {
        showMessage(tr("Order %1: %2").arg(id).arg(desk::describeActionError(error)), true);
        updateButtons();
    });
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, m_model, &DisputesModel::tick);
    tick->start();
    refresh();
}

void DisputesPage::buildLayout()
{
    m_resolve = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveDisputeButton"));
    m_viewReport = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("View report"), this);
    m_viewReport->setObjectName(QStringLiteral("viewDisputedReportButton"));
    connect(m_resolve, &QPushButton::clicked, this, &DisputesPage::resolveDispute);
    connect(m_viewReport, &QPushButton::clicked, this, &DisputesPage::viewReport);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("disputeStageFilter"));
    m_stage->addItem(tr("Open disputes"), QStringLiteral("open"));
    m_stage->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_stage->addItem(tr("All disputes"), QString());
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const QString stage = m_stage->currentData().toString();
        m_stageFilter->setFilterRegularExpression(stage.isEmpty() ? QString() : QStringLiteral("^%1$").arg(stage));
        updateButtons();
    });
    m_stageFilter->setFilterRegularExpression(QStringLiteral("^open$"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("disputeSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    markPageSearch(m_searchEdit);
    m_searchEdit->setPlaceholderText(tr("Search order, bank, bureau, product, reason"));
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_search->setFilterFixedString(text.trimmed());
        updateButtons();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("disputesTable"));
    m_table->setModel(m_search);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The reason is the bank's own words, of any length: it wraps in the room the
    // fitted columns leave, and its row grows to show all of it.
    m_table->horizontalHeader()->setSectionResizeMode(DisputesModel::Reason, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DisputesPage::onSelectionChanged);

    m_timeline = new OrderDetailsPanel(this);

    m_request = new InboxOrderPane(m_clock, this);
    m_reportStatus = new QLabel(this);
    m_reportStatus->setObjectName(QStringLiteral("disputedReportStatus"));
    m_reportStatus->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("disputesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("disputesCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_resolve);
    bar->addWidget(m_viewReport);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_stage);
    bar->addWidget(m_searchEdit, 1);
    auto *listActions = new ListActions(m_table, tr("Disputes"), this);
    bar->addWidget(listActions->exportButton());
    bar->addWidget(listActions->printButton());
    auto *casePane = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePane);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(m_request, 1);
    caseLayout->addWidget(m_reportStatus);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_timeline);
    details->addWidget(casePane);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("disputesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    updateButtons();
}

void DisputesPage::refresh()
{
    if (!m_reader.isReady())
        return;
    auto disputes = m_reader.disputes(m_reader.self());
    if (!disputes) {
        showMessage(tr("The local store cannot be read: %1").arg(disputes.error().message), true);
        return;
    }
    const quint64 shown = m_shown;
    m_refreshing = true;
    m_model->setDisputes(std::move(*disputes));
    if (!m_sized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents(); // once: later the user's widths stay
        m_sized = true;
    }
    const int row = m_model->rowOf(shown);
    const QModelIndex at
        = row < 0 ? QModelIndex() : m_search->mapFromSource(m_stageFilter->mapFromSource(m_model->index(row, 0)));
    if (at.isValid())
        m_table->selectRow(at.row());
    m_refreshing = false;
    // The shown dispute stays shown (its new steps too) even when it has just
    // left the filter, e.g. resolved while "Open disputes" is chosen.
    if (row >= 0)
        showDispute(m_model->dispute(row));
    updateButtons();
}

bool DisputesPage::selectDispute(quint64 orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return false;
    auto at = [this, row] { return m_search->mapFromSource(m_stageFilter->mapFromSource(m_model->index(row, 0))); };
    if (!at().isValid()) {
        m_stage->setCurrentIndex(m_stage->findData(QString()));
        m_searchEdit->clear();
    }
    m_table->selectRow(at().row());
    return true;
}

int DisputesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_stageFilter->mapToSource(m_search->mapToSource(rows.first())).row();
}

void DisputesPage::onSelectionChanged()
{
    if (m_refreshing)
        return;
    const int row = selectedRow();
    if (row < 0) {
        m_shown = 0;
        m_timeline->clear();
        m_request->clear();
        m_reportStatus->clear();
        updateButtons();
        return;
    }
    showDispute(m_model->dispute(row));
}

void DisputesPage::showDispute(const market::DisputeInfo &dispute)
{
    const quint64 orderId = dispute.order.orderId;
    const bool newlyShown = orderId != m_shown;
    m_shown = orderId;
    if (auto shown = m_timeline->showOrderFrom(m_reader, dispute.order); !shown) {
        showMessage(tr("The local store cannot be read: %1").arg(shown.error().message), true);
        return;
    }
    if (newlyShown) {
        m_request->showOrder(dispute.order);
        if (const auto it = m_cases.constFind(orderId); it != m_cases.cend()) {
            showCase(*it);
        } else {
            m_reportStatus->setText(tr("Opening what the dispute's grant shares with you…"));
            if (!m_opening.contains(orderId)) {
                m_opening.insert(orderId);
                m_desk.openCase(orderId);
            }
        }
    }
    updateButtons();
}

void DisputesPage::showCase(const desk::DisputeCaseFiles &files)
{
    if (files.request)
        m_request->setRequest(*files.request);
    else
        m_request->setRequestError(files.requestProblem);
    m_reportStatus->setText(files.reportPdf.isEmpty()
            ? files.reportProblem
            : tr("The report's copy matches the hash the bureau recorded on chain (block %1).")
                  .arg(files.report.block));
    updateButtons();
}

void DisputesPage::updateButtons()
{
    const int row = m_model->rowOf(m_shown);
    const market::DisputeInfo *dispute = row >= 0 ? &m_model->dispute(row) : nullptr;
    const bool free = dispute && !m_desk.transactions().isPending(dispute->order.orderId);
    m_resolve->setEnabled(
        free && dispute->resolution.isEmpty() && dispute->order.state == market::OrderState::Disputed);
    m_viewReport->setEnabled(dispute && !m_cases.value(dispute->order.orderId).reportPdf.isEmpty());
    const int shown = m_search->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n dispute(s)", nullptr, all) : tr("%1 of %2 disputes").arg(shown).arg(all));
}

void DisputesPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void DisputesPage::resolveDispute()
{
    if (m_shown == 0 || !m_resolve->isEnabled())
        return;
    const quint64 orderId = m_shown;
    auto *dialog = new ResolveDisputeDialog(orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId] {
        if (m_desk.resolveDispute(orderId, dialog->resolution()))
            showMessage(tr("Order %1: sending the resolution…").arg(orderId));
        else
            showMessage(
                tr("Order %1: a transaction for it is still pending; wait for it to be confirmed.").arg(orderId), true);
        updateButtons();
    });
    dialog->open();
}

void DisputesPage::viewReport()
{
    const desk::DisputeCaseFiles files = m_cases.value(m_shown);
    if (files.reportPdf.isEmpty())
        return;
    auto *dialog = new ReportDialog(files.reportPdf, files.report, this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace credit::ui
