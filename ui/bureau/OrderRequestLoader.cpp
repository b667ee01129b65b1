// SPDX-License-Identifier: Apache-2.0
#include "bureau/OrderRequestLoader.h"

#include "chain/MarketSession.h"
#include "session/TerminalContext.h"
#include "store/MarketQueries.h"

#include <QFutureWatcher>

namespace credit::ui {

OrderRequestLoader::OrderRequestLoader(TerminalContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

void OrderRequestLoader::load(quint64 orderId)
{
    // The envelope's name comes from the verified store; what it decrypts to is
    // still checked below (a verified reference, its hash, the order id inside).
    store::LightStore *reader = m_context.reader();
    if (!reader) {
        Q_EMIT failed(orderId, tr("The local store is not ready yet; wait for the first blocks to be verified."));
        return;
    }
    store::OrderFilter filter;
    filter.orderId = orderId;
    const auto rows = store::MarketQueries(reader->database()).orders(filter);
    if (!rows || rows->isEmpty()) {
        Q_EMIT failed(orderId, tr("Order %1 is not in the verified store.").arg(orderId));
        return;
    }
    const QByteArray document = rows->first().requestDocument;
    if (document.isEmpty() || document == QByteArray(32, '\0')) {
        Q_EMIT failed(orderId, tr("This order carries no request document."));
        return;
    }
    open(orderId, document);
}

void OrderRequestLoader::open(quint64 orderId, const QByteArray &documentHash)
{
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId] {
        watcher->deleteLater();
        const Result<QByteArray> plain = watcher->result();
        if (!plain) {
            Q_EMIT failed(orderId, tr("The request document cannot be opened: %1").arg(plain.error().message));
            return;
        }
        auto request = market::OrderRequest::parse(*plain);
        if (!request) {
            Q_EMIT failed(orderId, tr("The request document is not valid: %1").arg(request.error().message));
            return;
        }
        if (request->orderId != orderId) {
            Q_EMIT failed(orderId, tr("The node named the request of order %1 for order %2: refused. Try another "
                                      "endpoint.")
                                       .arg(request->orderId)
                                       .arg(orderId));
            return;
        }
        Q_EMIT loaded(orderId, *request);
    });
    watcher->setFuture(m_context.openDocument(documentHash));
}

} // namespace credit::ui
