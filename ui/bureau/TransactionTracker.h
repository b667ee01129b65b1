// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "chain/MarketClient.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace credit::market {
class MarketSession;
}

namespace credit::ui {

class TerminalContext;

//! Runs a page's contract transactions on the session's worker thread and
//! follows each until a verified block holds it. `key` names what the
//! transaction changes (a product or an order id): the page shows it pending
//! from submit() until confirmed() or failed().
class TransactionTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTracker)
public:
    using Job = std::function<Result<market::Outcome>(market::MarketSession &)>;

    //! context must outlive the tracker.
    explicit TransactionTracker(TerminalContext &context, QObject *parent = nullptr);

    //! Sends job's transaction off the GUI thread; false (nothing sent) while key is already pending.
    bool submit(quint64 key, Job job);
    //! True from submit() until the verified block confirms it or it fails.
    bool isPending(quint64 key) const { return m_pending.contains(key); }

Q_SIGNALS:
    //! The node accepted and sealed it (block as the node reported); the light node still has to verify it.
    void sent(quint64 key, const QByteArray &txHash, quint64 block);
    //! It was not sent or was refused: message says what to do.
    void failed(quint64 key, const QString &message);
    //! A verified block holds it; succeeded false when its receipt failed.
    void confirmed(quint64 key, bool succeeded);

private:
    void onConfirmed(const QByteArray &txHash, quint64 block, bool succeeded);

    TerminalContext &m_context;
    QSet<quint64> m_pending;
    QHash<QByteArray, quint64> m_watching;  // tx hash -> key
};

} // namespace credit::ui
