// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codec/Transaction.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace credit::devnet {

//! Admission rules of a FISCO 2.x node (PROTOCOL.md §3).
struct AdmissionRules {
    quint64 chainId = 1;
    quint64 groupId = 1;
    qsizetype maxTransactionSize = tx::kMaxRawSize;
    qsizetype poolLimit = 10000;
    quint64 blockLimitWindow = 1000;
};

struct PooledTransaction {
    tx::Transaction tx;
    QByteArray raw;
    QByteArray hash;
};

//! Pending transactions in arrival order. Not thread-safe: owned by the devnet thread.
class TxPool final {
public:
    //! nonceOnChain(nonce, sinceBlock): was the nonce used in a block after sinceBlock?
    //! hashOnChain(hash): is this transaction already committed?
    struct ChainView {
        quint64 height = 0;
        std::function<bool(const QByteArray &, qint64)> nonceOnChain;
        std::function<bool(const QByteArray &)> hashOnChain;
    };

    explicit TxPool(AdmissionRules rules) : m_rules(rules) { }

    //! Checks and queues a raw transaction; returns its hash. A rejection is an
    //! ErrorKind::Rejected error whose message starts with FISCO's reason word.
    Result<QByteArray> admit(QByteArrayView raw, const ChainView &chain);

    //! Removes and returns up to max transactions, oldest first.
    QList<PooledTransaction> take(qsizetype max);
    qsizetype size() const { return m_queue.size(); }
    //! The pending transactions, oldest first (getPendingTransactions).
    const QList<PooledTransaction> &pending() const { return m_queue; }
    const AdmissionRules &rules() const { return m_rules; }

private:
    AdmissionRules m_rules;
    QList<PooledTransaction> m_queue;
    QSet<QByteArray> m_hashes;
    QSet<QByteArray> m_nonces;
};

} // namespace credit::devnet
