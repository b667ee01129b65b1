// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bank/OrderDraft.h"
#include "common/Result.h"
#include "orders/PendingOrder.h"

#include <QObject>
#include <QSet>

namespace credit::ui {

class TerminalContext;
struct PlacedOrder;

//! The orders this terminal is placing: each is submitted on the chain
//! worker (seal, upload, placeOrder), shown at once as pending, and marked
//! confirmed when the light node verifies its block. Outlives the dialog
//! that asked, so closing the dialog never loses an order in flight.
class PendingOrders final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingOrders)
public:
    explicit PendingOrders(TerminalContext &context, QObject *parent = nullptr);

    //! Builds the request (fresh order id, readers from the verified store)
    //! and starts sending it; the new order's id, or why it cannot start.
    Result<quint64> submit(const OrderDraft &draft);
    QList<PendingOrder> orders() const { return m_orders; }
    //! Drops orders the store now shows (ids in `stored`) once they are no longer being sent.
    void forgetStored(const QSet<quint64> &stored);

Q_SIGNALS:
    void changed();
    //! The node executed the order's placeOrder (it awaits a verified block now).
    void sent(quint64 orderId, const QByteArray &txHash);
    //! The order could not be placed; message says what to do.
    void failed(quint64 orderId, const QString &message);
    //! A verified block has the order.
    void confirmed(quint64 orderId, quint64 block);

private:
    Result<quint64> freshOrderId() const;
    void onFinished(quint64 orderId, const Result<PlacedOrder> &result);
    void onConfirmed(const QByteArray &txHash, quint64 block, bool succeeded);
    qsizetype indexOf(quint64 orderId) const;

    TerminalContext &m_context;
    QList<PendingOrder> m_orders;
};

} // namespace credit::ui
