// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/CancelToken.h"
#include "chain/MarketSession.h"
#include "chain/NetworkProfile.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "desk/WorkerPool.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace credit::desk {

//! A session's chain worker: one thread, kept while the session lives, for
//! blocking chain work (signing and sending, fetching documents), one job at a
//! time in order. Jobs hold the worker's state by shared pointer, never the
//! session, so ending a session (lock) cancels the job in flight and returns
//! at once: the thread finishes the cancelled job and ends on its own.
class ChainWorker final {
public:
    ChainWorker(chain::NetworkProfile profile, crypto::Sm2PrivateKey key);
    //! Cancels (queued jobs then fail at once, unsent) and returns without waiting for the one running.
    ~ChainWorker();
    Q_DISABLE_COPY_MOVE(ChainWorker)

    //! Runs job with a MarketSession on `endpoint` (kept while the endpoint stays the same).
    template<typename T>
    QFuture<Result<T>> runMarket(const QString &endpoint, std::function<Result<T>(market::MarketSession &)> job)
    {
        return QtConcurrent::run(m_pool.get(), [state = m_state, endpoint, job = std::move(job)]() -> Result<T> {
            auto session = state->session(endpoint);
            if (!session)
                return session.error();
            return job(**session);
        });
    }
    //! Runs a job that needs only values it captured (it must not capture the session).
    template<typename T> QFuture<Result<T>> run(std::function<Result<T>()> job)
    {
        return QtConcurrent::run(m_pool.get(), [cancel = m_state->cancel, job = std::move(job)]() -> Result<T> {
            if (cancel->isCancelled())
                return makeError(ErrorKind::Network, cancelledText());
            return job();
        });
    }
    //! Ends the send or fetch in flight; later jobs fail at once.
    void cancel() { m_state->cancel->cancel(); }
    const std::shared_ptr<chain::CancelToken> &cancelToken() const { return m_state->cancel; }

private:
    static QString cancelledText();

    //! Everything a job touches; the worker thread's alone once the session is gone.
    struct State {
        chain::NetworkProfile profile;
        crypto::Sm2PrivateKey key;
        std::shared_ptr<chain::CancelToken> cancel = std::make_shared<chain::CancelToken>();
        std::unique_ptr<market::MarketSession> market; // worker thread only
        QString endpoint; // worker thread only
        Result<market::MarketSession *> session(const QString &endpoint);
    };
    std::shared_ptr<State> m_state;
    WorkerPool m_pool { 1 }; // one thread: the MarketSession's connections belong to it
};

} // namespace credit::desk
