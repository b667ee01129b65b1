// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codec/BlockHeader.h"
#include "codec/Receipt.h"
#include "common/Result.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace credit::devnet {

//! A committed transaction and where it sits.
struct StoredTransaction {
    QByteArray raw;
    quint64 block = 0;
    quint64 index = 0;
};

//! The devnet's chain on disk (SQLite, WAL): blocks, transactions, receipts,
//! contract state, documents. Owned by the devnet's thread.
class ChainDb final {
public:
    static Result<std::unique_ptr<ChainDb>> open(const QString &dir);

    store::Database &db() { return *m_db; }

    bool isEmpty();
    //! Height of the newest block; -1 on an empty chain.
    qint64 height();
    std::optional<chain::BlockHeader> header(quint64 number);
    QByteArray hash(quint64 number);
    //! The number of the block with this hash, if there is one.
    std::optional<quint64> numberOf(const QByteArray &blockHash);
    //! Committed transactions, and those among them whose receipt status is not 0.
    quint64 transactionCount();
    quint64 failedTransactionCount();
    QList<chain::SealerSignature> signatures(quint64 number);
    QList<QByteArray> transactionHashes(quint64 number);
    std::optional<StoredTransaction> transaction(const QByteArray &hash);
    std::optional<chain::Receipt> receipt(const QByteArray &txHash);
    //! Was this nonce used by a transaction in a block numbered > sinceBlock?
    bool nonceUsedSince(const QByteArray &nonce, qint64 sinceBlock);

    QByteArray meta(const QString &key);
    Result<void> setMeta(const QString &key, const QByteArray &value);

    //! Writes a block with its transactions and receipts (call inside a transaction).
    Result<void> putBlock(const chain::BlockHeader &header, const QByteArray &hash,
        const QList<chain::SealerSignature> &signatures, const QList<QByteArray> &rawTransactions,
        const QList<QByteArray> &transactionHashes, const QList<QByteArray> &nonces,
        const QList<chain::Receipt> &receipts);

    std::optional<QByteArray> stateGet(const QByteArray &key);
    Result<void> statePut(const QByteArray &key, const QByteArray &value);

    std::optional<QByteArray> document(const QByteArray &hash);
    Result<void> putDocument(const QByteArray &hash, const QByteArray &body);
    bool hasDocument(const QByteArray &hash);
    //! Bytes of all stored documents.
    qint64 documentBytes();

private:
    explicit ChainDb(std::unique_ptr<store::Database> db) : m_db(std::move(db)) { }
    std::unique_ptr<store::Database> m_db;
};

} // namespace credit::devnet
