// SPDX-License-Identifier: Apache-2.0
#include "session/DeskAttention.h"

#include "main/MainWindow.h"
#include "orders/OrderAttention.h"
#include "orders/OrderTableModel.h"
#include "orders/OrderText.h"

namespace credit::ui {

namespace {
QList<market::OrderState> statesFor(DeskAttention::Waiting waiting)
{
    return waiting == DeskAttention::Waiting::NewOrders ? QList { market::OrderState::Placed }
                                                        : QList { market::OrderState::Delivered };
}
} // namespace

DeskAttention::DeskAttention(
    MainWindow &window, PageId page, const OrderTableModel &model, Waiting waiting, QObject *parent)
    : QObject(parent), m_window(window), m_waiting(waiting),
      m_attention(new OrderAttention(model, statesFor(waiting), this))
{
    connect(m_attention, &OrderAttention::waitingChanged, this,
        [this, page](int count) { m_window.setPageCount(page, count); });
    connect(m_attention, &OrderAttention::arrived, this, &DeskAttention::announceArrivals);
    // The deadline is the bureau's to keep: the bank sees it in amber, the bureau is told.
    if (waiting == Waiting::NewOrders)
        connect(m_attention, &OrderAttention::dueSoon, this, &DeskAttention::announceDueSoon);
    m_window.setPageCount(page, m_attention->waiting());
}

void DeskAttention::announceArrivals(const QList<quint64> &orderIds)
{
    const bool one = orderIds.size() == 1;
    if (m_waiting == Waiting::NewOrders)
        m_window.notify(tr("New orders"),
            one ? tr("Order %1 is waiting for you to accept or reject it.").arg(orderIds.first())
                : tr("%1 new orders are waiting for you to accept or reject them.").arg(orderIds.size()));
    else
        m_window.notify(tr("Reports delivered"),
            one ? tr("The report of order %1 was delivered: read it and confirm receipt.").arg(orderIds.first())
                : tr("%1 reports were delivered: read them and confirm receipt.").arg(orderIds.size()));
}

void DeskAttention::announceDueSoon(quint64 orderId, qint64 msLeft)
{
    m_window.notify(tr("Deadline near"),
        tr("Order %1 is due in %2 (service-level deadline).").arg(orderId).arg(OrderText::duration(msLeft)));
}

} // namespace credit::ui
