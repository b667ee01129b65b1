// SPDX-License-Identifier: Apache-2.0
#include "node/LightNode.h"

#include "chain/CancelToken.h"
#include "codec/Hex.h"
#include "store/LightStore.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTimer>

namespace credit::chain {

LightNode::LightNode(NetworkProfile profile, QString storePath, Options options, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_storePath(std::move(storePath)), m_options(std::move(options)),
      m_flushTimer(new QTimer(this))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<EndpointStatus>();
    qRegisterMetaType<SyncAlarm>();
    m_flushTimer->setInterval(std::max(1, m_options.signalIntervalMs));
    connect(m_flushTimer, &QTimer::timeout, this, &LightNode::flush);
    for (const QString &url : std::as_const(m_profile.endpoints))
        m_endpoints << EndpointStatus { url, EndpointHealth::Untried, {}, std::nullopt, 0 };
}

LightNode::LightNode(NetworkProfile profile, QString storePath, QObject *parent)
    : LightNode(std::move(profile), std::move(storePath), Options {}, parent)
{
}

LightNode::~LightNode()
{
    stop();
}

void LightNode::start()
{
    if (m_thread.joinable())
        return;
    m_cancel = std::make_shared<CancelToken>();
    m_flushTimer->start();
    m_thread = std::thread([this] { run(); });
}

void LightNode::stop()
{
    if (!m_thread.joinable())
        return;
    m_cancel->cancel();
    m_thread.join();
    m_flushTimer->stop();
    flush();
}

void LightNode::watchTransaction(const QByteArray &txHash)
{
    QMutexLocker lock(&m_mutex);
    m_watched.insert(txHash);
}

QList<EndpointStatus> LightNode::endpoints() const
{
    QMutexLocker lock(&m_mutex);
    return m_endpoints;
}

void LightNode::post(std::function<void()> fn)
{
    // Queued to this object's thread; dropped if the node is gone by then.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void LightNode::flush()
{
    std::optional<SyncProgress> progress;
    std::optional<std::pair<quint64, quint64>> committed;
    QList<std::tuple<QByteArray, quint64, bool>> confirmed;
    {
        QMutexLocker lock(&m_mutex);
        std::swap(progress, m_progress);
        std::swap(committed, m_committed);
        std::swap(confirmed, m_confirmed);
    }
    if (progress)
        Q_EMIT progressChanged(*progress);
    if (committed)
        Q_EMIT blocksCommitted(committed->first, committed->second);
    for (const auto &[hash, block, ok] : std::as_const(confirmed))
        Q_EMIT transactionConfirmed(hash, block, ok);
}

void LightNode::confirmStored(store::LightStore &store)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        auto found = store.findTransaction(*it);
        if (found && *found) {
            m_confirmed.append({ *it, (*found)->first, (*found)->second == 0 });
            it = m_watched.erase(it);
        } else {
            ++it;
        }
    }
}

void LightNode::run()
{
    auto store = store::LightStore::open(m_storePath);
    if (!store) {
        const QString message = store.error().message;
        post([this, message] {
            Q_EMIT syncFailed(message);
            Q_EMIT stopped();
        });
        return;
    }
    SyncLoopHooks hooks;
    hooks.progress = [this](const SyncProgress &p) {
        QMutexLocker lock(&m_mutex);
        m_progress = p;
    };
    hooks.committed = [this](const CommittedRun &run) {
        QMutexLocker lock(&m_mutex);
        m_committed = m_committed ? std::pair { m_committed->first, run.last } : std::pair { run.first, run.last };
        for (const CommittedRun::Tx &tx : run.transactions)
            if (m_watched.remove(tx.hash))
                m_confirmed.append({ tx.hash, tx.block, tx.status == 0 });
    };
    hooks.endpointChanged = [this](const EndpointStatus &status) {
        {
            QMutexLocker lock(&m_mutex);
            for (EndpointStatus &e : m_endpoints)
                if (e.url == status.url)
                    e = status;
        }
        post([this, status] { Q_EMIT endpointChanged(status); });
    };
    hooks.alarm = [this](const SyncAlarm &alarm) { post([this, alarm] { Q_EMIT alarmRaised(alarm); }); };

    RpcOptions rpc = m_options.rpc;
    rpc.cancel = m_cancel;
    SyncLoop loop(**store, m_profile, rpc, m_options.sync, hooks);
    auto ended = loop.follow(m_options.pollIntervalMs, [this, &store](const Result<SyncSummary, SyncError> &round) {
        confirmStored(**store);
        if (round) {
            const quint64 height = round->height;
            // After the round's last commit is flushed, so listeners see the blocks first.
            post([this, height] {
                flush();
                Q_EMIT caughtUp(height);
            });
        } else if (!round.error().cancelled) {
            const QString message = round.error().error.message;
            post([this, message] { Q_EMIT syncFailed(message); });
        }
    });
    QString message;
    if (!ended && !ended.error().cancelled)
        message = ended.error().error.message;
    post([this, message] {
        if (!message.isEmpty())
            Q_EMIT syncFailed(message);
        Q_EMIT stopped();
    });
}

} // namespace credit::chain
