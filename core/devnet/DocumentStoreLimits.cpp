// SPDX-License-Identifier: Apache-2.0
#include "devnet/DocumentStoreLimits.h"

#include "devnet/DocumentWriteLog.h"

#include <QStorageInfo>

namespace credit::devnet {

using chain::docstore::Refusal;

namespace {

QString mib(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

DocumentStoreLimits::DocumentStoreLimits(
    const DocumentStoreOptions &options, DocumentWriteLog &log, QString dataDir, qint64 storedBytes)
    : m_options(options), m_log(log), m_dataDir(std::move(dataDir)), m_storedBytes(storedBytes)
{
}

std::optional<StoreRefusal> DocumentStoreLimits::checkSize(qint64 size) const
{
    if (size <= m_options.maxDocumentBytes)
        return std::nullopt;
    return StoreRefusal { Refusal::TooLarge,
        QStringLiteral("the document is %1; this store takes documents up to %2")
            .arg(mib(size), mib(m_options.maxDocumentBytes)) };
}

std::optional<StoreRefusal> DocumentStoreLimits::checkWrite(
    const QByteArray &account, qint64 size, bool newDocument, qint64 nowMs)
{
    const qint64 used = m_log.bytesSince(account, nowMs - m_options.quotaWindowMs);
    if (used + size > m_options.quotaBytes)
        return StoreRefusal { Refusal::QuotaExceeded,
            QStringLiteral("account 0x%1 wrote %2 in the last %3 minutes; its quota is %4 per %3 minutes")
                .arg(QString::fromLatin1(account.toHex()), mib(used))
                .arg(m_options.quotaWindowMs / 60000)
                .arg(mib(m_options.quotaBytes)) };
    if (!newDocument) // the store already holds it: nothing more on disk
        return std::nullopt;
    if (m_storedBytes + size > m_options.maxTotalBytes)
        return StoreRefusal { Refusal::StoreFull,
            QStringLiteral("the store holds %1 of its %2 limit; this document does not fit")
                .arg(mib(m_storedBytes), mib(m_options.maxTotalBytes)) };
    const QStorageInfo disk(m_dataDir);
    if (disk.isValid() && disk.bytesAvailable() - size < m_options.minFreeBytes)
        return StoreRefusal { Refusal::DiskLow,
            QStringLiteral("the store's disk has %1 free; it keeps %2 free for the chain")
                .arg(mib(disk.bytesAvailable()), mib(m_options.minFreeBytes)) };
    return std::nullopt;
}

} // namespace credit::devnet
