// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "devnet/DocumentStoreOptions.h"
#include "devnet/StoreRefusal.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace credit::devnet {

class DocumentWriteLog;

//! How much the document store takes (docs/DOCUMENT_STORE.md "Limits"): one
//! document's size, one account's bytes per window, the store's total and the
//! disk's reserve. Each refuses writes only; reads never pass through here.
class DocumentStoreLimits final {
public:
    //! storedBytes: what the store holds now; dataDir: whose disk to watch.
    DocumentStoreLimits(
        const DocumentStoreOptions &options, DocumentWriteLog &log, QString dataDir, qint64 storedBytes);

    std::optional<StoreRefusal> checkSize(qint64 size) const;
    //! The quota, then — for a document the store does not hold yet — the total and the disk.
    std::optional<StoreRefusal> checkWrite(const QByteArray &account, qint64 size, bool newDocument, qint64 nowMs);
    //! A new document of `size` bytes was stored.
    void addStored(qint64 size) { m_storedBytes += size; }
    qint64 storedBytes() const { return m_storedBytes; }

private:
    DocumentStoreOptions m_options;
    DocumentWriteLog &m_log;
    QString m_dataDir;
    qint64 m_storedBytes;
};

} // namespace credit::devnet
