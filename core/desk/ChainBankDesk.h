// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/CancelToken.h"
#include "chain/MarketClient.h"
#include "desk/BankDesk.h"
#include "desk/WorkerPool.h"

#include <QHash>

#include <functional>
#include <memory>

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
    //! Stops reading enterprises at once (the read in flight ends on its worker).
    ~ChainBankDesk() override;

    Result<quint64> placeOrder(const OrderDraft &draft) override;
    QList<PendingOrder> pendingOrders() const override { return m_pending; }
    void forgetStored(const QSet<quint64> &stored) override;
    void openReport(quint64 orderId) override;
    void cancelOrder(quint64 orderId) override;
    void confirmReceipt(quint64 orderId) override;
    void raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason) override;
    bool isBusy(quint64 orderId) const override;
    void openEnterprises(const QList<quint64> &orderIds) override;

private:
    struct Enterprise {
        QString name;
        QString code;
    };

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
    //! Enterprises read this session: in memory only, gone with the desk (lock, sign-out).
    QHash<quint64, Enterprise> m_enterprises;
    QSet<quint64> m_openingEnterprises; // asked of the worker, not answered yet
    std::shared_ptr<chain::CancelToken> m_closed = std::make_shared<chain::CancelToken>();
    //! Its own thread: the chain worker's sends never wait behind a list of decryptions.
    WorkerPool m_enterprisePool { 1 };
};

} // namespace credit::desk
