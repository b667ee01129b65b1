// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainWorker.h"

#include <QCoreApplication>

namespace credit::desk {

ChainWorker::ChainWorker(chain::NetworkProfile profile, crypto::Sm2PrivateKey key) : m_state(std::make_shared<State>())
{
    m_state->profile = std::move(profile);
    m_state->key = std::move(key);
}

ChainWorker::~ChainWorker()
{
    // Queued jobs still run, and fail at once on the cancelled token: every
    // future finishes (a job dropped from the queue would leave its watcher waiting).
    // A cancelled job still running holds only the shared state; m_pool does not wait for it.
    cancel();
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
