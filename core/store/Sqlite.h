// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace credit::store {

class Statement;

//! One SQLite connection, owned by one thread. WAL mode, foreign keys on,
//! a busy timeout so a reader never fails on a writer's short lock.
class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Runs one or more statements without results (schema, pragmas).
    Result<void> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    //! A statement prepared once per connection and kept, reset and unbound
    //! for each use: for the hot statements the sync runs per block and per
    //! event. Valid until the Database is destroyed; one user at a time.
    Result<Statement *> cached(const QString &sql);

    //! BEGIN IMMEDIATE … COMMIT; rollback happens in the destructor of an uncommitted Transaction.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    //! Savepoints nest inside a transaction (one per executed transaction on the devnet).
    Result<void> savepoint(const QString &name);
    Result<void> release(const QString &name);
    void rollbackTo(const QString &name);

    sqlite3 *handle() const { return m_db; }
    QString lastError() const;

private:
    explicit Database(sqlite3 *db) : m_db(db) { }
    sqlite3 *m_db = nullptr;
    std::map<QString, std::unique_ptr<Statement>> m_cache;
};

//! A prepared statement; bind by 1-based index, step, read columns.
class Statement final {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);

    //! True while a row is available; false when done. Errors become Result errors.
    Result<bool> step();
    //! step() for statements without rows.
    Result<void> run();
    void reset();

    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    QString text(int column) const;
    //! The column's bytes as SQLite holds them (a blob, or a text's UTF-8),
    //! without a copy: valid until the next step() or reset().
    QByteArrayView bytes(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) { }
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

//! The SQLite this program runs with ("3.40.1"), for the About dialog.
QString sqliteVersion();

} // namespace credit::store
