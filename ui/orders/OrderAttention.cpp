// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderAttention.h"

#include "orders/OrderTableModel.h"

namespace credit::ui {

OrderAttention::OrderAttention(const OrderTableModel &model, QList<market::OrderState> waitingStates, QObject *parent)
    : QObject(parent), m_model(model), m_states(std::move(waitingStates)), m_openedAtMs(quint64(model.nowMs()))
{
    connect(&model, &QAbstractItemModel::modelReset, this, &OrderAttention::scheduleRecount);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &OrderAttention::scheduleRecount);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &OrderAttention::scheduleRecount);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &OrderAttention::scheduleRecount);
    connect(&model, &QAbstractItemModel::dataChanged, this, &OrderAttention::scheduleRecount);
    recount();
}

void OrderAttention::scheduleRecount()
{
    // A block changes rows one by one: count once, after the last.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &OrderAttention::recount, Qt::QueuedConnection);
}

void OrderAttention::recount()
{
    m_scheduled = false;
    QSet<quint64> waiting;
    QList<quint64> arrivals;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const market::OrderSummary &o = m_model.order(row);
        if (m_model.data(m_model.index(row, 0), OrderTableModel::kPendingRole).toBool())
            continue; // our own order being placed: nothing to tell us about
        const bool ours = !m_model.waitsOnOthers(row);
        if (ours && m_states.contains(o.state)) {
            waiting.insert(o.orderId);
            if (!m_waiting.contains(o.orderId) && o.updatedAtMs >= m_openedAtMs)
                arrivals << o.orderId;
        }
        if (ours && m_model.isDueSoon(o) && !m_warned.contains(o.orderId)) {
            m_warned.insert(o.orderId);
            Q_EMIT dueSoon(o.orderId, *m_model.slaRemaining(o));
        }
    }
    const bool changed = waiting != m_waiting;
    m_waiting = std::move(waiting);
    if (changed)
        Q_EMIT waitingChanged(int(m_waiting.size()));
    if (!arrivals.isEmpty())
        Q_EMIT arrived(arrivals);
}

} // namespace credit::ui
