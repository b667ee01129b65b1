// SPDX-License-Identifier: Apache-2.0
#include "bureau/OrderRequestLoader.h"

#include "market/MarketSession.h"
#include "session/TerminalContext.h"

#include <QFutureWatcher>

namespace credit::ui {

OrderRequestLoader::OrderRequestLoader(TerminalContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

void OrderRequestLoader::load(quint64 orderId)
{
    // The light store's projection does not carry the envelope's name, so the
    // node is asked; what it says is checked below (verified reference, hash, order id).
    auto *watcher = new QFutureWatcher<Result<market::Order>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId] {
        watcher->deleteLater();
        const Result<market::Order> order = watcher->result();
        if (!order) {
            Q_EMIT failed(orderId, tr("The order could not be read from the node: %1").arg(order.error().message));
            return;
        }
        if (order->requestDocument.isEmpty() || order->requestDocument == QByteArray(32, '\0')) {
            Q_EMIT failed(orderId, tr("This order carries no request document."));
            return;
        }
        open(orderId, order->requestDocument);
    });
    watcher->setFuture(m_context.runMarket<market::Order>(
        [orderId](market::MarketSession &s) { return s.market().order(orderId); }));
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
