// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codec/Receipt.h"

#include <QByteArray>
#include <QList>

namespace credit::devnet {

class ChainDb;

//! What executing one transaction produced. status != 0 means every state
//! write of the transaction is rolled back by the caller.
struct Execution {
    quint64 status = chain::kStatusSuccess;
    QByteArray output;
    QList<chain::LogEntry> logs;
};

//! Where the block producer sends each transaction: the contract runtime and
//! the precompiled contracts. Runs inside a savepoint the producer owns.
class TransactionExecutor {
public:
    virtual ~TransactionExecutor() = default;
    //! Runs a call from `sender` to `to` with `data` against the state in db.
    //! Used for transactions (inside a savepoint the producer owns) and for the
    //! read-only `call` RPC (whose savepoint is always rolled back).
    virtual Execution execute(ChainDb &db, const QByteArray &sender, const QByteArray &to, const QByteArray &data,
        quint64 blockNumber, quint64 timestampMs)
        = 0;
};

} // namespace credit::devnet
