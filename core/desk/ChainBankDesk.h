// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/MarketClient.h"
#include "desk/BankDesk.h"

#include <functional>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

class DeskSession;
class TransactionTracker;

//! BankDesk on a signed-in session: reads from its verified store, sends
//! through its chain worker, follows every transaction with one tracker.
class ChainBankDesk final : public BankDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainBankDesk)
public:
    //! session must outlive the desk.
    explicit ChainBankDesk(DeskSession &session, QObject *parent = nullptr);

    Result<quint64> placeOrder(const OrderDraft &draft) override;
    QList<PendingOrder> pendingOrders() const override { return m_pending; }
    void forgetStored(const QSet<quint64> &stored) override;
    void openReport(quint64 orderId) override;
    void cancelOrder(quint64 orderId) override;
    void confirmReceipt(quint64 orderId) override;
    void raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason) override;
    bool isBusy(quint64 orderId) const override;

private:
    Result<quint64> freshOrderId();
    Result<ReportReference> reportReference(quint64 orderId, QByteArray *reportDocument);
    qsizetype indexOfPending(quint64 orderId) const;
    void onSent(quint64 orderId, const QByteArray &txHash);
    void onFailed(quint64 orderId, const Error &error);
    void onConfirmed(quint64 orderId, quint64 block, bool succeeded);
    //! Sends one of the bank's order transactions through the tracker.
    void send(quint64 orderId, std::function<Result<market::Outcome>(market::MarketSession &)> job);

    DeskSession &m_session;
    TransactionTracker *m_tracker; // child
    QList<PendingOrder> m_pending;
};

} // namespace credit::desk
