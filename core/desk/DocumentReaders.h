// SPDX-License-Identifier: Apache-2.0
// Who may read an order's documents — the one place that decides it.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>

namespace credit::store {
class Database;
}

namespace credit::desk {

//! The readers of an order's request and report (PROTOCOL.md §7, §8): the
//! order's bank, its bureau and every active regulator; a dispute's copies add
//! the mediator. Every key comes from verified blocks (the light store, where
//! the contract checked that it hashes to the account), never from a node's
//! answer. Used on the thread that owns db.
class DocumentReaders final {
public:
    explicit DocumentReaders(store::Database &db) : m_db(db) { }

    //! Bank, bureau, then every active regulator.
    Result<QList<crypto::Sm2PublicKey>> ofOrder(const QByteArray &bank, const QByteArray &bureau);
    //! One registered institution's key (a dispute's mediator).
    Result<crypto::Sm2PublicKey> of(const QByteArray &account);

private:
    store::Database &m_db;
};

} // namespace credit::desk
