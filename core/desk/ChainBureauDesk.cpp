// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainBureauDesk.h"

#include "desk/AuthorisationCheck.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "desk/DeskSession.h"
#include "desk/DocumentReaders.h"
#include "desk/ReportDelivery.h"
#include "store/MarketQueries.h"

#include <QFutureWatcher>

namespace credit::desk {

ChainBureauDesk::ChainBureauDesk(DeskSession &session, QObject *parent)
    : BureauDesk(parent), m_session(session),
      m_orders(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this)),
      m_products(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this))
{
    for (TransactionTracker *tracker : { m_orders, m_products })
        connect(&m_session, &DeskSession::transactionConfirmed, tracker, &TransactionTracker::onTransactionConfirmed);
}

bool ChainBureauDesk::send(TransactionTracker &tracker, quint64 key, Job job)
{
    return tracker.track(key, [this, job = std::move(job)] { return m_session.runMarket<market::Outcome>(job); });
}

bool ChainBureauDesk::acceptOrder(quint64 orderId)
{
    return send(*m_orders, orderId, [orderId](market::MarketSession &s) { return s.market().acceptOrder(orderId); });
}

bool ChainBureauDesk::rejectOrder(quint64 orderId, const QString &reason)
{
    return send(*m_orders, orderId,
        [orderId, reason](market::MarketSession &s) { return s.market().rejectOrder(orderId, reason); });
}

Result<int> ChainBureauDesk::deliverSealed(
    quint64 orderId, const QByteArray &content, const ReadersOf &readersOf, Sealed what)
{
    if (m_orders->isPending(orderId))
        return makeError(
            ErrorKind::Rejected, tr("A transaction for this order is still pending; wait for it to be confirmed."));
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    auto readers = readersOf(**db);
    if (!readers)
        return readers.error();
    const ReportDelivery::Plan plan { orderId, content, *readers };
    send(*m_orders, orderId, [plan, what](market::MarketSession &s) {
        return what == Sealed::Report ? ReportDelivery::deliver(s, plan) : ReportDelivery::deliverPart(s, plan);
    });
    return static_cast<int>(readers->size());
}

Result<int> ChainBureauDesk::deliverReport(const market::OrderSummary &order, const QByteArray &pdf)
{
    // The bureau is this session's institution, whatever the summary says.
    const QByteArray bank = order.bank, bureau = m_session.institution();
    return deliverSealed(
        order.orderId, pdf, [bank, bureau](store::Database &db) { return DocumentReaders(db).ofOrder(bank, bureau); },
        Sealed::Report);
}

Result<int> ChainBureauDesk::deliverPart(const market::OrderSummary &order, const QByteArray &part)
{
    // The lead bureau as the verified store has it, and this session's institution as the partner.
    const quint64 orderId = order.orderId;
    const QByteArray partner = m_session.institution();
    return deliverSealed(
        orderId, part,
        [orderId, partner](store::Database &db) -> Result<QList<crypto::Sm2PublicKey>> {
            market::OrderFilter filter;
            filter.orderId = orderId;
            auto rows = store::MarketQueries(db).orders(filter);
            if (!rows)
                return rows.error();
            if (rows->isEmpty())
                return makeError(ErrorKind::NotFound, tr("Order %1 is not in the verified store.").arg(orderId));
            return DocumentReaders(db).ofPart(rows->first().bureau, partner);
        },
        Sealed::Part);
}

void ChainBureauDesk::openParts(quint64 orderId)
{
    auto parts = m_session.reader().orderParts(orderId);
    if (!parts) {
        Q_EMIT partsFailed(orderId, parts.error().message);
        return;
    }
    QList<market::OrderPartInfo> delivered;
    for (const market::OrderPartInfo &part : std::as_const(*parts))
        if (part.delivered())
            delivered << part;
    openNextPart(orderId, delivered, {});
}

// One part after the other on the worker (each its own fetch), so the first
// failure names its bureau and nothing half-opened reaches the screen.
void ChainBureauDesk::openNextPart(quint64 orderId, QList<market::OrderPartInfo> waiting, QList<OpenedPart> opened)
{
    if (waiting.isEmpty()) {
        Q_EMIT partsOpened(orderId, opened);
        return;
    }
    const market::OrderPartInfo part = waiting.takeFirst();
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId, part, waiting, opened]() mutable {
        watcher->deleteLater();
        const Result<QByteArray> plain = watcher->result();
        const QString partner = part.bureauName.isEmpty() ? hex::encodePrefixed(part.bureau) : part.bureauName;
        if (!plain) {
            Q_EMIT partsFailed(
                orderId, tr("The part from %1 cannot be opened: %2").arg(partner, plain.error().message));
            return;
        }
        if (crypto::sm3(*plain) != part.partHash) {
            Q_EMIT partsFailed(orderId,
                tr("The part from %1 does not match the hash its bureau anchored on chain: refused. Try another "
                   "endpoint.")
                    .arg(partner));
            return;
        }
        opened << OpenedPart { part.bureau, part.bureauName, *plain };
        openNextPart(orderId, std::move(waiting), std::move(opened));
    });
    watcher->setFuture(m_session.openDocument(part.partDocument));
}

bool ChainBureauDesk::listProduct(const market::calls::ProductListing &listing)
{
    return send(*m_products, listing.productId,
        [listing](market::MarketSession &s) { return s.market().listProduct(listing); });
}

bool ChainBureauDesk::updateProduct(const market::calls::ProductListing &l)
{
    return send(*m_products, l.productId, [l](market::MarketSession &s) {
        return s.market().updateProduct(l.productId, l.priceFen, l.slaHours, l.description);
    });
}

bool ChainBureauDesk::delistProduct(quint64 productId)
{
    return send(
        *m_products, productId, [productId](market::MarketSession &s) { return s.market().delistProduct(productId); });
}

void ChainBureauDesk::openRequest(quint64 orderId)
{
    // The envelope's name comes from the verified store; what it decrypts to is
    // still checked below (a verified reference, its hash, the order id inside).
    market::OrderFilter filter;
    filter.orderId = orderId;
    const auto rows = m_session.reader().orders(filter);
    if (!rows) {
        Q_EMIT requestFailed(orderId, rows.error().message);
        return;
    }
    if (rows->isEmpty()) {
        Q_EMIT requestFailed(orderId, tr("Order %1 is not in the verified store.").arg(orderId));
        return;
    }
    const QByteArray document = rows->first().requestDocument;
    if (document.isEmpty() || document == QByteArray(32, '\0')) {
        Q_EMIT requestFailed(orderId, tr("This order carries no request document."));
        return;
    }
    openDocument(orderId, document, rows->first().bank);
}

void ChainBureauDesk::openDocument(quint64 orderId, const QByteArray &documentHash, const QByteArray &bank)
{
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId, bank] {
        watcher->deleteLater();
        const Result<QByteArray> plain = watcher->result();
        if (!plain) {
            Q_EMIT requestFailed(orderId, tr("The request document cannot be opened: %1").arg(plain.error().message));
            return;
        }
        auto request = market::OrderRequest::parse(*plain);
        if (!request) {
            Q_EMIT requestFailed(orderId, tr("The request document is not valid: %1").arg(request.error().message));
            return;
        }
        if (request->orderId != orderId) {
            Q_EMIT requestFailed(orderId,
                tr("The node named the request of order %1 for order %2: refused. Try "
                   "another endpoint.")
                    .arg(request->orderId)
                    .arg(orderId));
            return;
        }
        if (request->authorisationId != 0) {
            auto db = m_session.reader().database();
            auto recorded = db ? store::MarketQueries(**db).authorisations(bank)
                               : Result<QList<market::AuthorisationInfo>>(db.error());
            if (!recorded) {
                Q_EMIT requestFailed(orderId, recorded.error().message);
                return;
            }
            if (const QString mismatch = authorisationMismatch(*request, *recorded); !mismatch.isEmpty()) {
                Q_EMIT requestFailed(orderId, mismatch);
                return;
            }
        }
        Q_EMIT requestOpened(orderId, *request);
    });
    watcher->setFuture(m_session.openDocument(documentHash));
}

} // namespace credit::desk
