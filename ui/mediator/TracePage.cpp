// SPDX-License-Identifier: Apache-2.0
#include "mediator/TracePage.h"
#include "common/PageSearch.h"

#include "desk/MarketReader.h"
#include "desk/MediatorDesk.h"
#include "mediator/TraceResultsModel.h"
#include "orders/OrderDetailsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace credit::ui {

TracePage::TracePage(desk::MarketReader &reader, desk::MediatorDesk &desk, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_desk(desk), m_results(new TraceResultsModel(clock, this)),
      m_query(new QLineEdit(this)),
      m_find(new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Trace"), this)),
      m_table(new QTableView(this)), m_details(new OrderDetailsPanel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("tracePage"));
    m_query->setObjectName(QStringLiteral("traceQuery"));
    markPageSearch(m_query);
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Order id, transaction hash (0x…), or the enterprise's credit code or name"));
    m_find->setObjectName(QStringLiteral("traceButton"));
    m_find->setDefault(true);
    auto *verify
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Verify evidence pack…"), this);
    verify->setObjectName(QStringLiteral("verifyEvidenceButton"));
    connect(m_query, &QLineEdit::returnPressed, this, [this] { trace(m_query->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { trace(m_query->text()); });
    connect(verify, &QPushButton::clicked, this, &TracePage::verifyEvidenceRequested);

    m_table->setObjectName(QStringLiteral("traceResults"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TraceResultsModel::Product, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TracePage::onSelectionChanged);
    m_message->setObjectName(QStringLiteral("traceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(&m_desk, &desk::MediatorDesk::enterpriseSearched, this,
        [this](const QString &text, const QList<quint64> &ids, const QString &problem) {
            if (text != m_pendingEnterprise)
                return; // an older search
            m_pendingEnterprise.clear();
            m_find->setEnabled(true);
            showResults(ids,
                tr("by enterprise, among the orders whose request a dispute shares with you. Other orders' "
                   "private fields are never read."));
            if (!problem.isEmpty())
                showMessage(m_message->text() + QLatin1Char('\n') + problem, true);
        });
    connect(&m_reader, &desk::MarketReader::blocksCommitted, this, &TracePage::refreshShown);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_query, 1);
    bar->addWidget(m_find);
    bar->addWidget(verify);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    showMessage(tr("Trace any order on the chain by its id or by the hash of one of its transactions."));
}

void TracePage::trace(const QString &input)
{
    const QString text = input.trimmed();
    if (m_query->text() != input)
        m_query->setText(input);
    if (text.isEmpty())
        return;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    static const QRegularExpression txHash(QStringLiteral("^(0[xX])?[0-9a-fA-F]{64}$"));
    if (txHash.match(text).hasMatch()) {
        const QByteArray hash = QByteArray::fromHex(text.right(64).toLatin1());
        auto ids = m_reader.ordersOfTransaction(hash);
        if (!ids)
            return showMessage(tr("The local store cannot be read: %1").arg(ids.error().message), true);
        return showResults(*ids, tr("by transaction hash."));
    }
    if (digits.match(text).hasMatch()) {
        bool ok = false;
        const quint64 id = text.toULongLong(&ok);
        market::OrderFilter filter;
        filter.orderId = id;
        auto found = ok ? m_reader.orders(filter) : Result<QList<market::OrderSummary>>(QList<market::OrderSummary> {});
        if (!found)
            return showMessage(tr("The local store cannot be read: %1").arg(found.error().message), true);
        // An 18-digit credit code is all digits too: look for the enterprise when no order has that id.
        if (!found->isEmpty() || text.size() != 18)
            return showResults(found->isEmpty() ? QList<quint64> {} : QList<quint64> { id }, tr("by order id."));
    }
    m_pendingEnterprise = text;
    m_find->setEnabled(false);
    showMessage(tr("Searching the requests shared with you for “%1”…").arg(text));
    m_desk.findByEnterprise(text);
}

void TracePage::showResults(const QList<quint64> &orderIds, const QString &how)
{
    QList<market::OrderSummary> orders;
    for (const quint64 id : orderIds) {
        market::OrderFilter filter;
        filter.orderId = id;
        auto found = m_reader.orders(filter);
        if (!found)
            return showMessage(tr("The local store cannot be read: %1").arg(found.error().message), true);
        orders << *found;
    }
    m_results->setOrders(orders);
    m_table->resizeColumnsToContents();
    if (orders.isEmpty()) {
        m_details->clear();
        showMessage(tr("No verified order found %1").arg(how), true);
        return;
    }
    showMessage(tr("%n order(s) found %1", nullptr, static_cast<int>(orders.size())).arg(how));
    m_table->selectRow(0);
}

quint64 TracePage::shownOrder() const
{
    return m_details->orderId();
}

void TracePage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const market::OrderSummary order = m_results->order(rows.first().row());
    if (auto shown = m_details->showOrderFrom(m_reader, order); !shown) {
        showMessage(tr("The local store cannot be read: %1").arg(shown.error().message), true);
        return;
    }
}

void TracePage::refreshShown()
{
    // A new block may add a step to the shown order (a resolution, a confirmation).
    const quint64 shown = shownOrder();
    if (shown == 0)
        return;
    market::OrderFilter filter;
    filter.orderId = shown;
    auto found = m_reader.orders(filter);
    if (found && !found->isEmpty()) {
        m_results->updateOrders(*found);
        onSelectionChanged();
    }
}

void TracePage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

} // namespace credit::ui
