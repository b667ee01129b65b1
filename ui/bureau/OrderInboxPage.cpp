// SPDX-License-Identifier: Apache-2.0
#include "bureau/OrderInboxPage.h"
#include "common/EmptyListNotice.h"
#include "common/ListActions.h"

#include "bureau/DeliverPartDialog.h"
#include "bureau/FulfilDialog.h"
#include "bureau/InboxOrderPane.h"
#include "bureau/OrderInboxModel.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderIdCopy.h"
#include "orders/OrderText.h"
#include "bureau/RejectOrderDialog.h"
#include "desk/ActionError.h"
#include "desk/BureauDesk.h"
#include "desk/MarketReader.h"
#include "market/MarketRecords.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace credit::ui {

OrderInboxPage::OrderInboxPage(desk::MarketReader &reader, desk::BureauDesk &desk, chain::NetworkProfile network,
    const Clock &clock, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_network(std::move(network)), m_clock(clock),
      m_tracker(&desk.orderTransactions()), m_model(new OrderInboxModel(clock, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("orderInboxPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrderInboxModel::kSortRole);
    m_proxy->setFilterRole(OrderInboxModel::kStateRole);
    m_proxy->setFilterKeyColumn(OrderInboxModel::State);
    buildLayout();

    connect(&m_reader, &desk::MarketReader::blocksCommitted, this, &OrderInboxPage::update);
    connect(&m_desk, &desk::BureauDesk::requestOpened, this, [this](quint64 id, const market::OrderRequest &request) {
        m_loading.remove(id);
        m_requests.insert(id, request);
        if (id == m_shown)
            m_pane->setRequest(request);
        updateButtons();
    });
    connect(&m_desk, &desk::BureauDesk::requestFailed, this, [this](quint64 id, const QString &message) {
        m_loading.remove(id); // asked again when the order is chosen again or the chain moves
        if (id == m_shown)
            m_pane->setRequestError(message);
    });
    connect(m_tracker, &desk::TransactionTracker::sent, this, [this](quint64 id, const QByteArray &, quint64 block) {
        showMessage(tr("Order %1: sent, in block %2. It is confirmed when the light node has verified that block.")
                        .arg(id)
                        .arg(block));
    });
    connect(m_tracker, &desk::TransactionTracker::confirmed, this, [this](quint64 id, quint64, bool succeeded) {
        m_model->setActionText(id, {}); // the commit of its block updated the row (update())
        updateButtons(); // free for the next action
        showMessage(succeeded ? tr("Order %1: confirmed in a verified block.").arg(id)
                              : tr("Order %1: the chain recorded the transaction as failed.").arg(id),
            !succeeded);
    });
    connect(m_tracker, &desk::TransactionTracker::failed, this, [this](quint64 id, const Error &error) {
        m_model->setActionText(id, {});
        showMessage(tr("Order %1: %2").arg(id).arg(desk::describeActionError(error)), true);
        updateButtons();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, m_model, &OrderTableModel::tick);
    m_tick->start();
    refresh();
}

void OrderInboxPage::buildLayout()
{
    m_accept = new QPushButton(style()->standardIcon(QStyle::SP_DialogYesButton), tr("Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptOrderButton"));
    m_accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reject = new QPushButton(style()->standardIcon(QStyle::SP_DialogNoButton), tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectOrderButton"));
    m_fulfil = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Fulfil…"), this);
    m_fulfil->setObjectName(QStringLiteral("fulfilOrderButton"));
    m_deliverPart = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("Deliver our part…"), this);
    m_deliverPart->setObjectName(QStringLiteral("deliverPartButton"));
    m_deliverPart->setToolTip(tr("链融: this order is for another bureau's joint product; deliver your bureau's part "
                                 "for the lead bureau to fuse."));
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("orderStateFilter"));
    m_stateFilter->addItem(tr("All orders"), 0);
    for (int s = static_cast<int>(market::OrderState::Placed); s <= static_cast<int>(market::OrderState::Resolved); ++s)
        m_stateFilter->addItem(OrderText::state(static_cast<market::OrderState>(s)), s);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setFilterRegularExpression(state == 0 ? QString() : QStringLiteral("^%1$").arg(state));
    });
    connect(m_accept, &QPushButton::clicked, this, &OrderInboxPage::acceptOrder);
    connect(m_reject, &QPushButton::clicked, this, &OrderInboxPage::rejectOrder);
    connect(m_fulfil, &QPushButton::clicked, this, &OrderInboxPage::fulfilOrder);
    connect(m_deliverPart, &QPushButton::clicked, this, &OrderInboxPage::deliverPart);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orderInboxTable"));
    m_table->setModel(m_proxy);
    // No sort column: the model's order (new first, newest first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(OrderInboxModel::Product, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    OrderIdCopy::attach(m_table);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderInboxPage::onSelectionChanged);
    auto *empty = new EmptyListNotice(m_table, tr("No orders yet — banks' orders for your products arrive here."));
    empty->setFilters([this] { return tr("No orders in the state “%1”.").arg(m_stateFilter->currentText()); },
        [this] { m_stateFilter->setCurrentIndex(0); });

    m_pane = new InboxOrderPane(m_clock, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orderInboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_accept);
    bar->addWidget(m_reject);
    bar->addWidget(m_fulfil);
    bar->addWidget(m_deliverPart);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_stateFilter);
    auto *listActions = new ListActions(m_table, tr("Order inbox"), this);
    bar->addWidget(listActions->countLabel());
    bar->addWidget(listActions->exportButton());
    bar->addWidget(listActions->printButton());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("orderInboxSplitter"));
    splitter->addWidget(m_table);
    // The request (what only the parties read) and the order's timeline with
    // its proofs (where a mediator's resolution shows), side by side as tabs.
    m_timeline = new OrderDetailsPanel(this);
    auto *details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("inboxOrderTabs"));
    details->addTab(m_pane, tr("Request"));
    details->addTab(m_timeline, tr("Timeline and proofs"));
    splitter->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    updateButtons();
}

void OrderInboxPage::refresh()
{
    if (!m_reader.isReady())
        return;
    market::OrderFilter filter;
    filter.bureau = m_reader.self();
    filter.partner = m_reader.self(); // and the 链融 orders in which this bureau owes a part
    auto orders = m_reader.orders(filter);
    if (!orders) {
        showMessage(tr("The local store cannot be read: %1").arg(orders.error().message), true);
        return;
    }
    const quint64 shown = m_shown;
    m_model->setSelf(m_reader.self());
    m_ownPartsDelivered.clear();
    readOwnParts(*orders);
    m_model->setOrders(std::move(*orders));
    m_refreshed = true;
    // Keep the chosen order chosen across refreshes (its state may just have changed).
    if (const int row = m_model->rowOf(shown); shown != 0 && row >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
        if (at.isValid())
            m_table->selectRow(at.row());
    }
    updateButtons();
}

void OrderInboxPage::update(quint64 from, quint64)
{
    if (!m_refreshed)
        return refresh(); // nothing shown yet: read everything once
    market::OrderFilter filter;
    filter.bureau = m_reader.self();
    filter.partner = m_reader.self();
    filter.changedSinceBlock = from;
    auto changed = m_reader.orders(filter);
    if (!changed) {
        showMessage(tr("The local store cannot be read: %1").arg(changed.error().message), true);
        return;
    }
    if (changed->isEmpty())
        return;
    readOwnParts(*changed);
    const quint64 shown = m_shown;
    m_model->updateOrders(*changed);
    // New orders reset the rows: the chosen order stays chosen.
    if (shown != 0 && selectedRow() < 0)
        selectOrder(shown);
    // The shown order may have changed state: its pane and buttons follow.
    for (const market::OrderSummary &o : std::as_const(*changed))
        if (o.orderId == shown)
            onSelectionChanged();
    updateButtons();
}

bool OrderInboxPage::selectOrder(quint64 orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return false;
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid()) {
        m_stateFilter->setCurrentIndex(0);
        at = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectRow(at.row());
    return true;
}

int OrderInboxPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void OrderInboxPage::onSelectionChanged()
{
    const int row = selectedRow();
    if (row < 0) {
        m_shown = 0;
        m_pane->clear();
        m_timeline->clear();
        updateButtons();
        return;
    }
    const market::OrderSummary &order = m_model->order(row);
    m_shown = order.orderId;
    m_pane->showOrder(order);
    showTimeline(order);
    if (const auto it = m_requests.constFind(order.orderId); it != m_requests.cend()) {
        m_pane->setRequest(*it);
    } else if (!m_loading.contains(order.orderId)) {
        m_loading.insert(order.orderId);
        m_desk.openRequest(order.orderId);
    }
    updateButtons();
}

void OrderInboxPage::showTimeline(const market::OrderSummary &order)
{
    if (auto shown = m_timeline->showOrderFrom(m_reader, order); !shown) {
        showMessage(tr("The local store cannot be read: %1").arg(shown.error().message), true);
        return;
    }
}

void OrderInboxPage::updateButtons()
{
    const int row = selectedRow();
    const market::OrderSummary *order = row >= 0 ? &m_model->order(row) : nullptr;
    const bool free = order && !m_tracker->isPending(order->orderId);
    // 链融: a partner delivers its part; accepting, rejecting and fulfilling are the lead bureau's.
    const bool partner = row >= 0 && m_model->isPartnerRow(row);
    const bool lead = free && !partner;
    const bool accepted = order && order->state == market::OrderState::Accepted;
    const bool requestOpen = order && m_requests.contains(order->orderId);
    m_accept->setEnabled(lead && order->state == market::OrderState::Placed);
    m_reject->setEnabled(lead && order->state == market::OrderState::Placed);
    m_fulfil->setEnabled(lead && accepted && requestOpen && order->allPartsDelivered());
    m_fulfil->setToolTip(lead && accepted && !order->allPartsDelivered()
            ? tr("Waiting for the partner bureaus' parts: %1 of %2 delivered. The report is fused when every part "
                 "is in.")
                  .arg(order->partsDelivered)
                  .arg(order->partsExpected)
            : QString());
    // The lead's actions or the partner's, never both: the bar keeps its width.
    for (QPushButton *leadAction : { m_accept, m_reject, m_fulfil })
        leadAction->setVisible(!partner);
    m_deliverPart->setVisible(partner);
    m_deliverPart->setEnabled(
        free && partner && accepted && requestOpen && !m_ownPartsDelivered.contains(order->orderId));
}

void OrderInboxPage::readOwnParts(const QList<market::OrderSummary> &orders)
{
    // Read with this bureau as the filter's partner: each row says whether its part is in.
    for (const market::OrderSummary &o : orders)
        if (o.bureau != m_reader.self() && o.partnerPartDelivered)
            m_ownPartsDelivered.insert(o.orderId);
    m_model->setOwnPartsDelivered(m_ownPartsDelivered);
}

QString OrderInboxPage::selfName() const
{
    if (auto self = m_reader.institution(m_reader.self()); self && self->has_value())
        return (*self)->name;
    return QString();
}

void OrderInboxPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void OrderInboxPage::acceptOrder()
{
    const int row = selectedRow();
    if (row < 0 || !m_accept->isEnabled())
        return;
    const quint64 id = m_model->order(row).orderId;
    if (m_desk.acceptOrder(id))
        m_model->setActionText(id, tr("Accepting…"));
    updateButtons();
}

void OrderInboxPage::rejectOrder()
{
    const int row = selectedRow();
    if (row < 0 || !m_reject->isEnabled())
        return;
    const quint64 id = m_model->order(row).orderId;
    auto *dialog = new RejectOrderDialog(id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString reason = dialog->reason();
        if (m_desk.rejectOrder(id, reason))
            m_model->setActionText(id, tr("Rejecting…"));
        updateButtons();
    });
    dialog->open();
}

void OrderInboxPage::deliverPart()
{
    const int row = selectedRow();
    if (row < 0 || !m_deliverPart->isEnabled())
        return;
    const market::OrderSummary order = m_model->order(row);
    auto *dialog
        = new DeliverPartDialog(m_desk, m_network, order, m_requests.value(order.orderId), selfName(), this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeliverPartDialog::delivered, this, [this](quint64 id) {
        m_model->setActionText(id, tr("Delivering our part…"));
        updateButtons();
    });
    dialog->open();
}

void OrderInboxPage::fulfilOrder()
{
    const int row = selectedRow();
    if (row < 0 || !m_fulfil->isEnabled())
        return;
    const market::OrderSummary order = m_model->order(row);
    auto *dialog = new FulfilDialog(m_reader, m_desk, m_network, order, m_requests.value(order.orderId), this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FulfilDialog::delivered, this, [this](quint64 id) {
        m_model->setActionText(id, tr("Delivering…"));
        updateButtons();
    });
    dialog->open();
}

} // namespace credit::ui
