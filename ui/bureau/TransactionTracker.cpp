// SPDX-License-Identifier: Apache-2.0
#include "bureau/TransactionTracker.h"

#include "bureau/ActionError.h"
#include "session/TerminalContext.h"

#include <QFutureWatcher>

namespace credit::ui {

TransactionTracker::TransactionTracker(TerminalContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    connect(&context, &TerminalContext::transactionConfirmed, this, &TransactionTracker::onConfirmed);
}

bool TransactionTracker::submit(quint64 key, Job job)
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
            Q_EMIT failed(key, describeActionError(outcome.error()));
            return;
        }
        const QByteArray hash = outcome->transaction.hash;
        m_watching.insert(hash, key);
        m_context.watchTransaction(hash);
        Q_EMIT sent(key, hash, outcome->transaction.blockNumber);
    });
    watcher->setFuture(m_context.runMarket<market::Outcome>(std::move(job)));
    return true;
}

void TransactionTracker::onConfirmed(const QByteArray &txHash, quint64, bool succeeded)
{
    const auto it = m_watching.constFind(txHash);
    if (it == m_watching.cend())
        return;
    const quint64 key = *it;
    m_watching.erase(it);
    m_pending.remove(key);
    Q_EMIT confirmed(key, succeeded);
}

} // namespace credit::ui
