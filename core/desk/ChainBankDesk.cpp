// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainBankDesk.h"

#include "desk/DeskSession.h"
#include "desk/DisputeFiling.h"
#include "desk/DocumentReaders.h"
#include "desk/OrderEnterprises.h"
#include "desk/OrderPlacement.h"
#include "desk/SignedInBank.h"
#include "desk/TransactionTracker.h"
#include "crypto/Random.h"
#include "crypto/Sm3.h"
#include "store/MarketQueries.h"
#include "store/StoreLookups.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace credit::desk {

ChainBankDesk::ChainBankDesk(DeskSession &session, QObject *parent)
    : BankDesk(parent), m_session(session),
      m_tracker(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this))
{
    connect(&m_session, &DeskSession::transactionConfirmed, m_tracker, &TransactionTracker::onTransactionConfirmed);
    connect(m_tracker, &TransactionTracker::sent, this, [this](quint64 id, const QByteArray &tx) { onSent(id, tx); });
    connect(m_tracker, &TransactionTracker::failed, this, &ChainBankDesk::onFailed);
    connect(m_tracker, &TransactionTracker::confirmed, this, &ChainBankDesk::onConfirmed);
}

ChainBankDesk::~ChainBankDesk()
{
    m_closed->cancel(); // the enterprise read in flight stops; the pool is not waited for
}

bool ChainBankDesk::isBusy(quint64 orderId) const
{
    return m_tracker->isPending(orderId);
}

qsizetype ChainBankDesk::indexOfPending(quint64 orderId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending[i].summary.orderId == orderId)
            return i;
    return -1;
}

Result<quint64> ChainBankDesk::freshOrderId()
{
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    store::StoreLookups lookups(**db);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const quint64 id = timeStampedId(m_session.clock().epochMs());
        auto known = lookups.orderDocuments(id);
        if (!known)
            return known.error();
        if (!known->has_value() && indexOfPending(id) < 0)
            return id;
    }
    return makeError(ErrorKind::Internal, tr("No free order id was found. Try again in a second."));
}

Result<quint64> ChainBankDesk::placeOrder(const OrderDraft &draft)
{
    const qint64 now = m_session.clock().epochMs();
    if (const QString problem = draft.problem(QDateTime::fromMSecsSinceEpoch(now).date()); !problem.isEmpty())
        return makeError(ErrorKind::InvalidInput, problem);
    auto id = freshOrderId();
    if (!id)
        return id.error();
    auto self = signedInBank(m_session);
    if (!self)
        return self.error();
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    auto readers
        = DocumentReaders(**db).ofOrder(m_session.institution(), draft.product.bureau, draft.product.partnerBureaus);
    if (!readers)
        return readers.error();

    market::OrderRequest request;
    request.orderId = *id;
    request.productId = draft.product.productId;
    request.bankName = self->name;
    request.bankCode = self->code;
    request.enterpriseName = draft.enterpriseName;
    request.enterpriseCode = draft.enterpriseCode;
    request.purpose = draft.purpose;
    request.requestedAt = market::chinaTime(now);
    request.authorisation = draft.letter;

    OrderPlan plan;
    plan.readers = *readers;
    // A recorded authorisation is named as it is (placeAuthorisedOrder, one
    // transaction); a new letter becomes an authorisation of its own on chain,
    // recorded on the way (its id is the order's), so the contract checks and traces it.
    if (draft.recordedAuthorisationId != 0) {
        request.authorisationId = draft.recordedAuthorisationId;
        request.commitmentSalt = draft.commitmentSalt;
    } else if (draft.letter) {
        market::AuthorisationDocument document;
        document.authorisationId = *id;
        document.bankName = self->name;
        document.bankCode = self->code;
        document.enterpriseName = draft.enterpriseName;
        document.enterpriseCode = draft.enterpriseCode;
        document.salt = crypto::randomBytes(market::AuthorisationDocument::kSaltSize);
        document.purpose = draft.purpose;
        document.letter = *draft.letter;
        auto authorisationReaders = DocumentReaders(**db).ofAuthorisation(m_session.institution());
        if (!authorisationReaders)
            return authorisationReaders.error();
        plan.authorisationReaders = *authorisationReaders;
        request.authorisationId = document.authorisationId;
        request.commitmentSalt = document.salt;
        plan.newAuthorisation = document;
    }
    plan.request = request;

    PendingOrder pending;
    market::OrderSummary &s = pending.summary;
    s.orderId = *id;
    s.bank = m_session.institution();
    s.bankName = self->name;
    s.bureau = draft.product.bureau;
    s.bureauName = draft.product.bureauName;
    s.productId = draft.product.productId;
    s.productName = draft.product.name;
    s.priceFen = draft.product.priceFen;
    s.slaHours = draft.product.slaHours;
    s.state = market::OrderState::Placed;
    s.placedAtMs = s.updatedAtMs = static_cast<quint64>(now);
    m_pending.prepend(pending);
    // The bank typed it: known before any block or envelope has it.
    m_enterprises.insert(*id, Enterprise { draft.enterpriseName, draft.enterpriseCode });
    Q_EMIT pendingChanged();

    m_tracker->track(*id, [this, plan] {
        return m_session.runMarket<market::Outcome>(
            [plan](market::MarketSession &session) { return desk::placeOrder(session, plan); });
    });
    return *id;
}

void ChainBankDesk::onSent(quint64 orderId, const QByteArray &txHash)
{
    const qsizetype i = indexOfPending(orderId);
    if (i < 0) {
        Q_EMIT actionSent(orderId, txHash);
        return;
    }
    if (m_pending[i].status == PendingOrder::Status::Sending)
        m_pending[i].status = PendingOrder::Status::AwaitingBlock;
    m_pending[i].txHash = txHash;
    Q_EMIT pendingChanged();
    Q_EMIT orderSent(orderId, txHash);
}

void ChainBankDesk::onFailed(quint64 orderId, const Error &error)
{
    const qsizetype i = indexOfPending(orderId);
    if (i < 0) {
        Q_EMIT actionFailed(orderId, error.message);
        return;
    }
    m_pending.removeAt(i);
    Q_EMIT pendingChanged();
    Q_EMIT orderFailed(orderId, error.message);
}

void ChainBankDesk::onConfirmed(quint64 orderId, quint64 block, bool succeeded)
{
    const qsizetype i = indexOfPending(orderId);
    if (i < 0 || m_pending[i].status == PendingOrder::Status::Confirmed) {
        Q_EMIT actionConfirmed(orderId, block, succeeded);
        return;
    }
    if (!succeeded) {
        m_pending.removeAt(i);
        Q_EMIT pendingChanged();
        Q_EMIT orderFailed(
            orderId, tr("Block %1 records the order as failed. Check the product and place it again.").arg(block));
        return;
    }
    m_pending[i].status = PendingOrder::Status::Confirmed;
    m_pending[i].block = block;
    Q_EMIT pendingChanged();
    Q_EMIT orderConfirmed(orderId, block);
}

void ChainBankDesk::forgetStored(const QSet<quint64> &stored)
{
    const auto removed = m_pending.removeIf([&stored](const PendingOrder &p) {
        return p.status == PendingOrder::Status::Confirmed && stored.contains(p.summary.orderId);
    });
    if (removed > 0)
        Q_EMIT pendingChanged();
}

Result<ReportReference> ChainBankDesk::reportReference(quint64 orderId, QByteArray *reportDocument)
{
    auto db = m_session.reader().database();
    if (!db)
        return db.error();
    auto documents = store::StoreLookups(**db).orderDocuments(orderId);
    if (!documents)
        return documents.error();
    if (!documents->has_value() || (*documents)->reportDocument.isEmpty())
        return makeError(ErrorKind::NotFound, tr("No verified block records a report for order %1.").arg(orderId));
    auto events = store::MarketQueries(**db).timeline(orderId);
    if (!events)
        return events.error();
    ReportReference ref { orderId, (*documents)->reportHash, 0, {} };
    for (const market::OrderEventInfo &e : *events)
        if (e.event == u"ReportDelivered") {
            ref.block = e.block;
            ref.tx = e.tx;
        }
    *reportDocument = (*documents)->reportDocument;
    return ref;
}

void ChainBankDesk::openReport(quint64 orderId)
{
    QByteArray document;
    auto ref = reportReference(orderId, &document);
    if (!ref) {
        Q_EMIT actionFailed(orderId, ref.error().message);
        return;
    }
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this, watcher, orderId, ref = *ref] {
        watcher->deleteLater();
        const Result<QByteArray> pdf = watcher->result();
        if (!pdf)
            Q_EMIT actionFailed(orderId, tr("The report could not be opened: %1").arg(pdf.error().message));
        else if (crypto::sm3(*pdf) != ref.reportHash)
            Q_EMIT actionFailed(orderId,
                tr("The decrypted report does not match the hash the bureau recorded on "
                   "chain. Do not rely on it; raise a dispute."));
        else
            Q_EMIT reportOpened(orderId, *pdf, ref);
    });
    watcher->setFuture(m_session.openDocument(document));
}

void ChainBankDesk::openEnterprises(const QList<quint64> &orderIds)
{
    QList<quint64> toRead;
    for (const quint64 orderId : orderIds) {
        if (const auto known = m_enterprises.constFind(orderId); known != m_enterprises.cend())
            Q_EMIT enterpriseOpened(orderId, known->name, known->code);
        else if (!m_openingEnterprises.contains(orderId))
            toRead << orderId;
    }
    if (toRead.isEmpty())
        return;
    for (const quint64 orderId : std::as_const(toRead))
        m_openingEnterprises.insert(orderId);
    const OrderEnterpriseSource source { m_session.storePath(), m_session.documentCacheDir(),
        m_session.profile().documentStore, m_session.key(), m_closed };
    auto *watcher = new QFutureWatcher<OrderEnterprise>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) {
        const OrderEnterprise e = watcher->resultAt(index);
        m_openingEnterprises.remove(e.orderId);
        if (!e.problem.isEmpty()) {
            Q_EMIT enterpriseFailed(e.orderId, e.problem);
            return;
        }
        m_enterprises.insert(e.orderId, Enterprise { e.name, e.code });
        Q_EMIT enterpriseOpened(e.orderId, e.name, e.code);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, toRead] {
        watcher->deleteLater();
        for (const quint64 orderId : toRead) // cut short: asked again next time
            m_openingEnterprises.remove(orderId);
    });
    watcher->setFuture(QtConcurrent::run(m_enterprisePool.get(),
        [source, toRead](QPromise<OrderEnterprise> &promise) { openOrderEnterprises(promise, source, toRead); }));
}

void ChainBankDesk::send(quint64 orderId, std::function<Result<market::Outcome>(market::MarketSession &)> job)
{
    const bool started
        = m_tracker->track(orderId, [this, job = std::move(job)] { return m_session.runMarket<market::Outcome>(job); });
    if (!started)
        Q_EMIT actionFailed(
            orderId, tr("A transaction for order %1 is still pending; wait for it to be confirmed.").arg(orderId));
}

void ChainBankDesk::cancelOrder(quint64 orderId)
{
    send(orderId, [orderId](market::MarketSession &s) { return s.market().cancelOrder(orderId); });
}

void ChainBankDesk::confirmReceipt(quint64 orderId)
{
    send(orderId, [orderId](market::MarketSession &s) { return s.market().confirmReceipt(orderId); });
}

void ChainBankDesk::raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason)
{
    auto fail = [this, orderId](const Error &e) { Q_EMIT actionFailed(orderId, e.message); };
    auto db = m_session.reader().database();
    if (!db)
        return fail(db.error());
    auto documents = store::StoreLookups(**db).orderDocuments(orderId);
    if (!documents)
        return fail(documents.error());
    market::OrderFilter filter;
    filter.bank = m_session.institution();
    filter.orderId = orderId;
    auto orders = store::MarketQueries(**db).orders(filter);
    if (!orders)
        return fail(orders.error());
    if (!documents->has_value() || orders->isEmpty())
        return fail(
            makeError(ErrorKind::NotFound, tr("Order %1 is not one of your bank's verified orders.").arg(orderId)));
    DocumentReaders readers(**db);
    auto mediatorKeys = readers.of(mediator);
    if (!mediatorKeys)
        return fail(mediatorKeys.error());
    auto orderReaders = readers.ofOrder(m_session.institution(), orders->first().bureau);
    if (!orderReaders)
        return fail(orderReaders.error());
    const DisputeFiling filing { orderId, mediator, *mediatorKeys, reason, (*documents)->requestDocument,
        (*documents)->reportDocument, *orderReaders };
    const bool started = m_tracker->track(orderId, [this, filing] {
        return m_session.runMarket<market::Outcome>(
            [filing](market::MarketSession &s) { return fileDispute(s, filing); });
    });
    if (!started)
        fail(makeError(ErrorKind::Rejected,
            tr("A transaction for order %1 is still pending; wait for it to be confirmed.").arg(orderId)));
}

} // namespace credit::desk
