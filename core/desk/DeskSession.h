// SPDX-License-Identifier: Apache-2.0
// One signed-in session, owned by the GUI thread: the network profile, the
// unlocked key, the light node (its own sync thread), the market reader for
// the screens, and one worker thread for blocking chain work (sending
// transactions, fetching and opening documents). The role desks are built on
// it; pages never see it except to hand it to a desk. Results come back as
// QFutures; nothing here waits on the GUI thread.
#pragma once

#include "chain/CancelToken.h"
#include "node/LightNode.h"
#include "chain/NetworkProfile.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "chain/MarketSession.h"
#include "desk/ChainWorker.h"
#include "desk/SigningKey.h"
#include "desk/StoreMarketReader.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace credit::desk {

class DeskSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)
public:
    //! dataDir: where the light store and the document cache live for this network.
    //! clock: the session's time (order ids, request times); must outlive the session.
    DeskSession(chain::NetworkProfile profile, const SigningKey &key, QString dataDir, QObject *parent = nullptr,
        chain::LightNode::Options nodeOptions = {}, const Clock &clock = systemClock());
    ~DeskSession() override;

    //! Starts the light node (sync, then follow the head).
    void start();
    //! The first step of ending a session: cuts every connection from this
    //! context and its node to the screens, then stops the node. After it no
    //! signal of the session reaches a page, so pages and their helpers can be
    //! destroyed in any order. Idempotent; the destructor calls it too.
    void shutdown();

    chain::LightNode &node() { return *m_node; }
    const chain::NetworkProfile &profile() const { return m_profile; }
    const Clock &clock() const { return m_clock; }
    //! The signing key's account (20 bytes): the institution's admin account, or one of its users.
    QByteArray account() const { return m_key.address(); }
    //! The institution the session acts for (20 bytes): account() itself, unless
    //! the key is a user's (actFor, once the verified chain says whose).
    QByteArray institution() const { return m_institution.isEmpty() ? account() : m_institution; }
    //! The key is a user account of `institution` (GUI thread, before the desks are built).
    void actFor(const QByteArray &institution);
    const crypto::Sm2PrivateKey &key() const { return m_key; }
    QString storePath() const;
    QString documentCacheDir() const;

    //! The screens' read-only view of the verified chain (the GUI thread's own
    //! store connection, opened once the node has created the store).
    StoreMarketReader &reader() { return *m_reader; }

    //! Runs job on the chain worker thread with the session's MarketSession
    //! (sends through the endpoint the light node is using). Jobs run one at a time, in order.
    //! The job must not capture the session: locking returns without waiting for it.
    template<typename T> QFuture<Result<T>> runMarket(std::function<Result<T>(market::MarketSession &)> job)
    {
        return m_worker->runMarket<T>(sendingEndpoint(), std::move(job));
    }

    //! Runs a blocking job (its own store connection, no session captured) on the chain worker, after the jobs before
    //! it.
    template<typename T> QFuture<Result<T>> runOnWorker(std::function<Result<T>()> job)
    {
        return m_worker->run<T>(std::move(job));
    }

    //! Fetches the envelope named `hash` (only if a verified block names it),
    //! checks it, caches it and opens it with the session's key: the plaintext.
    QFuture<Result<QByteArray>> openDocument(const QByteArray &hash);
    //! The same, blocking, for a job already on a worker: its own read-only store connection.
    static Result<QByteArray> openDocumentNow(const QString &storePath, const QString &cacheDir,
        const QString &storeUrl, const crypto::Sm2PrivateKey &key, const QByteArray &hash);

    //! Reports transactionConfirmed for txHash (forwarded from the light node).
    void watchTransaction(const QByteArray &txHash) { m_node->watchTransaction(txHash); }

Q_SIGNALS:
    //! Forwarded from the light node: models refresh on it.
    void blocksCommitted(quint64 from, quint64 to);
    void transactionConfirmed(const QByteArray &txHash, quint64 block, bool succeeded);

private:
    //! The endpoint the light node syncs from (GUI thread: the node's status lives here).
    QString sendingEndpoint() const;

    chain::NetworkProfile m_profile;
    const Clock &m_clock;
    crypto::Sm2PrivateKey m_key;
    QString m_dataDir;
    QByteArray m_institution; //!< empty: the key's own account
    std::unique_ptr<chain::LightNode> m_node;
    StoreMarketReader *m_reader; // child
    //! Cancelled by shutdown(): a send in flight stops at once, and the
    //! destructor returns without waiting for it.
    std::unique_ptr<ChainWorker> m_worker;
};

} // namespace credit::desk
