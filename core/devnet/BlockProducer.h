// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codec/BlockHeader.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "devnet/TxPool.h"

#include <QList>

#include <functional>

namespace credit::devnet {

class ChainDb;
class TransactionExecutor;

//! Seals blocks: executes pooled transactions in order, builds receipts and
//! both Merkle roots, the header and its SM3 hash, signs it with every sealer
//! key the devnet holds that is in the current sealer list, and commits the
//! block, its transactions, receipts and state changes in ONE SQLite transaction.
class BlockProducer final {
public:
    BlockProducer(ChainDb &db, TransactionExecutor &executor, QList<crypto::Sm2PrivateKey> heldKeys)
        : m_db(db), m_executor(executor), m_keys(std::move(heldKeys))
    {
    }

    //! Writes block 0 (no signatures: its hash is the trust anchor) and, in the
    //! same SQLite transaction, the genesis state written by initialiseState.
    Result<void> writeGenesis(
        const chain::BlockHeader &genesis, const std::function<Result<void>()> &initialiseState = {});
    //! Seals one block from `transactions` (none: no block, returns the old height).
    //! timestampMs 0 = now (never earlier than the parent's timestamp + 1).
    Result<quint64> seal(const QList<PooledTransaction> &transactions, quint64 timestampMs = 0);

    //! Sealer list for the next block (changed by the consensus precompile).
    QList<QByteArray> nextSealerList();
    Result<void> setNextSealerList(const QList<QByteArray> &sealers);
    bool holdsKey(const QByteArray &nodeId) const;
    //! Sign with only the first n sealers of each block's list (0: all). A value
    //! below the quorum is raised to it: blocks must stay final.
    void setSigningSealers(int n) { m_signingSealers = n; }
    //! The sealer list of the block being sealed right now (what a sealer change
    //! made during this block is measured against).
    const QList<QByteArray> &sealingList() const { return m_sealingList; }

private:
    ChainDb &m_db;
    TransactionExecutor &m_executor;
    QList<crypto::Sm2PrivateKey> m_keys;
    QList<QByteArray> m_sealingList;
    int m_signingSealers = 0;
};

} // namespace credit::devnet
