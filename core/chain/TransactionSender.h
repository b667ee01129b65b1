// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

namespace credit::chain {

class CancelToken;
class ChainRpc;

//! How patiently a TransactionSender works.
struct SenderOptions {
    //! New transactions built after a refusal that a fresh blockLimit and
    //! nonce cure (BlockLimitCheckFailed, nonce already used).
    int maxRebuilds = 3;
    //! Time between getTransactionReceipt polls (HTTP has no push, §1).
    int pollIntervalMs = 500;
    //! How long to wait for the receipt after the node accepted the transaction.
    int receiptTimeoutMs = 60000;
    //! Stops the polling wait; the RpcClient's own token stops transfers.
    std::shared_ptr<const CancelToken> cancel;
};

//! A committed, successful transaction.
struct SentTransaction {
    QByteArray hash; //!< 32 bytes, computed locally and confirmed by the node
    QJsonObject receipt; //!< as the node sent it
    quint64 blockNumber = 0;
    QByteArray output; //!< return data of the call
    int transactionsBuilt = 1; //!< 1 + rebuilds after cured refusals
};

//! Builds, signs and sends FISCO 国密 transactions (PROTOCOL.md §3) and
//! waits for their receipts. Blocking: run it on a worker thread.
class TransactionSender final {
public:
    //! rpc must outlive the sender. chainId and groupId come from the network
    //! profile; the node refuses transactions whose ids do not match its own.
    TransactionSender(
        ChainRpc &rpc, crypto::Sm2PrivateKey key, quint64 chainId, quint64 groupId, SenderOptions options = {});
    Q_DISABLE_COPY_MOVE(TransactionSender)

    //! Sends data to the contract at `to` (20 bytes; empty deploys) and waits
    //! for the receipt. Fails with a message a user can act on: the node's
    //! refusal (Rejected), a revert with its decoded reason (Rejected), no
    //! receipt in time (Network, naming the hash so it can be looked up
    //! before anything is sent again).
    Result<SentTransaction> send(const QByteArray &to, const QByteArray &data, const QByteArray &extraData = {});

    //! Polls for the receipt of a transaction that was already sent.
    Result<SentTransaction> waitForReceipt(const QByteArray &txHash);

private:
    Result<SentTransaction> readReceipt(const QByteArray &txHash, const QJsonObject &receipt) const;

    ChainRpc &m_rpc;
    crypto::Sm2PrivateKey m_key;
    quint64 m_chainId;
    quint64 m_groupId;
    SenderOptions m_options;
};

} // namespace credit::chain
