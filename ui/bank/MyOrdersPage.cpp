// SPDX-License-Identifier: Apache-2.0
#include "bank/MyOrdersPage.h"
#include "icons/ActionIcons.h"
#include "common/EmptyListNotice.h"
#include "common/ListActions.h"
#include "common/PageSearch.h"

#include "bank/DisputeDialog.h"
#include "bank/LoanBookDialog.h"
#include "bank/PlaceOrderDialog.h"
#include "common/FileChooser.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrderFilterProxy.h"
#include "orders/OrderIdCopy.h"
#include "orders/OrdersModel.h"
#include "orders/ReportDialog.h"
#include "viewer/StructuredDataView.h"
#include "desk/BankDesk.h"
#include "desk/MarketReader.h"
#include "market/MarketRecords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {
using market::OrderState;
constexpr int kTickMs = 30 * 1000; // SLA countdowns move by the minute
} // namespace

MyOrdersPage::MyOrdersPage(desk::MarketReader &reader, desk::BankDesk &desk, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_clock(clock), m_model(new OrdersModel(clock, this)),
      m_proxy(new OrderFilterProxy(this)), m_stateFilter(new QComboBox(this)),
      m_overdueOnly(new QCheckBox(tr("Overdue only"), this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_details(new OrderDetailsPanel(this)), m_message(new QLabel(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("myOrdersPage"));
    m_proxy->setSourceModel(m_model);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    const QList<std::pair<QString, QList<OrderState>>> filters { { tr("All orders"), {} },
        { tr("Open (placed or accepted)"), { OrderState::Placed, OrderState::Accepted } },
        { tr("Delivered, to confirm"), { OrderState::Delivered } }, { tr("Completed"), { OrderState::Completed } },
        { tr("Disputed or resolved"), { OrderState::Disputed, OrderState::Resolved } },
        { tr("Rejected or cancelled"), { OrderState::Rejected, OrderState::Cancelled } } };
    for (const auto &[label, states] : filters) {
        QVariantList numbers;
        for (const OrderState s : states)
            numbers << static_cast<int>(s);
        m_stateFilter->addItem(label, numbers);
    }
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Search order id, enterprise, credit code, product or bureau"));
    m_search->setClearButtonEnabled(true);
    markPageSearch(m_search);
    auto *newOrder = new QPushButton(themedIcon(QStringLiteral("document-new")), tr("New order…"), this);
    newOrder->setObjectName(QStringLiteral("newOrderButton"));
    newOrder->setShortcut(QKeySequence::New);
    auto *loanBook = new QPushButton(tr("Re-query loan book…"), this);
    loanBook->setObjectName(QStringLiteral("loanBookButton"));
    loanBook->setToolTip(tr("Order one product for every enterprise of a loan book (CSV), each with its recorded "
                            "authorisation"));
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrdersModel::Placed, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    OrderIdCopy::attach(m_table);
    m_details->setBankActionsEnabled(true);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MyOrdersPage::applyStateFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, m_proxy, &OrderFilterProxy::setOverdueOnly);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &OrderFilterProxy::setSearchText);
    connect(newOrder, &QPushButton::clicked, this, [this] { placeOrder(); });
    connect(loanBook, &QPushButton::clicked, this, &MyOrdersPage::chooseLoanBook);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyOrdersPage::showSelected);
    connect(&m_reader, &desk::MarketReader::blocksCommitted, this, &MyOrdersPage::update);
    connect(&m_desk, &desk::BankDesk::pendingChanged, this, [this] {
        const quint64 selected = selectedOrder();
        m_model->setPending(m_desk.pendingOrders());
        selectOrder(selected);
        openEnterprises();
    });
    connect(&m_desk, &desk::BankDesk::enterpriseOpened, m_model, &OrdersModel::setEnterprise);
    connect(&m_desk, &desk::BankDesk::enterpriseFailed, m_model, &OrdersModel::setEnterpriseUnreadable);
    // The confirming block is stored by now: the store's row takes over from the local one.
    connect(&m_desk, &desk::BankDesk::orderConfirmed, this, [this](quint64 orderId) { takeStored(orderId); });
    connect(&m_desk, &desk::BankDesk::orderFailed, this, [this](quint64 orderId, const QString &message) {
        showMessage(tr("Order %1 was not placed: %2").arg(orderId).arg(message));
    });
    connect(m_tick, &QTimer::timeout, m_model, &OrdersModel::tick);
    m_tick->start(kTickMs);

    connect(m_details, &OrderDetailsPanel::viewReportRequested, this, [this](quint64 orderId) {
        m_details->setBusy(true, tr("Fetching and decrypting the report…"));
        m_desk.openReport(orderId);
    });
    connect(m_details, &OrderDetailsPanel::confirmReceiptRequested, this, &MyOrdersPage::askConfirmReceipt);
    connect(m_details, &OrderDetailsPanel::cancelRequested, this, &MyOrdersPage::askCancel);
    connect(m_details, &OrderDetailsPanel::disputeRequested, this, &MyOrdersPage::askDispute);
    connect(&m_desk, &desk::BankDesk::reportOpened, this,
        [this](quint64 orderId, const QByteArray &pdf, const desk::ReportReference &reference) {
            // An earlier report asked for by a report window's comparison goes there, not to a new window.
            if (const QPointer<StructuredDataView> view = m_comparing.take(orderId); view) {
                view->compareWithPdf(pdf, tr("the report of order %1").arg(orderId));
                return;
            }
            m_details->setBusy(false);
            auto *dialog = new ReportDialog(pdf, reference, this, m_clock);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (StructuredDataView *structured = dialog->structuredData())
                offerComparison(*structured, orderId);
            dialog->open();
        });
    connect(&m_desk, &desk::BankDesk::actionSent, this, [this](quint64 orderId, const QByteArray &) {
        m_details->setBusy(false, tr("Sent. Order %1 changes once its block is verified.").arg(orderId));
    });
    connect(&m_desk, &desk::BankDesk::actionFailed, this, [this](quint64 orderId, const QString &message) {
        if (const QPointer<StructuredDataView> view = m_comparing.take(orderId); view) {
            view->compareFailed(message);
            return;
        }
        m_details->setBusy(false, message);
    });

    m_empty = new EmptyListNotice(m_table, tr("No orders yet — place one from the Product catalogue."));
    m_empty->setFilters(m_search, tr("No orders match “%1”."), tr("No orders match the chosen filters."), [this] {
        m_stateFilter->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
    });

    // What the officer does above what narrows the list: the search keeps the row's whole width
    // (its hint names everything it looks at, in both languages).
    auto *actions = new QHBoxLayout;
    actions->addWidget(newOrder);
    actions->addWidget(loanBook);
    actions->addStretch();
    auto *listActions = new ListActions(m_table, tr("My orders"), this);
    actions->addWidget(listActions->countLabel());
    actions->addWidget(listActions->exportButton());
    actions->addWidget(listActions->printButton());
    auto *filters_ = new QHBoxLayout;
    filters_->addWidget(m_stateFilter);
    filters_->addWidget(m_overdueOnly);
    filters_->addWidget(m_search, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters_);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    refresh();
}

void MyOrdersPage::offerComparison(StructuredDataView &view, quint64 orderId)
{
    QList<EarlierReport> earlier;
    for (const market::OrderSummary &o : m_model->otherReportsOnSameEnterprise(orderId))
        earlier << EarlierReport { o.orderId,
            tr("Order %1 · %2 · %3")
                .arg(o.orderId)
                .arg(o.productName,
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(o.updatedAtMs)).toString(u"yyyy-MM-dd"_s)) };
    view.setEarlierReports(earlier);
    connect(&view, &StructuredDataView::earlierReportWanted, this, [this, target = QPointer(&view)](quint64 id) {
        m_comparing.insert(id, target);
        m_desk.openReport(id);
    });
}

void MyOrdersPage::applyStateFilter()
{
    QList<OrderState> states;
    for (const QVariant &n : m_stateFilter->currentData().toList())
        states << static_cast<OrderState>(n.toInt());
    m_proxy->setStates(states);
}

void MyOrdersPage::refresh()
{
    if (!m_reader.isReady())
        return; // the node has not created its store yet; the first commit brings us back
    market::OrderFilter mine;
    mine.bank = m_reader.self();
    auto orders = m_reader.orders(mine);
    if (!orders) {
        showMessage(tr("Your orders could not be read from the local store: %1").arg(orders.error().message));
        return;
    }
    QSet<quint64> stored;
    for (const market::OrderSummary &o : std::as_const(*orders))
        stored.insert(o.orderId);
    const quint64 selected = selectedOrder();
    m_model->setOrders(std::move(*orders));
    m_desk.forgetStored(stored);
    m_refreshed = true;
    selectOrder(selected);
    m_model->retryUnreadableEnterprises(); // a full re-read tries the requests that failed again
    openEnterprises();
}

void MyOrdersPage::openEnterprises()
{
    if (const QList<quint64> ids = m_model->takeEnterprisesToOpen(); !ids.isEmpty())
        m_desk.openEnterprises(ids);
}

void MyOrdersPage::update(quint64 from, quint64)
{
    if (!m_refreshed)
        return refresh(); // nothing shown yet: read everything once
    market::OrderFilter mine;
    mine.bank = m_reader.self();
    mine.changedSinceBlock = from;
    takeChanged(mine);
}

void MyOrdersPage::takeStored(quint64 orderId)
{
    if (!m_refreshed)
        return refresh();
    market::OrderFilter one;
    one.bank = m_reader.self();
    one.orderId = orderId;
    takeChanged(one);
}

void MyOrdersPage::takeChanged(const market::OrderFilter &filter)
{
    auto changed = m_reader.orders(filter);
    if (!changed) {
        showMessage(tr("Your orders could not be read from the local store: %1").arg(changed.error().message));
        return;
    }
    if (changed->isEmpty())
        return;
    QSet<quint64> ids;
    for (const market::OrderSummary &o : std::as_const(*changed))
        ids.insert(o.orderId);
    const quint64 selected = selectedOrder();
    m_model->updateOrders(*changed);
    m_desk.forgetStored(ids);
    openEnterprises();
    // New orders reset the rows (the selection with them); a changed one has a new timeline and actions.
    if (selected != 0 && (ids.contains(selected) || selectedOrder() != selected))
        selectOrder(selected);
}

quint64 MyOrdersPage::selectedOrder() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(OrdersModel::kOrderIdRole).toULongLong() : 0;
}

void MyOrdersPage::selectOrder(quint64 orderId)
{
    const int row = orderId ? m_model->rowOf(orderId) : -1;
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

void MyOrdersPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid() || !m_reader.isReady()) {
        m_details->clear();
        return;
    }
    const market::OrderSummary order = m_model->order(current.row());
    if (m_model->isPending(current.row())) {
        m_details->showPending(order);
        return;
    }
    if (auto shown = m_details->showOrderFrom(m_reader, order); !shown)
        showMessage(shown.error().message);
}

void MyOrdersPage::placeOrder(quint64 productId)
{
    auto products = m_reader.products();
    if (!products || products->isEmpty()) {
        showMessage(tr("No products are known yet. Wait for the chain to be read, then try again."));
        return;
    }
    auto *dialog = new PlaceOrderDialog(m_desk, std::move(*products), productId, this, m_clock, m_authorisations);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaceOrderDialog::orderSent, this, &MyOrdersPage::selectOrder);
    dialog->open();
}

void MyOrdersPage::chooseLoanBook()
{
    chooseFile(this,
        { tr("Re-query a loan book: choose its CSV file"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("CSV files (*.csv);;All files (*)"),
            QFileDialog::AcceptOpen },
        [this](const QString &path) { requeryLoanBook(path); });
}

LoanBookDialog *MyOrdersPage::requeryLoanBook(const QString &path)
{
    auto products = m_reader.products();
    if (!products || products->isEmpty()) {
        showMessage(tr("No products are known yet. Wait for the chain to be read, then try again."));
        return nullptr;
    }
    if (!m_authorisations)
        return nullptr; // the page was built without the bank's authorisations (page tests)
    auto *dialog = new LoanBookDialog(m_desk, *m_authorisations, *products, path, this, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MyOrdersPage::askConfirmReceipt(quint64 orderId)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm receipt"),
        tr("Confirm that you received the report of order %1? This completes the order on "
           "chain; a dispute is then still possible.")
            .arg(orderId),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmReceiptBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, orderId] {
        m_details->setBusy(true, tr("Signing and sending the confirmation…"));
        m_desk.confirmReceipt(orderId);
    });
    box->open();
}

void MyOrdersPage::askCancel(quint64 orderId)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel order"),
        tr("Cancel order %1? The bureau has not accepted it yet; once cancelled it cannot be reopened, and a new "
           "order is needed.")
            .arg(orderId),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelOrderBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, orderId] {
        m_details->setBusy(true, tr("Signing and sending the cancellation…"));
        m_desk.cancelOrder(orderId);
    });
    box->open();
}

void MyOrdersPage::askDispute(quint64 orderId)
{
    auto institutions = m_reader.institutions();
    QList<market::InstitutionInfo> mediators;
    for (const market::InstitutionInfo &i : institutions ? *institutions : QList<market::InstitutionInfo> {})
        if (i.role == market::Role::Mediator && i.active)
            mediators << i;
    if (mediators.isEmpty()) {
        showMessage(tr("No active mediation organisation is registered on this chain."));
        return;
    }
    auto *dialog = new DisputeDialog(orderId, mediators, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId] {
        m_details->setBusy(true, tr("Sealing copies for the mediator and sending the dispute…"));
        m_desk.raiseDispute(orderId, dialog->mediator(), dialog->reason());
    });
    dialog->open();
}

void MyOrdersPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace credit::ui
