// SPDX-License-Identifier: Apache-2.0
#include "devnet/ChainDb.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace credit::devnet {

namespace {
const char *const kSchema = R"(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks(number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE,
  header TEXT NOT NULL, signatures TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS transactions(hash BLOB PRIMARY KEY, block INTEGER NOT NULL, idx INTEGER NOT NULL,
  raw BLOB NOT NULL, nonce BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS transactions_by_block ON transactions(block, idx);
CREATE INDEX IF NOT EXISTS transactions_by_nonce ON transactions(nonce);
CREATE TABLE IF NOT EXISTS receipts(tx_hash BLOB PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contract_state(key BLOB PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS documents(hash BLOB PRIMARY KEY, body BLOB NOT NULL);
)";

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

Result<std::unique_ptr<ChainDb>> ChainDb::open(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(
            ErrorKind::Io, QCoreApplication::translate("ChainDb", "cannot create the data folder %1").arg(dir));
    auto db = store::Database::open(QDir(dir).filePath(QStringLiteral("chain.sqlite")));
    if (!db)
        return db.error();
    if (auto r = (*db)->exec(QString::fromLatin1(kSchema)); !r)
        return r.error();
    return std::unique_ptr<ChainDb>(new ChainDb(std::move(*db)));
}

bool ChainDb::isEmpty()
{
    return height() < 0;
}

qint64 ChainDb::height()
{
    auto s = m_db->prepare(QStringLiteral("SELECT MAX(number) FROM blocks"));
    if (!s || !s->step().value() || s->isNull(0))
        return -1;
    return s->int64(0);
}

std::optional<chain::BlockHeader> ChainDb::header(quint64 number)
{
    auto s = m_db->prepare(QStringLiteral("SELECT header FROM blocks WHERE number = ?"));
    if (!s || !s->bind(1, static_cast<qint64>(number)).step().value())
        return std::nullopt;
    auto h = chain::headerFromJson(QJsonDocument::fromJson(s->text(0).toUtf8()).object());
    if (!h)
        return std::nullopt;
    return *h;
}

QByteArray ChainDb::hash(quint64 number)
{
    auto s = m_db->prepare(QStringLiteral("SELECT hash FROM blocks WHERE number = ?"));
    if (!s || !s->bind(1, static_cast<qint64>(number)).step().value())
        return {};
    return s->blob(0);
}

std::optional<quint64> ChainDb::numberOf(const QByteArray &blockHash)
{
    auto s = m_db->prepare(QStringLiteral("SELECT number FROM blocks WHERE hash = ?"));
    if (!s || !s->bind(1, blockHash).step().value())
        return std::nullopt;
    return static_cast<quint64>(s->int64(0));
}

quint64 ChainDb::transactionCount()
{
    auto s = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM transactions"));
    return s && s->step().value() ? static_cast<quint64>(s->int64(0)) : 0;
}

quint64 ChainDb::failedTransactionCount()
{
    // Receipt bodies are stored as getTransactionReceipt JSON, status as "0x…".
    auto s
        = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM receipts WHERE json_extract(body, '$.status') <> '0x0'"));
    return s && s->step().value() ? static_cast<quint64>(s->int64(0)) : 0;
}

QList<chain::SealerSignature> ChainDb::signatures(quint64 number)
{
    auto s = m_db->prepare(QStringLiteral("SELECT signatures FROM blocks WHERE number = ?"));
    if (!s || !s->bind(1, static_cast<qint64>(number)).step().value())
        return {};
    auto sigs = chain::signaturesFromJson(QJsonDocument::fromJson(s->text(0).toUtf8()).array());
    return sigs ? *sigs : QList<chain::SealerSignature> {};
}

QList<QByteArray> ChainDb::transactionHashes(quint64 number)
{
    QList<QByteArray> out;
    auto s = m_db->prepare(QStringLiteral("SELECT hash FROM transactions WHERE block = ? ORDER BY idx"));
    if (!s)
        return out;
    s->bind(1, static_cast<qint64>(number));
    while (s->step().value())
        out << s->blob(0);
    return out;
}

std::optional<StoredTransaction> ChainDb::transaction(const QByteArray &hash)
{
    auto s = m_db->prepare(QStringLiteral("SELECT raw, block, idx FROM transactions WHERE hash = ?"));
    if (!s || !s->bind(1, hash).step().value())
        return std::nullopt;
    return StoredTransaction { s->blob(0), static_cast<quint64>(s->int64(1)), static_cast<quint64>(s->int64(2)) };
}

std::optional<chain::Receipt> ChainDb::receipt(const QByteArray &txHash)
{
    auto s = m_db->prepare(QStringLiteral("SELECT body FROM receipts WHERE tx_hash = ?"));
    if (!s || !s->bind(1, txHash).step().value())
        return std::nullopt;
    auto r = chain::receiptFromJson(QJsonDocument::fromJson(s->text(0).toUtf8()).object());
    if (!r)
        return std::nullopt;
    return *r;
}

bool ChainDb::nonceUsedSince(const QByteArray &nonce, qint64 sinceBlock)
{
    auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM transactions WHERE nonce = ? AND block > ? LIMIT 1"));
    return s && s->bind(1, nonce).bind(2, sinceBlock).step().value();
}

QByteArray ChainDb::meta(const QString &key)
{
    auto s = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!s || !s->bind(1, key).step().value())
        return {};
    return s->blob(0);
}

Result<void> ChainDb::setMeta(const QString &key, const QByteArray &value)
{
    auto s = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    if (!s)
        return s.error();
    return s->bind(1, key).bind(2, value).run();
}

Result<void> ChainDb::putBlock(const chain::BlockHeader &header, const QByteArray &blockHash,
    const QList<chain::SealerSignature> &signatures, const QList<QByteArray> &rawTransactions,
    const QList<QByteArray> &transactionHashes, const QList<QByteArray> &nonces, const QList<chain::Receipt> &receipts)
{
    auto block = m_db->prepare(QStringLiteral("INSERT INTO blocks(number, hash, header, signatures) VALUES(?,?,?,?)"));
    if (!block)
        return block.error();
    if (auto r = block->bind(1, static_cast<qint64>(header.number))
                     .bind(2, blockHash)
                     .bind(3, compact(chain::headerToJson(header, blockHash, true)))
                     .bind(4, compact(chain::signaturesToJson(signatures)))
                     .run();
        !r)
        return r;
    auto tx = m_db->prepare(QStringLiteral("INSERT INTO transactions(hash, block, idx, raw, nonce) VALUES(?,?,?,?,?)"));
    auto rc = m_db->prepare(QStringLiteral("INSERT INTO receipts(tx_hash, body) VALUES(?,?)"));
    if (!tx)
        return tx.error();
    if (!rc)
        return rc.error();
    for (qsizetype i = 0; i < rawTransactions.size(); ++i) {
        if (auto r = tx->bind(1, transactionHashes[i])
                         .bind(2, static_cast<qint64>(header.number))
                         .bind(3, static_cast<qint64>(i))
                         .bind(4, rawTransactions[i])
                         .bind(5, nonces[i])
                         .run();
            !r)
            return r;
        if (auto r = rc->bind(1, transactionHashes[i]).bind(2, compact(chain::receiptToJson(receipts[i], {}))).run();
            !r)
            return r;
    }
    return {};
}

std::optional<QByteArray> ChainDb::stateGet(const QByteArray &key)
{
    auto s = m_db->prepare(QStringLiteral("SELECT value FROM contract_state WHERE key = ?"));
    if (!s || !s->bind(1, key).step().value())
        return std::nullopt;
    return s->blob(0);
}

Result<void> ChainDb::statePut(const QByteArray &key, const QByteArray &value)
{
    auto s = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO contract_state(key, value) VALUES(?, ?)"));
    if (!s)
        return s.error();
    return s->bind(1, key).bind(2, value).run();
}

std::optional<QByteArray> ChainDb::document(const QByteArray &hash)
{
    auto s = m_db->prepare(QStringLiteral("SELECT body FROM documents WHERE hash = ?"));
    if (!s || !s->bind(1, hash).step().value())
        return std::nullopt;
    return s->blob(0);
}

Result<void> ChainDb::putDocument(const QByteArray &hash, const QByteArray &body)
{
    auto s = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO documents(hash, body) VALUES(?, ?)"));
    if (!s)
        return s.error();
    return s->bind(1, hash).bind(2, body).run();
}

bool ChainDb::hasDocument(const QByteArray &hash)
{
    auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM documents WHERE hash = ?"));
    if (!s)
        return false;
    const auto row = s->bind(1, hash).step();
    return row && *row;
}

qint64 ChainDb::documentBytes()
{
    auto s = m_db->prepare(QStringLiteral("SELECT COALESCE(SUM(length(body)), 0) FROM documents"));
    if (!s)
        return 0;
    const auto row = s->step();
    return row && *row ? s->int64(0) : 0;
}

} // namespace credit::devnet
