// SPDX-License-Identifier: Apache-2.0
#include "desk/TransactionTracker.h"

#include <QFutureWatcher>

namespace credit::desk {

TransactionTracker::TransactionTracker(Watch watch, QObject *parent) : QObject(parent), m_watch(std::move(watch)) { }

bool TransactionTracker::track(quint64 key, const Start &start)
{
    if (m_pending.contains(key))
        return false;
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<Result<market::Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        const Result<market::Outcome> outcome = watcher->result();
        if (!outcome) {
            m_pending.remove(key);
            Q_EMIT failed(key, outcome.error());
            return;
        }
        const QByteArray hash = outcome->transaction.hash;
        m_watching.insert(hash, key);
        if (m_watch)
            m_watch(hash);
        Q_EMIT sent(key, hash, outcome->transaction.blockNumber);
    });
    watcher->setFuture(start());
    return true;
}

void TransactionTracker::onTransactionConfirmed(const QByteArray &txHash, quint64 block, bool succeeded)
{
    const auto it = m_watching.constFind(txHash);
    if (it == m_watching.cend())
        return;
    const quint64 key = *it;
    m_watching.erase(it);
    m_pending.remove(key);
    Q_EMIT confirmed(key, block, succeeded);
}

} // namespace credit::desk
