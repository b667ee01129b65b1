// SPDX-License-Identifier: Apache-2.0
#include "devnet/DocumentWriteLog.h"

#include "store/Sqlite.h"

#include <QDateTime>

namespace credit::devnet {

Result<DocumentWriteLog> DocumentWriteLog::open(store::Database &db)
{
    if (auto r = db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS document_writes(account BLOB NOT NULL, name BLOB NOT NULL, "
            "size INTEGER NOT NULL, at_ms INTEGER NOT NULL);"
            "CREATE INDEX IF NOT EXISTS document_writes_by_account ON document_writes(account, at_ms);"));
        !r)
        return r.error();
    return DocumentWriteLog(db);
}

Result<void> DocumentWriteLog::record(const QByteArray &account, const QByteArray &name, qint64 size, qint64 atMs)
{
    qInfo("credit-devnet: document store: %s wrote 0x%s, %lld bytes, at %s",
        qPrintable(QStringLiteral("0x") + QString::fromLatin1(account.toHex())), name.toHex().constData(),
        static_cast<long long>(size),
        qPrintable(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    auto s = m_db->cached(QStringLiteral("INSERT INTO document_writes(account, name, size, at_ms) VALUES(?, ?, ?, ?)"));
    if (!s)
        return s.error();
    const Result<void> r = (*s)->bind(1, account).bind(2, name).bind(3, size).bind(4, atMs).run();
    (*s)->reset();
    return r;
}

qint64 DocumentWriteLog::bytesSince(const QByteArray &account, qint64 sinceMs)
{
    auto s = m_db->cached(
        QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM document_writes WHERE account = ? AND at_ms >= ?"));
    if (!s)
        return 0;
    const auto row = (*s)->bind(1, account).bind(2, sinceMs).step();
    const qint64 bytes = row && *row ? (*s)->int64(0) : 0;
    (*s)->reset();
    return bytes;
}

QList<WriterUsage> DocumentWriteLog::usageSince(qint64 sinceMs)
{
    QList<WriterUsage> out;
    auto s = m_db->prepare(QStringLiteral("SELECT account, COUNT(*), SUM(size), MAX(at_ms) FROM document_writes "
                                          "WHERE at_ms >= ? GROUP BY account ORDER BY SUM(size) DESC, account"));
    if (!s)
        return out;
    s->bind(1, sinceMs);
    for (auto row = s->step(); row && *row; row = s->step())
        out << WriterUsage { s->blob(0), s->int64(1), s->int64(2), s->int64(3) };
    return out;
}

} // namespace credit::devnet
