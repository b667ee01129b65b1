// SPDX-License-Identifier: Apache-2.0
#include "supervision/PrivateCopy.h"

#include "crypto/Random.h"
#include "crypto/Sm4.h"
#include "store/Sqlite.h"
#include "supervision/EachRow.h"

#include <QCoreApplication>

namespace credit::supervision {

namespace {

const char *const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS request_facts (order_id INTEGER PRIMARY KEY, iv BLOB NOT NULL, sealed BLOB NOT NULL);
)sql";

Result<QByteArray> metaValue(store::Database &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->blob(0) : QByteArray();
}

Result<void> setMeta(store::Database &db, const QString &key, const QByteArray &value)
{
    auto stmt = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

//! The copy's data key: unwrapped with `key`, or made and wrapped on first use.
Result<crypto::SecretBytes> dataKey(store::Database &db, const QString &path, const crypto::Sm2PrivateKey &key)
{
    // IMMEDIATE: two first openings at once must not both make a key.
    if (auto r = db.begin(); !r)
        return r.error();
    auto owner = metaValue(db, QStringLiteral("owner"));
    auto wrapped = owner ? metaValue(db, QStringLiteral("data_key")) : Result<QByteArray>(owner.error());
    if (!wrapped) {
        db.rollback();
        return wrapped.error();
    }
    if (!owner->isEmpty()) {
        db.rollback();
        if (*owner != key.address())
            return makeError(ErrorKind::WrongPassword,
                QCoreApplication::translate("PrivateCopy",
                    "the decrypted copy %1 belongs to another key (0x%2); it is left unchanged. Sign in with that "
                    "key, or remove the file to decrypt the requests again")
                    .arg(path, QString::fromLatin1(owner->toHex())));
        auto unwrapped = key.decrypt(*wrapped);
        if (!unwrapped || unwrapped->size() != crypto::kSm4KeySize)
            return makeError(ErrorKind::Corrupt,
                QCoreApplication::translate("PrivateCopy", "the key of the decrypted copy %1 cannot be opened")
                    .arg(path));
        return std::move(*unwrapped);
    }
    crypto::SecretBytes fresh = crypto::randomSecret(crypto::kSm4KeySize);
    auto sealed = key.publicKey().encrypt(fresh.view());
    Result<void> r = sealed ? setMeta(db, QStringLiteral("owner"), key.address()) : Result<void>(sealed.error());
    if (r)
        r = setMeta(db, QStringLiteral("data_key"), *sealed);
    if (r)
        r = db.commit();
    if (!r) {
        db.rollback();
        return r.error();
    }
    return fresh;
}

} // namespace

PrivateCopy::PrivateCopy(std::unique_ptr<store::Database> db, crypto::SecretBytes dataKey)
    : m_db(std::move(db)), m_dataKey(std::move(dataKey))
{
}

PrivateCopy::~PrivateCopy() = default;

Result<std::unique_ptr<PrivateCopy>> PrivateCopy::open(const QString &path, const crypto::Sm2PrivateKey &key)
{
    auto db = store::Database::open(path);
    if (!db)
        return db.error();
    if (auto r = (*db)->exec(QString::fromUtf8(kSchema)); !r)
        return r.error();
    auto secret = dataKey(**db, path, key);
    if (!secret)
        return secret.error();
    return std::unique_ptr<PrivateCopy>(new PrivateCopy(std::move(*db), std::move(*secret)));
}

Result<void> PrivateCopy::put(const QList<RequestFacts> &rows)
{
    if (auto r = m_db->begin(); !r)
        return r;
    auto insert
        = m_db->cached(QStringLiteral("INSERT OR REPLACE INTO request_facts(order_id, iv, sealed) VALUES(?, ?, ?)"));
    Result<void> r = insert ? Result<void>() : Result<void>(insert.error());
    for (qsizetype i = 0; r && i < rows.size(); ++i) {
        const QByteArray iv = crypto::randomBytes(crypto::kSm4BlockSize);
        QByteArray plain = rows[i].toJson();
        auto sealed = crypto::sm4CbcEncrypt(m_dataKey.view(), iv, plain);
        crypto::cleanse(plain);
        if (!sealed) {
            r = sealed.error();
            break;
        }
        (*insert)->reset();
        (*insert)->bind(1, qint64(rows[i].orderId)).bind(2, iv).bind(3, *sealed);
        r = (*insert)->run();
    }
    if (r)
        r = m_db->commit();
    if (!r)
        m_db->rollback();
    return r;
}

Result<qint64> PrivateCopy::load(const std::function<void(RequestFacts &&)> &row)
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT order_id, iv, sealed FROM request_facts ORDER BY order_id"));
    if (!stmt)
        return stmt.error();
    qint64 n = 0;
    auto r = eachRow(*stmt, [&](store::Statement &sealed) -> Result<void> {
        const quint64 id = quint64(sealed.int64(0));
        auto plain = crypto::sm4CbcDecrypt(m_dataKey.view(), sealed.blob(1), sealed.blob(2));
        auto facts = plain ? RequestFacts::fromJson(*plain) : Result<RequestFacts>(plain.error());
        if (plain)
            crypto::cleanse(*plain);
        if (!facts || facts->orderId != id)
            return makeError(ErrorKind::Corrupt,
                QCoreApplication::translate("PrivateCopy", "the decrypted copy's row of order %1 is damaged").arg(id));
        row(std::move(*facts));
        ++n;
        return {};
    });
    return r ? Result<qint64>(n) : Result<qint64>(r.error());
}

Result<QSet<quint64>> PrivateCopy::orderIds()
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT order_id FROM request_facts"));
    if (!stmt)
        return stmt.error();
    QSet<quint64> ids;
    auto r = eachRow(*stmt, [&ids](store::Statement &row) { ids.insert(quint64(row.int64(0))); });
    return r ? Result<QSet<quint64>>(ids) : Result<QSet<quint64>>(r.error());
}

} // namespace credit::supervision
