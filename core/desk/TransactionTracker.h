// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "chain/MarketClient.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace credit::desk {

//! The one follower of a desk's transactions: pending from track() until the
//! light node verifies the block that holds it (confirmed) or the send fails
//! (failed). `key` names what the transaction changes — an order or a product
//! id — so a screen can show that row as pending and refuse a second action on
//! it meanwhile. Lives on the GUI thread; the sends run on the session's chain worker.
class TransactionTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionTracker)
public:
    //! Starts the send on the chain worker; its future yields the executed transaction.
    using Start = std::function<QFuture<Result<market::Outcome>>()>;
    //! Asks the light node to report a transaction's verified block (DeskSession::watchTransaction).
    using Watch = std::function<void(const QByteArray &txHash)>;

    explicit TransactionTracker(Watch watch, QObject *parent = nullptr);

    //! Starts and follows one transaction for key; false (nothing started) while key is pending.
    bool track(quint64 key, const Start &start);
    //! True from track() until the verified block confirms it or it fails.
    bool isPending(quint64 key) const { return m_pending.contains(key); }

public Q_SLOTS:
    //! The light node verified the block holding txHash (DeskSession::transactionConfirmed).
    void onTransactionConfirmed(const QByteArray &txHash, quint64 block, bool succeeded);

Q_SIGNALS:
    //! The node executed it (block as the node reported); the light node still has to verify it.
    void sent(quint64 key, const QByteArray &txHash, quint64 block);
    //! It was not sent or the node refused it; nothing changed on the chain.
    void failed(quint64 key, const credit::Error &error);
    //! A verified block holds it; succeeded false when its receipt failed.
    void confirmed(quint64 key, quint64 block, bool succeeded);

private:
    Watch m_watch;
    QSet<quint64> m_pending;
    QHash<QByteArray, quint64> m_watching; // tx hash -> key
};

} // namespace credit::desk
