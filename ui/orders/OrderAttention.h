// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace credit::ui {

class OrderTableModel;

//! What on one order list needs the user: the orders in the states that wait for
//! them (the bureau's new orders, the bank's delivered reports) and those whose SLA
//! deadline is near. Recounted whenever the list changes (blocks, the minute tick).
//!
//! Only what happens while the desk is open is announced: orders that were already
//! waiting at sign-in, or that the first sync brings in with old chain times, are
//! counted but not announced one by one.
class OrderAttention final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderAttention)
public:
    //! model must outlive this.
    OrderAttention(const OrderTableModel &model, QList<market::OrderState> waitingStates, QObject *parent = nullptr);

    int waiting() const { return int(m_waiting.size()); }

Q_SIGNALS:
    //! The number of waiting orders changed (for the sidebar's count).
    void waitingChanged(int count);
    //! Orders that started waiting since the desk opened (chain time after that).
    void arrived(const QList<quint64> &orderIds);
    //! An order's deadline came within OrderTableModel::kDueSoonMs (once per order).
    void dueSoon(quint64 orderId, qint64 msLeft);

private:
    void scheduleRecount();
    void recount();

    const OrderTableModel &m_model;
    QList<market::OrderState> m_states;
    quint64 m_openedAtMs;
    QSet<quint64> m_waiting;
    QSet<quint64> m_warned;
    bool m_scheduled = false;
};

} // namespace credit::ui
