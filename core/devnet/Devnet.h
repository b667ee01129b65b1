// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "devnet/DocumentStoreOptions.h"
#include "devnet/DocumentWriteLog.h"
#include "devnet/TransactionExecutor.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QTimer;

namespace credit::devnet {

class BlockProducer;
class ChainDb;
class DocumentStoreService;
class RpcDispatcher;
class TxPool;
struct Genesis;

//! A running dev chain: chain store, pool, block timer, JSON-RPC and document
//! store over HTTP. Lives on the thread that creates it (its event loop runs
//! the HTTP server and the block timer).
class Devnet final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString genesisPath;
        QString dataDir;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; //!< 0: pick a free port
        int blockIntervalMs = 1000;
        int signingSealers = 0; //!< 0: every sealer signs; else the first N (at least the quorum)
        DocumentStoreOptions store;
        qint64 maxRequestSize = 4LL * 1024 * 1024;
    };

    //! Opens (or creates from genesis) the chain in dataDir and starts serving.
    //! Calls to the genesis contract address go to the CreditMarket runtime,
    //! or to `contract` when a test gives one (then no genesis institutions are registered).
    static Result<std::unique_ptr<Devnet>> start(
        const Options &options, std::unique_ptr<TransactionExecutor> contract = nullptr);
    ~Devnet() override;

    QUrl url() const;
    QByteArray genesisHash();
    qint64 height();
    //! Seals the pending transactions now instead of at the next tick.
    Result<quint64> sealNow();
    //! The document store's writers since sinceMs (UTC ms), most bytes first:
    //! for the operator's view of the network's health.
    QList<WriterUsage> documentStoreUsage(qint64 sinceMs);

Q_SIGNALS:
    void blockSealed(quint64 number);

private:
    Devnet();

    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<ChainDb> m_db;
    std::unique_ptr<TxPool> m_pool;
    std::unique_ptr<TransactionExecutor> m_executor;
    std::unique_ptr<BlockProducer> m_producer;
    std::unique_ptr<RpcDispatcher> m_dispatcher;
    std::unique_ptr<DocumentStoreService> m_documents;
    std::unique_ptr<QHttpServer> m_http;
    QTimer *m_timer = nullptr;
};

} // namespace credit::devnet
