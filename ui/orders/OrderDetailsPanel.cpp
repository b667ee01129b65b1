// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderDetailsPanel.h"
#include "common/HexText.h"
#include "icons/ActionIcons.h"

#include "desk/MarketReader.h"
#include "market/OrderRequest.h"
#include "orders/OrderText.h"
#include "orders/OrderTimelineModel.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace credit::ui {

OrderDetailsPanel::OrderDetailsPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_status(new QLabel(this)), m_authorisation(new QLabel(this)),
      m_parts(new QLabel(this)), m_timeline(new OrderTimelineModel(this)), m_table(new QTableView(this)),
      m_copyProof(new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("Copy proof"), this)),
      m_exportEvidence(new QPushButton(themedIcon(QStringLiteral("document-save")), tr("Export evidence pack…"), this)),
      m_viewReport(new QPushButton(themedIcon(QStringLiteral("document-open")), tr("View report"), this)),
      m_confirmReceipt(new QPushButton(themedIcon(QStringLiteral("dialog-ok")), tr("Confirm receipt"), this)),
      m_cancelOrder(new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("Cancel order…"), this)),
      m_raiseDispute(new QPushButton(themedIcon(QStringLiteral("dialog-warning")), tr("Raise dispute…"), this))
{
    setObjectName(QStringLiteral("orderDetailsPanel"));
    m_header->setObjectName(QStringLiteral("orderHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_authorisation->setObjectName(QStringLiteral("orderAuthorisation"));
    m_authorisation->setTextFormat(Qt::PlainText);
    m_authorisation->setWordWrap(true);
    m_authorisation->hide();
    m_parts->setObjectName(QStringLiteral("orderParts"));
    m_parts->setTextFormat(Qt::PlainText);
    m_parts->setWordWrap(true);
    m_parts->hide();
    m_status->setObjectName(QStringLiteral("orderActionStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("orderTimeline"));
    m_table->setModel(m_timeline);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("Copy proof"), m_table);
    copy->setObjectName(QStringLiteral("copyProofAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &OrderDetailsPanel::copySelectedProof);
    m_copyProof->setObjectName(QStringLiteral("copyProofButton"));
    m_exportEvidence->setObjectName(QStringLiteral("exportEvidenceButton"));
    m_exportEvidence->setToolTip(tr("A file anyone can check offline that proves every step of this order, with a "
                                    "PDF certificate beside it"));
    connect(m_exportEvidence, &QPushButton::clicked, this, [this] { Q_EMIT evidenceRequested(m_orderId); });
    m_viewReport->setObjectName(QStringLiteral("viewReportButton"));
    m_confirmReceipt->setObjectName(QStringLiteral("confirmReceiptButton"));
    m_raiseDispute->setObjectName(QStringLiteral("raiseDisputeButton"));
    m_cancelOrder->setObjectName(QStringLiteral("cancelOrderButton"));
    connect(m_cancelOrder, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_orderId); });
    connect(m_copyProof, &QPushButton::clicked, this, &OrderDetailsPanel::copySelectedProof);
    connect(m_viewReport, &QPushButton::clicked, this, [this] { Q_EMIT viewReportRequested(m_orderId); });
    connect(m_confirmReceipt, &QPushButton::clicked, this, [this] { Q_EMIT confirmReceiptRequested(m_orderId); });
    connect(m_raiseDispute, &QPushButton::clicked, this, [this] { Q_EMIT disputeRequested(m_orderId); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyProof);
    buttons->addWidget(m_exportEvidence);
    buttons->addStretch();
    buttons->addWidget(m_viewReport);
    buttons->addWidget(m_cancelOrder);
    buttons->addWidget(m_confirmReceipt);
    buttons->addWidget(m_raiseDispute);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_authorisation);
    layout->addWidget(m_parts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    clear();
}

void OrderDetailsPanel::showOrder(
    const market::OrderSummary &order, QList<market::OrderEventInfo> events, QHash<quint64, market::BlockSeal> seals)
{
    m_orderId = order.orderId;
    m_state = order.state;
    m_hasReport = std::any_of(
        events.cbegin(), events.cend(), [](const market::OrderEventInfo &e) { return e.event == u"ReportDelivered"; });
    m_header->setText(
        tr("Order %1 · %2 · %3 · %4")
            .arg(QString::number(order.orderId), order.productName, order.bureauName, OrderText::state(order.state)));
    m_authorisation->hide(); // until showAuthorisation says which, if any
    m_parts->hide(); // until showParts, for a 链融 order
    m_timeline->setEvents(std::move(events), std::move(seals));
    m_table->resizeColumnsToContents();
    // A long reason or report hash must not push the block, transaction and
    // proof out of sight; the whole text is in the cell's tooltip.
    const int whatWidth = fontMetrics().averageCharWidth() * 36; // at 1280×800 the proof column fits beside it
    if (m_table->columnWidth(OrderTimelineModel::What) > whatWidth)
        m_table->setColumnWidth(OrderTimelineModel::What, whatWidth);
    updateActions();
}

Result<void> OrderDetailsPanel::showOrderFrom(desk::MarketReader &reader, const market::OrderSummary &order)
{
    auto events = reader.timeline(order.orderId);
    if (!events)
        return events.error();
    QList<quint64> blocks;
    for (const market::OrderEventInfo &e : std::as_const(*events))
        blocks << e.block;
    auto seals = reader.seals(blocks);
    showOrder(order, std::move(*events), seals ? std::move(*seals) : QHash<quint64, market::BlockSeal> {});
    if (order.isJoint()) {
        auto parts = reader.orderParts(order.orderId);
        if (!parts)
            return parts.error();
        showParts(order, *parts);
    }
    auto authorisation = reader.authorisationOfOrder(order.orderId);
    if (!authorisation)
        return authorisation.error();
    showAuthorisation(*authorisation, static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()));
    return {};
}

void OrderDetailsPanel::showParts(const market::OrderSummary &order, const QList<market::OrderPartInfo> &parts)
{
    if (parts.isEmpty()) {
        m_parts->hide();
        return;
    }
    const auto delivered
        = std::count_if(parts.cbegin(), parts.cend(), [](const market::OrderPartInfo &p) { return p.delivered(); });
    QStringList lines;
    lines << tr("Joint report (链融): %1 leads and fuses the parts of %n partner bureau(s); %2 delivered.", nullptr,
        static_cast<int>(parts.size()))
                 .arg(order.bureauName.isEmpty() ? prefixedHexText(order.bureau) : order.bureauName)
                 .arg(delivered);
    for (const market::OrderPartInfo &p : parts) {
        const QString name = p.bureauName.isEmpty() ? prefixedHexText(p.bureau) : p.bureauName;
        lines << (p.delivered() ? tr("· %1: part delivered in block %2, %3")
                                      .arg(name)
                                      .arg(p.block)
                                      .arg(OrderText::time(p.deliveredAtMs))
                                : tr("· %1: part awaited").arg(name));
    }
    m_parts->setText(lines.join(u'\n'));
    m_parts->show();
}

void OrderDetailsPanel::showAuthorisation(const std::optional<market::AuthorisationInfo> &a, quint64 nowMs)
{
    if (!a) {
        m_authorisation->hide();
        return;
    }
    // Days in China time, as the letter states them (the last valid day is the one before validUntil).
    const QString from = market::chinaTime(static_cast<qint64>(a->validFromMs), false);
    const QString until = market::chinaTime(static_cast<qint64>(a->validUntilMs) - 1, false);
    QString text = tr("Placed with authorisation %1 (valid %2 to %3, used by %n order(s))", nullptr, int(a->uses))
                       .arg(a->authorisationId)
                       .arg(from, until);
    if (a->revoked)
        text += u' '
            + tr("· revoked on %1: %2")
                  .arg(market::chinaTime(static_cast<qint64>(a->revokedAtMs), false), a->revokeReason);
    else if (nowMs >= a->validUntilMs)
        text += u' ' + tr("· expired");
    m_authorisation->setText(text);
    m_authorisation->setToolTip(
        tr("Purpose: %1\nLetter SM3: %2").arg(a->purpose, QString::fromLatin1(a->letterHash.toHex())));
    m_authorisation->show();
}

void OrderDetailsPanel::showPending(const market::OrderSummary &order)
{
    m_orderId = order.orderId;
    m_state = market::OrderState::None;
    m_hasReport = false;
    m_header->setText(tr("Order %1 · %2 · %3 · waiting for a verified block")
                          .arg(QString::number(order.orderId), order.productName, order.bureauName));
    m_timeline->setEvents({}, {});
    updateActions();
}

void OrderDetailsPanel::clear()
{
    m_orderId = 0;
    m_state = market::OrderState::None;
    m_hasReport = false;
    m_header->setText(tr("Choose an order to see its timeline."));
    m_authorisation->hide();
    m_parts->hide();
    m_timeline->setEvents({}, {});
    setBusy(false);
}

void OrderDetailsPanel::setBankActionsEnabled(bool enabled)
{
    m_bankActions = enabled;
    updateActions();
}

void OrderDetailsPanel::setEvidenceEnabled(bool enabled)
{
    m_evidence = enabled;
    updateActions();
}

void OrderDetailsPanel::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    updateActions();
}

QString OrderDetailsPanel::proofOf(int row) const
{
    return m_timeline->index(row, 0).data(OrderTimelineModel::kProofRole).toString();
}

void OrderDetailsPanel::copySelectedProof()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? m_timeline->rowCount() - 1 : rows.first().row();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(proofOf(row));
    m_status->setText(tr("Copied: %1").arg(proofOf(row)));
    m_status->setVisible(true);
}

void OrderDetailsPanel::updateActions()
{
    using market::OrderState;
    m_viewReport->setVisible(m_bankActions && m_hasReport);
    m_confirmReceipt->setVisible(m_bankActions && m_state == OrderState::Delivered);
    m_raiseDispute->setVisible(m_bankActions && m_state == OrderState::Delivered);
    // Only until the bureau accepts (the contract's rule), and not for a row still being placed.
    m_cancelOrder->setVisible(m_bankActions && m_state == OrderState::Placed);
    for (QPushButton *b : { m_viewReport, m_confirmReceipt, m_raiseDispute, m_cancelOrder })
        b->setEnabled(!m_busy);
    m_copyProof->setEnabled(m_timeline->rowCount() > 0);
    m_exportEvidence->setVisible(m_evidence);
    m_exportEvidence->setEnabled(m_timeline->rowCount() > 0); // a verified order, not one still being placed
}

} // namespace credit::ui
