// SPDX-License-Identifier: Apache-2.0
#include "bank/PendingOrders.h"

#include "bank/OrderPlacement.h"
#include "store/StoreLookups.h"
#include "session/TerminalContext.h"
#include "store/MarketQueries.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QRandomGenerator>

namespace credit::ui {

PendingOrders::PendingOrders(TerminalContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(&m_context, &TerminalContext::transactionConfirmed, this, &PendingOrders::onConfirmed);
}

qsizetype PendingOrders::indexOf(quint64 orderId) const
{
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        if (m_orders[i].summary.orderId == orderId)
            return i;
    return -1;
}

Result<quint64> PendingOrders::freshOrderId() const
{
    store::LightStore *reader = m_context.reader();
    if (!reader)
        return makeError(ErrorKind::NotFound, tr("The chain is still being read for the first time. Wait a moment."));
    store::StoreLookups lookups(reader->database());
    // Readable ids like the demo's (time first), with room for several a second.
    const quint64 stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toULongLong();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const quint64 id = stamp * 1000 + QRandomGenerator::global()->bounded(1, 1000);
        auto known = lookups.orderDocuments(id);
        if (!known)
            return known.error();
        if (!known->has_value() && indexOf(id) < 0)
            return id;
    }
    return makeError(ErrorKind::Internal, tr("No free order id was found. Try again in a second."));
}

Result<quint64> PendingOrders::submit(const OrderDraft &draft)
{
    auto id = freshOrderId();
    if (!id)
        return id.error();
    store::StoreLookups lookups(m_context.reader()->database());
    auto institutions = store::MarketQueries(m_context.reader()->database()).institutions();
    if (!institutions)
        return institutions.error();
    const auto self = std::find_if(institutions->cbegin(), institutions->cend(),
                                   [this](const store::InstitutionInfo &i) { return i.account == m_context.account(); });
    if (self == institutions->cend() || self->role != market::Role::Bank)
        return makeError(ErrorKind::Rejected, tr("The signed-in key is not a bank registered on this chain."));
    // Readers: ourselves, the bureau, and every regulator (PROTOCOL: the request's readers).
    auto bureau = lookups.publicKey(draft.product.bureau);
    auto regulators = lookups.publicKeys(market::Role::Regulator);
    if (!bureau)
        return bureau.error();
    if (!regulators)
        return regulators.error();
    const QList<crypto::Sm2PublicKey> readers = QList<crypto::Sm2PublicKey>{m_context.key().publicKey(), *bureau}
                                                + *regulators;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
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

    PendingOrder pending;
    store::OrderSummary &s = pending.summary;
    s.orderId = *id;
    s.bank = self->account;
    s.bankName = self->name;
    s.bureau = draft.product.bureau;
    s.bureauName = draft.product.bureauName;
    s.productId = draft.product.productId;
    s.productName = draft.product.name;
    s.priceFen = draft.product.priceFen;
    s.slaHours = draft.product.slaHours;
    s.state = market::OrderState::Placed;
    s.placedAtMs = s.updatedAtMs = static_cast<quint64>(now);
    m_orders.prepend(pending);
    Q_EMIT changed();

    auto *watcher = new QFutureWatcher<Result<PlacedOrder>>(this);
    connect(watcher, &QFutureWatcher<Result<PlacedOrder>>::finished, this, [this, watcher, orderId = *id] {
        watcher->deleteLater();
        onFinished(orderId, watcher->result());
    });
    watcher->setFuture(m_context.runMarket<PlacedOrder>(
        [request, readers](market::MarketSession &session) { return placeOrder(session, request, readers); }));
    return *id;
}

void PendingOrders::onFinished(quint64 orderId, const Result<PlacedOrder> &result)
{
    const qsizetype i = indexOf(orderId);
    if (i < 0)
        return;
    if (!result) {
        m_orders.removeAt(i);
        Q_EMIT changed();
        Q_EMIT failed(orderId, result.error().message);
        return;
    }
    if (m_orders[i].status == PendingOrder::Status::Sending)
        m_orders[i].status = PendingOrder::Status::AwaitingBlock;
    m_orders[i].txHash = result->txHash;
    m_context.watchTransaction(result->txHash);
    Q_EMIT changed();
    Q_EMIT sent(orderId, result->txHash);
}

void PendingOrders::onConfirmed(const QByteArray &txHash, quint64 block, bool succeeded)
{
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        if (m_orders[i].txHash != txHash)
            continue;
        const quint64 orderId = m_orders[i].summary.orderId;
        if (!succeeded) {
            m_orders.removeAt(i);
            Q_EMIT changed();
            Q_EMIT failed(orderId, tr("Block %1 records the order as failed. Check the product and place it again.")
                                       .arg(block));
            return;
        }
        m_orders[i].status = PendingOrder::Status::Confirmed;
        m_orders[i].block = block;
        Q_EMIT changed();
        Q_EMIT confirmed(orderId, block);
        return;
    }
}

void PendingOrders::forgetStored(const QSet<quint64> &stored)
{
    const auto removed = m_orders.removeIf([&stored](const PendingOrder &p) {
        return p.status == PendingOrder::Status::Confirmed && stored.contains(p.summary.orderId);
    });
    if (removed > 0)
        Q_EMIT changed();
}

} // namespace credit::ui
