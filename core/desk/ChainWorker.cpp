// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainWorker.h"

#include <QCoreApplication>

namespace credit::desk {

ChainWorker::ChainWorker(chain::NetworkProfile profile, crypto::Sm2PrivateKey key)
    : m_state(std::make_shared<State>()), m_pool(new QThreadPool)
{
    m_state->profile = std::move(profile);
    m_state->key = std::move(key);
    // One thread, kept: the MarketSession's connections belong to it.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
}

ChainWorker::~ChainWorker()
{
    // Queued jobs still run, and fail at once on the cancelled token: every
    // future finishes (a job dropped from the queue would leave its watcher waiting).
    cancel();
    if (m_pool->waitForDone(0) || !QCoreApplication::instance()) {
        delete m_pool;
        return;
    }
    // A cancelled job is still running: it holds only the shared state. The
    // pool ends its thread once idle and goes with the application.
    m_pool->setExpiryTimeout(1000);
    m_pool->setParent(QCoreApplication::instance());
}

QString ChainWorker::cancelledText()
{
    return QCoreApplication::translate(
        "credit::desk::DeskSession", "The session was locked before this could be sent.");
}

Result<market::MarketSession *> ChainWorker::State::session(const QString &url)
{
    if (url.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("credit::desk::DeskSession", "The network profile names no endpoint."));
    if (cancel->isCancelled())
        return makeError(ErrorKind::Network, cancelledText());
    // Sends follow the light node: after a fail-over they go where it syncs from.
    if (!market || endpoint != url) {
        chain::RpcOptions options;
        options.cancel = cancel;
        market = std::make_unique<market::MarketSession>(profile, url, key, options);
        endpoint = url;
    }
    return market.get();
}

} // namespace credit::desk
