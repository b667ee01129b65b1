// SPDX-License-Identifier: Apache-2.0
// The credit bureau's use-cases, as the screens (and tests' fakes) see them.
#pragma once

#include "common/Result.h"
#include "desk/TransactionTracker.h"
#include "market/MarketCalls.h"
#include "market/MarketRecords.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace credit::desk {

//! 链融: one partner bureau's part of an order, as the lead bureau opened it.
struct OpenedPart {
    QByteArray bureau; //!< the partner, 20 bytes
    QString bureauName;
    QByteArray content; //!< the part's plaintext (report data, JSON); its SM3 is the hash on chain
};

//! What bureau staff do on the chain: list, update and delist products;
//! open an order's request, accept, reject and deliver its report. Every call
//! returns at once; sends run on the session's chain worker and are followed
//! by the two trackers (keyed by order id and by product id), whose signals
//! the screens watch. A call that returns false sent nothing because a
//! transaction for the same order or product is still pending.
class BureauDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BureauDesk)
public:
    using QObject::QObject;
    ~BureauDesk() override = default;

    //! Accept, reject and deliver, keyed by order id.
    virtual TransactionTracker &orderTransactions() = 0;
    //! List, update and delist, keyed by product id.
    virtual TransactionTracker &productTransactions() = 0;

    //! Fetches and decrypts the order's request (its name from verified
    //! blocks; checked to name this order): requestOpened or requestFailed.
    virtual void openRequest(quint64 orderId) = 0;
    virtual bool acceptOrder(quint64 orderId) = 0;
    virtual bool rejectOrder(quint64 orderId, const QString &reason) = 0;
    //! Seals the PDF for the order's readers (its bank, this bureau, every
    //! regulator: keys from verified blocks), stores it and anchors its hashes:
    //! how many readers it is sealed for, or why nothing was sent.
    virtual Result<int> deliverReport(const market::OrderSummary &order, const QByteArray &pdf) = 0;
    //! 链融, as a partner bureau of the order: seals the part (report data,
    //! JSON) for the lead bureau, this bureau and every regulator, stores it and
    //! anchors its hashes (deliverPart): how many readers it is sealed for, or
    //! why nothing was sent. Tracked by orderTransactions like the others.
    virtual Result<int> deliverPart(const market::OrderSummary &order, const QByteArray &part) = 0;
    //! 链融, as the lead bureau: fetches and opens every delivered part of the
    //! order, each checked against its SM3 on chain: partsOpened or partsFailed.
    virtual void openParts(quint64 orderId) = 0;

    virtual bool listProduct(const market::calls::ProductListing &listing) = 0;
    //! Changes price, SLA and description (the contract keeps the rest).
    virtual bool updateProduct(const market::calls::ProductListing &listing) = 0;
    virtual bool delistProduct(quint64 productId) = 0;

Q_SIGNALS:
    void requestOpened(quint64 orderId, const credit::market::OrderRequest &request);
    void requestFailed(quint64 orderId, const QString &message);
    void partsOpened(quint64 orderId, const QList<credit::desk::OpenedPart> &parts);
    void partsFailed(quint64 orderId, const QString &message);
};

} // namespace credit::desk
