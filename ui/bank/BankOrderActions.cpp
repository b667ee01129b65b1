// SPDX-License-Identifier: Apache-2.0
#include "bank/BankOrderActions.h"

#include "bank/DisputeFiling.h"
#include "crypto/Sm3.h"
#include "store/StoreLookups.h"
#include "session/TerminalContext.h"
#include "store/MarketQueries.h"

#include <QFutureWatcher>

#include <algorithm>

namespace credit::ui {

BankOrderActions::BankOrderActions(TerminalContext &context, QObject *parent) : QObject(parent), m_context(context) {}

Result<ReportReference> BankOrderActions::reportReference(quint64 orderId, QByteArray *reportDocument)
{
    store::LightStore *reader = m_context.reader();
    if (!reader)
        return makeError(ErrorKind::NotFound, tr("The chain has not been read yet. Wait for the first sync."));
    auto documents = store::StoreLookups(reader->database()).orderDocuments(orderId);
    if (!documents)
        return documents.error();
    if (!documents->has_value() || (*documents)->reportDocument.isEmpty())
        return makeError(ErrorKind::NotFound, tr("No verified block records a report for order %1.").arg(orderId));
    auto events = store::MarketQueries(reader->database()).timeline(orderId);
    if (!events)
        return events.error();
    ReportReference ref{orderId, (*documents)->reportHash, 0, {}};
    for (const store::OrderEventInfo &e : *events)
        if (e.event == u"ReportDelivered") {
            ref.block = e.block;
            ref.tx = e.tx;
        }
    *reportDocument = (*documents)->reportDocument;
    return ref;
}

void BankOrderActions::openReport(quint64 orderId)
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
            Q_EMIT actionFailed(orderId, tr("The decrypted report does not match the hash the bureau recorded on "
                                            "chain. Do not rely on it; raise a dispute."));
        else
            Q_EMIT reportOpened(orderId, *pdf, ref);
    });
    watcher->setFuture(m_context.openDocument(document));
}

void BankOrderActions::watchSend(quint64 orderId, QFuture<Result<QByteArray>> future)
{
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this, watcher, orderId] {
        watcher->deleteLater();
        const Result<QByteArray> tx = watcher->result();
        if (!tx) {
            Q_EMIT actionFailed(orderId, tx.error().message);
            return;
        }
        m_context.watchTransaction(*tx);
        Q_EMIT actionSent(orderId, *tx);
    });
    watcher->setFuture(std::move(future));
}

void BankOrderActions::confirmReceipt(quint64 orderId)
{
    watchSend(orderId, m_context.runMarket<QByteArray>([orderId](market::MarketSession &s) -> Result<QByteArray> {
        auto outcome = s.market().confirmReceipt(orderId);
        if (!outcome)
            return outcome.error();
        return outcome->transaction.hash;
    }));
}

Result<DisputeFiling> BankOrderActions::disputeFiling(quint64 orderId, const QByteArray &mediator,
                                                     const QString &reason)
{
    store::LightStore *reader = m_context.reader();
    if (!reader)
        return makeError(ErrorKind::NotFound, tr("The chain has not been read yet. Wait for the first sync."));
    store::StoreLookups lookups(reader->database());
    auto documents = lookups.orderDocuments(orderId);
    if (!documents)
        return documents.error();
    auto orders = store::MarketQueries(reader->database()).orders({m_context.account(), {}, {}});
    if (!orders)
        return orders.error();
    const auto order = std::find_if(orders->cbegin(), orders->cend(),
                                    [orderId](const store::OrderSummary &o) { return o.orderId == orderId; });
    if (!documents->has_value() || order == orders->cend())
        return makeError(ErrorKind::NotFound, tr("Order %1 is not one of your bank's verified orders.").arg(orderId));
    auto mediatorKey = lookups.publicKey(mediator);
    if (!mediatorKey)
        return mediatorKey.error();
    auto bureauKey = lookups.publicKey(order->bureau);
    if (!bureauKey)
        return bureauKey.error();
    auto regulators = lookups.publicKeys(market::Role::Regulator);
    if (!regulators)
        return regulators.error();
    return DisputeFiling{orderId, mediator, *mediatorKey, reason, (*documents)->requestDocument,
                         (*documents)->reportDocument,
                         QList<crypto::Sm2PublicKey>{m_context.key().publicKey(), *bureauKey} + *regulators};
}

void BankOrderActions::raiseDispute(quint64 orderId, const QByteArray &mediator, const QString &reason)
{
    auto filing = disputeFiling(orderId, mediator, reason);
    if (!filing) {
        Q_EMIT actionFailed(orderId, filing.error().message);
        return;
    }
    watchSend(orderId, m_context.runMarket<QByteArray>(
                           [filing = *filing](market::MarketSession &s) { return fileDispute(s, filing); }));
}

} // namespace credit::ui
