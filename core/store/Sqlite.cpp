// SPDX-License-Identifier: Apache-2.0
#include "store/Sqlite.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace credit::store {

namespace {
Error dbError(sqlite3 *db, const QString &what)
{
    return makeError(ErrorKind::Io, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        Error e = makeError(ErrorKind::Io,
            QCoreApplication::translate("Sqlite", "cannot open database %1: %2")
                .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")));
        sqlite3_close(db);
        return e;
    }
    std::unique_ptr<Database> out(new Database(db));
    sqlite3_busy_timeout(db, 5000);
    if (mode == Mode::ReadWrite) {
        // WAL: readers never block the writer; NORMAL sync is crash-safe in WAL mode.
        if (auto r
            = out->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
            !r)
            return r.error();
    }
    return out;
}

Database::~Database()
{
    m_cache.clear(); // finalized before the connection closes
    sqlite3_close_v2(m_db);
}

Result<Statement *> Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto owned = std::make_unique<Statement>(std::move(*stmt));
    Statement *raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<void> Database::exec(const QString &sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        Error e = makeError(ErrorKind::Io,
            QCoreApplication::translate("Sqlite", "database error: %1").arg(QString::fromUtf8(msg ? msg : "?")));
        sqlite3_free(msg);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return dbError(m_db, QCoreApplication::translate("Sqlite", "cannot prepare \"%1\"").arg(sql.left(60)));
    return Statement(stmt, m_db);
}

Result<void> Database::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}
Result<void> Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}
void Database::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}
Result<void> Database::savepoint(const QString &name)
{
    return exec(QStringLiteral("SAVEPOINT ") + name);
}
Result<void> Database::release(const QString &name)
{
    return exec(QStringLiteral("RELEASE ") + name);
}
void Database::rollbackTo(const QString &name)
{
    (void)exec(QStringLiteral("ROLLBACK TO ") + name);
    (void)exec(QStringLiteral("RELEASE ") + name);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(
        m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return dbError(m_db, QCoreApplication::translate("Sqlite", "database error"));
}

Result<void> Statement::run()
{
    auto r = step();
    reset();
    if (!r)
        return r.error();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), n) : QByteArray();
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::bytes(int column) const
{
    // sqlite3_column_blob on a text column gives its UTF-8; the size is asked after it, as SQLite says to.
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArrayView(static_cast<const char *>(p), n) : QByteArrayView();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace credit::store
