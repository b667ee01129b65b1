// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace credit::store {
class Database;
}

namespace credit::devnet {

//! One account's writes to the document store since some time.
struct WriterUsage {
    QByteArray account; //!< 20-byte address
    qint64 documents = 0;
    qint64 bytes = 0;
    qint64 lastWriteMs = 0; //!< UTC ms of the newest write
};

//! The store's audit trail: who wrote which document, how large, when — a
//! table beside the chain in the data folder's chain.sqlite (it outlives a
//! restart, so quotas do too), and one line per write in the devnet's log.
//! Owned by the devnet's thread, like the chain database it shares.
class DocumentWriteLog final {
public:
    //! Creates the table when the data folder has none yet.
    static Result<DocumentWriteLog> open(store::Database &db);

    Result<void> record(const QByteArray &account, const QByteArray &name, qint64 size, qint64 atMs);
    //! Bytes the account wrote at or after sinceMs.
    qint64 bytesSince(const QByteArray &account, qint64 sinceMs);
    //! Every account that wrote at or after sinceMs, most bytes first.
    QList<WriterUsage> usageSince(qint64 sinceMs);

private:
    explicit DocumentWriteLog(store::Database &db) : m_db(&db) { }
    store::Database *m_db;
};

} // namespace credit::devnet
