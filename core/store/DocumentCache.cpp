// SPDX-License-Identifier: Apache-2.0
#include "store/DocumentCache.h"

#include "codec/Hex.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace credit::store {

DocumentCache::DocumentCache(QString dir, qint64 maxBytes) : m_dir(std::move(dir)), m_maxBytes(maxBytes) { }

QString DocumentCache::pathFor(const QByteArray &hash) const
{
    return QDir(m_dir).filePath(hex::encode(hash) + QStringLiteral(".envelope"));
}

std::optional<QByteArray> DocumentCache::get(const QByteArray &hash) const
{
    QFile file(pathFor(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray body = file.readAll();
    file.close();
    if (crypto::sm3(body) != hash) {
        // A damaged file is a miss, not an error: the store has the original.
        QFile::remove(file.fileName());
        return std::nullopt;
    }
    // The access time decides what trim() drops first.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return body;
}

Result<void> DocumentCache::put(const QByteArray &body)
{
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("DocumentCache", "cannot create the document cache folder %1").arg(m_dir));
    QSaveFile file(pathFor(crypto::sm3(body)));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("DocumentCache", "cannot write to the document cache %1: %2")
                .arg(m_dir, file.errorString()));
    trim();
    return {};
}

qint64 DocumentCache::size() const
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(m_dir).entryInfoList({ QStringLiteral("*.envelope") }, QDir::Files))
        total += info.size();
    return total;
}

void DocumentCache::trim() const
{
    QFileInfoList files = QDir(m_dir).entryInfoList({ QStringLiteral("*.envelope") }, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &info : std::as_const(files))
        total += info.size();
    // QDir::Time sorts newest first: drop from the end.
    while (total > m_maxBytes && files.size() > 1) {
        const QFileInfo oldest = files.takeLast();
        if (QFile::remove(oldest.absoluteFilePath()))
            total -= oldest.size();
    }
}

} // namespace credit::store
