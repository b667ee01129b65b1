// SPDX-License-Identifier: Apache-2.0
// The regulator's local copy of what the statistics need from the decrypted
// request envelopes (RequestFacts), in its own SQLite file beside the light
// store. Each row is SM4-CBC encrypted under a random 16-byte data key with a
// fresh IV; the data key is stored only SM2-encrypted to the signed-in
// regulator's public key, so the copy opens with that key and no other
// (docs/DECISIONS.md "The regulator's decrypted copy"). The plaintext names
// its order id, so a row moved to another id is refused as corrupt.
#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "crypto/Sm2Key.h"
#include "supervision/RequestFacts.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace credit::store {
class Database;
}

namespace credit::supervision {

class PrivateCopy final {
public:
    //! Opens or creates the copy at path for `key`. A copy made with another
    //! key is refused (ErrorKind::WrongPassword) and left as it is.
    static Result<std::unique_ptr<PrivateCopy>> open(const QString &path, const crypto::Sm2PrivateKey &key);
    ~PrivateCopy();
    Q_DISABLE_COPY_MOVE(PrivateCopy)

    //! Stores (or replaces) rows, all in one transaction.
    Result<void> put(const QList<RequestFacts> &rows);
    //! Decrypts every row in order-id order, handing each to `row`: how many.
    Result<qint64> load(const std::function<void(RequestFacts &&)> &row);
    //! The order ids kept.
    Result<QSet<quint64>> orderIds();

private:
    PrivateCopy(std::unique_ptr<store::Database> db, crypto::SecretBytes dataKey);
    std::unique_ptr<store::Database> m_db;
    crypto::SecretBytes m_dataKey;
};

} // namespace credit::supervision
