// SPDX-License-Identifier: Apache-2.0
// The bank's use-cases, as the screens (and tests' fakes) see them.
#pragma once

#include "common/Result.h"
#include "desk/OrderDraft.h"
#include "desk/PendingOrder.h"
#include "desk/ReportExport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace credit::desk {

//! What a bank loan officer does on the chain: place or cancel an order, open a
//! delivered report, confirm its receipt, raise a dispute. Every call returns
//! at once; the work runs on the session's chain worker and its outcome comes
//! back as a signal on the caller's (GUI) thread. Orders being placed are kept
//! here, not in a dialog, so closing a window never loses one in flight.
class BankDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankDesk)
public:
    using QObject::QObject;
    ~BankDesk() override = default;

    //! Builds the request (fresh order id; readers: the bank, the bureau and
    //! every regulator, keys from verified blocks) and starts placing it: the
    //! new order's id, or why it cannot start (nothing was sent then).
    virtual Result<quint64> placeOrder(const OrderDraft &draft) = 0;
    //! Orders placed here that the verified store does not show yet, newest first.
    virtual QList<PendingOrder> pendingOrders() const = 0;
    //! Drops pending orders the store now shows (ids in `stored`) once no longer being sent.
    virtual void forgetStored(const QSet<quint64> &stored) = 0;

    //! Fetches, checks (SM3 against the chain) and decrypts the order's report: reportOpened or actionFailed.
    virtual void openReport(quint64 orderId) = 0;
    //! Withdraws an order the bureau has not accepted yet (Placed): actionSent, then
    //! actionConfirmed; or actionFailed.
    virtual void cancelOrder(quint64 orderId) = 0;
    //! Sends confirmReceipt: actionSent, then actionConfirmed; or actionFailed.
    virtual void confirmReceipt(quint64 orderId) = 0;
    //! Copies the order's documents for `mediator` and sends raiseDispute: actionSent, actionConfirmed; or
    //! actionFailed.
    virtual void raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason) = 0;
    //! True while a transaction for the order is being sent or awaits its verified block.
    virtual bool isBusy(quint64 orderId) const = 0;
    //! Reads the enterprise (name, credit code) of each of the bank's orders from the
    //! request the bank sealed to itself, off the GUI thread, in the order given:
    //! enterpriseOpened or enterpriseFailed per order as each is known. Names already
    //! read this session (kept in memory only) answer at once; orders being read are not read twice.
    virtual void openEnterprises(const QList<quint64> &orderIds) = 0;

Q_SIGNALS:
    //! pendingOrders() changed.
    void pendingChanged();
    //! The node executed the order's placeOrder (it awaits a verified block now).
    void orderSent(quint64 orderId, const QByteArray &txHash);
    //! The order could not be placed; message says what to do.
    void orderFailed(quint64 orderId, const QString &message);
    //! A verified block has the order.
    void orderConfirmed(quint64 orderId, quint64 block);

    //! The decrypted report, its SM3 checked against the chain.
    void reportOpened(quint64 orderId, const QByteArray &pdf, const credit::desk::ReportReference &reference);
    //! A confirmation or dispute was executed (it shows in the timeline once its block is verified).
    void actionSent(quint64 orderId, const QByteArray &txHash);
    //! A verified block holds it; succeeded false when its receipt failed.
    void actionConfirmed(quint64 orderId, quint64 block, bool succeeded);
    //! An action failed; message says what happened and what to do.
    void actionFailed(quint64 orderId, const QString &message);
    //! The enterprise an order is about, from its decrypted request.
    void enterpriseOpened(quint64 orderId, const QString &name, const QString &creditCode);
    //! The order's request could not be opened; message says why.
    void enterpriseFailed(quint64 orderId, const QString &message);
};

} // namespace credit::desk
