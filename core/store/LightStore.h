// SPDX-License-Identifier: Apache-2.0
// The light node's local store: verified blocks and the CreditMarket
// projections built from their events. Only the sync thread writes (one
// LightStore opened with open()); readers use openReadOnly() connections,
// which WAL lets run alongside the writer.
#pragma once

#include "chain/BlockVerifier.h"
#include "common/Result.h"
#include "market/MarketEnums.h"
#include "market/MarketEvents.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace credit::store {

//! One decoded contract event of a block, with where it sits.
struct BlockEvent {
    QByteArray txHash;
    quint32 txIndex = 0;
    quint32 logIndex = 0; //!< index of the log within its receipt
    market::MarketEvent event;
};

//! A verified block with its decoded events, ready to commit.
struct CommittableBlock {
    chain::VerifiedBlock block;
    QList<BlockEvent> events;
};

//! Where the verified chain refers to a document (an envelope in the document store).
struct DocumentReference {
    enum class Kind { Request, Report, AuthorisationLetter, Part }; //!< Part: a 链融 partner's part of the order
    quint64 orderId = 0; //!< for an AuthorisationLetter: the authorisation's id
    Kind kind = Kind::Request;
};

struct StoreCounts {
    qint64 blocks = 0, transactions = 0, institutions = 0, products = 0, orders = 0, orderEvents = 0, disputes = 0;
    QJsonObject toJson() const;
};

//! An order's current state as projected from its events.
struct OrderRow {
    quint64 orderId = 0;
    QByteArray bank, bureau;
    quint64 productId = 0, priceFen = 0;
    market::OrderState state = market::OrderState::None;
    QByteArray reportHash; //!< empty until delivered
    quint64 placedBlock = 0;
    quint64 placedAtMs = 0, updatedAtMs = 0;
    quint64 block = 0; //!< the block of the last event
    QByteArray tx; //!< the transaction of the last event
    QJsonObject toJson() const;
};

//! A sealer list and the first verified block it signed (the operator's sealer history).
struct SealerSetRow {
    quint64 fromBlock = 0; //!< 0: the genesis list
    qint64 timestampMs = 0; //!< that block's timestamp
    QList<QByteArray> nodeIds; //!< 64-byte SM2 public keys, in the header's order
};

class LightStore final {
public:
    //! Opens or creates the store at path (a file), migrating it to the current schema.
    static Result<std::unique_ptr<LightStore>> open(const QString &path);
    //! A reader's connection to an existing store of the current schema.
    static Result<std::unique_ptr<LightStore>> openReadOnly(const QString &path);

    //! Stores block 0 as the trust anchor after checking that its header
    //! (as a node served it) hashes to expectedHash — the profile's genesis
    //! hash — so its sealer list can be trusted. A store already anchored
    //! must have been anchored at that same hash.
    Result<void> initialise(const QJsonObject &genesisHeader, const QByteArray &expectedHash);

    //! Writes the block, its transactions and the projections of its events
    //! in one SQLite transaction: all of it or, on any error, nothing. The
    //! block must extend the stored tip (number and parent hash).
    Result<void> commitBlock(const chain::VerifiedBlock &block, const QList<BlockEvent> &events);
    //! A run of consecutive verified blocks in one SQLite transaction (one
    //! fsync for the run): each block is still all-or-nothing, and a failure
    //! stores none of the run.
    Result<void> commitBlocks(const QList<CommittableBlock> &blocks);

    //! The highest stored block; nullopt before initialise().
    Result<std::optional<quint64>> height();
    //! The anchor for verifying the next block: stored tip + its sealer list.
    Result<chain::TrustedTip> tip();
    //! The order whose request or report envelope is named `hash`; nullopt when no verified block mentions it.
    Result<std::optional<DocumentReference>> documentReference(const QByteArray &hash);
    //! Where a stored transaction is: its block and receipt status; nullopt when not stored.
    Result<std::optional<std::pair<quint64, quint64>>> findTransaction(const QByteArray &hash);
    //! The stored block `number` as an anchor (its hash and the sealers in force after it).
    Result<std::optional<chain::TrustedTip>> tipAt(quint64 number);
    //! Every sealer list the verified chain has had, oldest first (the last is in force).
    Result<QList<SealerSetRow>> sealerHistory();
    Result<QByteArray> genesisHash();
    Result<StoreCounts> counts();
    //! Orders by id; only those in `state` when given.
    Result<QList<OrderRow>> orders(std::optional<market::OrderState> state = std::nullopt);

    Database &database() { return *m_db; }

private:
    explicit LightStore(std::unique_ptr<Database> db) : m_db(std::move(db)) { }
    Result<void> insertBlock(const chain::VerifiedBlock &block);
    Result<void> writeBlock(
        const chain::TrustedTip &current, const chain::VerifiedBlock &block, const QList<BlockEvent> &events);

    std::unique_ptr<Database> m_db;
};

} // namespace credit::store
