// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Sm2Key.h"
#include "desk/BureauDesk.h"

#include <functional>

namespace credit::market {
class MarketSession;
}

namespace credit::store {
class Database;
}

namespace credit::desk {

class DeskSession;

//! BureauDesk on a signed-in session: reads from its verified store, sends
//! through its chain worker.
class ChainBureauDesk final : public BureauDesk {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainBureauDesk)
public:
    //! session must outlive the desk.
    explicit ChainBureauDesk(DeskSession &session, QObject *parent = nullptr);

    TransactionTracker &orderTransactions() override { return *m_orders; }
    TransactionTracker &productTransactions() override { return *m_products; }
    void openRequest(quint64 orderId) override;
    bool acceptOrder(quint64 orderId) override;
    bool rejectOrder(quint64 orderId, const QString &reason) override;
    Result<int> deliverReport(const market::OrderSummary &order, const QByteArray &pdf) override;
    Result<int> deliverPart(const market::OrderSummary &order, const QByteArray &part) override;
    void openParts(quint64 orderId) override;
    bool listProduct(const market::calls::ProductListing &listing) override;
    bool updateProduct(const market::calls::ProductListing &listing) override;
    bool delistProduct(quint64 productId) override;

private:
    using Job = std::function<Result<market::Outcome>(market::MarketSession &)>;
    using ReadersOf = std::function<Result<QList<crypto::Sm2PublicKey>>(store::Database &)>;
    //! A report or a 链融 part: refused while the order has a transaction pending; sealed for
    //! the readers the verified store names, stored and anchored on the worker (ReportDelivery).
    enum class Sealed { Report, Part };
    Result<int> deliverSealed(quint64 orderId, const QByteArray &content, const ReadersOf &readersOf, Sealed what);
    bool send(TransactionTracker &tracker, quint64 key, Job job);
    void openDocument(quint64 orderId, const QByteArray &documentHash, const QByteArray &bank);
    void openNextPart(quint64 orderId, QList<market::OrderPartInfo> waiting, QList<OpenedPart> opened);

    DeskSession &m_session;
    TransactionTracker *m_orders; // child
    TransactionTracker *m_products; // child
};

} // namespace credit::desk
