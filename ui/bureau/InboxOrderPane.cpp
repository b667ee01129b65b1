// SPDX-License-Identifier: Apache-2.0
#include "bureau/InboxOrderPane.h"

#include "common/Clock.h"

#include "bureau/AuthorisationLetterView.h"
#include "market/OrderDeadline.h"
#include "orders/OrderText.h"
#include "common/HexText.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace credit::ui {

InboxOrderPane::InboxOrderPane(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_chainFacts(new QLabel(this)), m_status(new QLabel(this)),
      m_enterprise(addField("enterpriseNameLabel")), m_code(addField("enterpriseCodeLabel")),
      m_purpose(addField("purposeLabel")), m_requester(addField("requestBankLabel")),
      m_letter(new AuthorisationLetterView(this)), m_clock(clock)
{
    setObjectName(QStringLiteral("inboxOrderPane"));
    m_title->setObjectName(QStringLiteral("orderTitleLabel"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_chainFacts->setObjectName(QStringLiteral("orderChainFactsLabel"));
    m_chainFacts->setWordWrap(true);
    m_chainFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("requestStatusLabel"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Enterprise"), m_enterprise);
    form->addRow(tr("Unified social credit code"), m_code);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Requested by"), m_requester);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_chainFacts);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_letter, 1);
    clear();
}

QLabel *InboxOrderPane::addField(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void InboxOrderPane::clear()
{
    m_title->setText(tr("Choose an order."));
    m_chainFacts->clear();
    m_status->clear();
    for (QLabel *l : { m_enterprise, m_code, m_purpose, m_requester })
        l->clear();
    m_letter->clear();
}

void InboxOrderPane::showOrder(const market::OrderSummary &order)
{
    clear();
    m_title->setText(tr("Order %1 — %2").arg(order.orderId).arg(OrderText::state(order.state)));
    // The deadline the bank sees too: from acceptance once accepted (core/market/OrderDeadline).
    const auto due = market::OrderDeadline::of(order.state, order.placedAtMs, order.updatedAtMs, order.slaHours);
    // One clock: the user's local time, as in every table and timeline (OrderText::time).
    const QString deadline = due ? OrderText::time(due->dueAtMs) : QStringLiteral("—");
    m_chainFacts->setText(tr("Product: %1. Bank: %2. Placed %3; report due %4 (SLA %5 h). Last change in block %6, "
                             "transaction %7.")
                              .arg(order.productName, order.bankName, OrderText::time(order.placedAtMs), deadline)
                              .arg(order.slaHours)
                              .arg(order.block)
                              .arg(prefixedHexText(order.tx)));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Decrypting the request…"));
}

void InboxOrderPane::setRequest(const market::OrderRequest &request)
{
    // requestedAt is the bank's own words inside the signed request, written in China time.
    m_status->setText(tr("Request decrypted (the bank wrote it at %1, China time).").arg(request.requestedAt));
    m_enterprise->setText(request.enterpriseName);
    m_code->setText(request.enterpriseCode);
    m_purpose->setText(request.purpose);
    m_requester->setText(tr("%1 (%2)").arg(request.bankName, request.bankCode));
    m_letter->setLetter(request.authorisation, AuthorisationLetterView::chinaToday(m_clock));
}

void InboxOrderPane::setRequestError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

} // namespace credit::ui
