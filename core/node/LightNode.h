// SPDX-License-Identifier: Apache-2.0
// The light node as the desktop app sees it: a service object living on the
// GUI thread that owns one sync thread. The thread opens the store's writer
// connection, catches up through the endpoint pool and then follows the head
// (SyncLoop). What it learns reaches the owner's thread as signals, progress
// and commits merged and throttled so a fast catch-up cannot flood the event
// loop; alarms and endpoint changes arrive as they happen.
#pragma once

#include "chain/NetworkProfile.h"
#include "node/SyncLoop.h"
#include "node/EndpointPool.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <thread>

class QTimer;

namespace credit::store {
class LightStore;
}

namespace credit::chain {

class CancelToken;

class LightNode final : public QObject {
    Q_OBJECT
public:
    struct Options {
        SyncOptions sync;
        RpcOptions rpc; //!< its cancel token is replaced by the node's own
        int pollIntervalMs = 500; //!< how often the head is asked once caught up (half the demo block interval)
        int signalIntervalMs = 200; //!< at most one progress / blocksCommitted signal per interval
    };

    //! storePath: the light store file (created and migrated when missing).
    LightNode(NetworkProfile profile, QString storePath, Options options, QObject *parent = nullptr);
    LightNode(NetworkProfile profile, QString storePath, QObject *parent = nullptr);
    ~LightNode() override;
    Q_DISABLE_COPY_MOVE(LightNode)

    //! Starts the sync thread; a second call while running does nothing.
    void start();
    //! Cancels the sync thread's transfers and waits for it to end.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    //! Reports transactionConfirmed once the transaction's receipt is in a
    //! verified, stored block (a transaction stored earlier: after the next poll).
    void watchTransaction(const QByteArray &txHash);
    //! The endpoints as the sync thread last described them.
    QList<EndpointStatus> endpoints() const;
    const NetworkProfile &profile() const { return m_profile; }
    const QString &storePath() const { return m_storePath; }

Q_SIGNALS:
    //! Catch-up progress (height, target, blocks/s); throttled.
    void progressChanged(const credit::chain::SyncProgress &progress);
    //! Blocks from … to were verified and stored; consecutive commits merged.
    void blocksCommitted(quint64 from, quint64 to);
    //! A catch-up round ended at the head (emitted after each round that reached it).
    void caughtUp(quint64 height);
    void endpointChanged(const credit::chain::EndpointStatus &status);
    //! An endpoint served unverifiable data, or two served conflicting valid blocks.
    void alarmRaised(const credit::chain::SyncAlarm &alarm);
    //! A watched transaction is in a verified block; succeeded = receipt status 0.
    void transactionConfirmed(const QByteArray &txHash, quint64 block, bool succeeded);
    //! No endpoint is usable right now (retried at the next poll) or a local fault.
    void syncFailed(const QString &message);
    //! The sync thread ended (stop(), a conflict or a local fault).
    void stopped();

private:
    void run();
    //! Sync thread: confirms watched transactions the store already holds.
    void confirmStored(store::LightStore &store);
    void flush();
    void post(std::function<void()> fn);

    NetworkProfile m_profile;
    QString m_storePath;
    Options m_options;
    std::shared_ptr<CancelToken> m_cancel;
    std::thread m_thread;
    QTimer *m_flushTimer = nullptr;

    // Shared with the sync thread.
    mutable QMutex m_mutex;
    QList<EndpointStatus> m_endpoints;
    std::optional<SyncProgress> m_progress;
    std::optional<std::pair<quint64, quint64>> m_committed;
    QSet<QByteArray> m_watched;
    QList<std::tuple<QByteArray, quint64, bool>> m_confirmed;
};

} // namespace credit::chain

Q_DECLARE_METATYPE(credit::chain::SyncProgress)
