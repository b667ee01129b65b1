// SPDX-License-Identifier: Apache-2.0
// Documents fetched once and kept on disk, named by their SM3. They are the
// encrypted envelopes exactly as the store served them (never the decrypted
// contents), so the cache holds nothing a thief could read without a key.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace credit::store {

class DocumentCache final {
public:
    //! dir: created when missing; maxBytes: the total kept before the least
    //! recently used documents are dropped.
    explicit DocumentCache(QString dir, qint64 maxBytes = qint64(512) * 1024 * 1024);

    //! The cached document named `hash`; nullopt when absent or when the
    //! file no longer hashes to its name (then it is removed).
    std::optional<QByteArray> get(const QByteArray &hash) const;
    //! Stores body under SM3(body), atomically; then trims to maxBytes.
    Result<void> put(const QByteArray &body);
    //! Bytes the cached documents take.
    qint64 size() const;
    const QString &dir() const { return m_dir; }

private:
    QString pathFor(const QByteArray &hash) const;
    void trim() const;

    QString m_dir;
    qint64 m_maxBytes;
};

} // namespace credit::store
