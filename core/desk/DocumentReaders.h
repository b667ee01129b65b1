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
//! the mediator. An institution reads through its admin key and the keys of
//! its users active when the document is sealed (a user frozen before is left
//! out; one opened after asks for a re-grant: docs/DECISIONS.md). Every key
//! comes from verified blocks (the light store), never from a node's answer.
//! Used on the thread that owns db.
class DocumentReaders final {
public:
    explicit DocumentReaders(store::Database &db) : m_db(db) { }

    //! Bank, bureau, then every active regulator, each with its active users;
    //! a 链融 order's request adds its partner bureaus (they read the request
    //! to make their parts).
    Result<QList<crypto::Sm2PublicKey>> ofOrder(
        const QByteArray &bank, const QByteArray &bureau, const QList<QByteArray> &partners = {});
    //! 链融: the readers of a partner's part — the lead bureau, the partner,
    //! then every active regulator, each with its active users.
    Result<QList<crypto::Sm2PublicKey>> ofPart(const QByteArray &leadBureau, const QByteArray &partner);
    //! The readers of a recorded authorisation's document: the bank, then every
    //! active regulator, each with its active users (the bureau reads the letter
    //! in each order's request instead).
    Result<QList<crypto::Sm2PublicKey>> ofAuthorisation(const QByteArray &bank);
    //! One registered institution's key and its active users' keys (a dispute's mediator).
    Result<QList<crypto::Sm2PublicKey>> of(const QByteArray &account);

private:
    store::Database &m_db;
};

} // namespace credit::desk
