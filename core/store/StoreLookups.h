// SPDX-License-Identifier: Apache-2.0
// The few facts of the verified store that MarketQueries does not return
// yet: institutions' public keys (whom to seal documents for), an order's
// document hashes, and how many sealers signed a block (the proof badge).
// Beside MarketQueries: the store's SQL stays in core, never in ui/.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/Institution.h"
#include "market/MarketEnums.h"
#include "market/MarketRecords.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace credit::store {

class Database;
class Statement;

//! The on-chain documents of one order (SM3 hashes; empty until set).
struct OrderDocuments {
    QByteArray requestDocument; //!< SM3 of the request envelope
    QByteArray reportHash; //!< SM3 of the report plaintext
    QByteArray reportDocument; //!< SM3 of the report envelope
};

//! What raiseDispute put on chain for the mediator alone.
struct DisputeGrantRecord {
    QByteArray mediator; //!< 20-byte account
    QByteArray keyEnvelope; //!< sealed for the mediator: the grant naming the document copies
};

using market::BlockSeal;

class StoreLookups final {
public:
    //! db must outlive this object; used on the thread that owns it.
    explicit StoreLookups(Database &db) : m_db(db) { }

    //! The public key of an institution the chain registered.
    Result<crypto::Sm2PublicKey> publicKey(const QByteArray &account);
    //! The institution registered for account, as the verified blocks left it
    //! (active or not); nullopt when no verified block registered it.
    Result<std::optional<market::Institution>> institution(const QByteArray &account);
    //! Public keys of every active institution with `role`, each followed by its active users' keys.
    Result<QList<crypto::Sm2PublicKey>> publicKeys(market::Role role);
    //! The keys of the active users of one institution, in the order they were opened.
    Result<QList<crypto::Sm2PublicKey>> activeUserKeys(const QByteArray &institution);
    //! The user opened for account, as the verified blocks left it (active or
    //! frozen); nullopt when no verified block opened it.
    Result<std::optional<market::User>> user(const QByteArray &account);
    //! The order's documents; nullopt when no verified block placed it.
    Result<std::optional<OrderDocuments>> orderDocuments(quint64 orderId);
    //! The dispute grant of an order; nullopt when no verified block raised a dispute on it.
    Result<std::optional<DisputeGrantRecord>> disputeGrant(quint64 orderId);
    //! The seal of a stored block; nullopt when not stored.
    Result<std::optional<BlockSeal>> blockSeal(quint64 number);

private:
    //! The (account, public_key) rows of stmt as keys, each checked against its account.
    static Result<QList<crypto::Sm2PublicKey>> keysOf(Statement &stmt);

    Database &m_db;
};

} // namespace credit::store
