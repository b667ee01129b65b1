// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "devnet/DocumentStoreLimits.h"
#include "devnet/DocumentStoreOptions.h"
#include "devnet/DocumentWriteAdmission.h"
#include "devnet/DocumentWriteLog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace credit::devnet {

class ChainDb;

//! The answer to one PUT: status and a JSON body ({"stored": name} or
//! {"code", "message"} for a refusal, docs/DOCUMENT_STORE.md).
struct StoreAnswer {
    int status = 201;
    QByteArray json;
};

//! The devnet's document store writes (PROTOCOL.md §8, docs/DOCUMENT_STORE.md):
//! checks a PUT in a fixed order — name, size, hash, signature, standing,
//! quota, room — stores it and writes the audit trail. Reads are served by
//! the devnet straight from ChainDb and never pass through here.
class DocumentStoreService final {
public:
    static Result<std::unique_ptr<DocumentStoreService>> open(
        ChainDb &db, const DocumentStoreOptions &options, const QString &dataDir);

    //! nowMs: the store's wall clock, UTC ms (a parameter so tests can move it).
    StoreAnswer put(const QString &nameText, const WriteHeaders &headers, const QByteArray &body, qint64 nowMs);
    //! Per-account writes since sinceMs, for the operator's view of the network.
    QList<WriterUsage> usageSince(qint64 sinceMs) { return m_log.usageSince(sinceMs); }
    qint64 storedBytes() const { return m_limits.storedBytes(); }

private:
    DocumentStoreService(
        ChainDb &db, const DocumentStoreOptions &options, DocumentWriteLog log, const QString &dataDir);

    ChainDb &m_db;
    DocumentWriteLog m_log;
    DocumentWriteAdmission m_admission;
    DocumentStoreLimits m_limits;
};

} // namespace credit::devnet
