// SPDX-License-Identifier: Apache-2.0
#include "store/StoreLookups.h"

#include "codec/Hex.h"
#include "store/Sqlite.h"

#include <QCoreApplication>

namespace credit::store {

namespace {

Result<crypto::Sm2PublicKey> keyOf(const QByteArray &raw, const QByteArray &account)
{
    auto key = crypto::Sm2PublicKey::fromRaw(raw);
    if (!key)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("StoreLookups", "institution %1 has no usable public key on chain: %2")
                .arg(hex::encodePrefixed(account), key.error().message));
    return key;
}

} // namespace

Result<crypto::Sm2PublicKey> StoreLookups::publicKey(const QByteArray &account)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT public_key FROM institutions WHERE account = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, account);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("StoreLookups", "institution %1 is not registered in any verified block")
                .arg(hex::encodePrefixed(account)));
    return keyOf(stmt->blob(0), account);
}

Result<std::optional<market::Institution>> StoreLookups::institution(const QByteArray &account)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT role, region, active, code, name, public_key FROM institutions WHERE account = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, account);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<market::Institution>();
    market::Institution found;
    found.account = account;
    found.role = static_cast<market::Role>(stmt->int64(0));
    found.regionCode = static_cast<quint32>(stmt->int64(1));
    found.active = stmt->int64(2) != 0;
    found.code = stmt->text(3);
    found.name = stmt->text(4);
    found.publicKey = stmt->blob(5);
    return std::optional<market::Institution>(found);
}

Result<QList<crypto::Sm2PublicKey>> StoreLookups::publicKeys(market::Role role)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT account, public_key FROM ("
                       " SELECT account, public_key, account AS institution, 0 AS kind, 0 AS opened FROM institutions"
                       "  WHERE role = ?1 AND active"
                       " UNION ALL SELECT u.account, u.public_key, u.institution, 1, u.rowid FROM users u"
                       "  JOIN institutions i ON i.account = u.institution WHERE i.role = ?1 AND i.active AND u.active)"
                       " ORDER BY institution, kind, opened"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(static_cast<int>(role)));
    return keysOf(*stmt);
}

Result<QList<crypto::Sm2PublicKey>> StoreLookups::activeUserKeys(const QByteArray &institution)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT account, public_key FROM users WHERE institution = ?1 AND active ORDER BY rowid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, institution);
    return keysOf(*stmt);
}

Result<std::optional<market::User>> StoreLookups::user(const QByteArray &account)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT institution, active, name, public_key FROM users WHERE account = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, account);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<market::User>();
    return std::optional<market::User>(
        market::User { account, stmt->blob(0), stmt->int64(1) != 0, stmt->text(2), stmt->blob(3) });
}

Result<QList<crypto::Sm2PublicKey>> StoreLookups::keysOf(Statement &stmt)
{
    QList<crypto::Sm2PublicKey> keys;
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return keys;
        auto key = keyOf(stmt.blob(1), stmt.blob(0));
        if (!key)
            return key.error();
        keys << *key;
    }
}

Result<std::optional<OrderDocuments>> StoreLookups::orderDocuments(quint64 orderId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT request_document, report_hash, report_document FROM orders WHERE order_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(orderId));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OrderDocuments>();
    return std::optional<OrderDocuments>(OrderDocuments { stmt->blob(0), stmt->blob(1), stmt->blob(2) });
}

Result<std::optional<DisputeGrantRecord>> StoreLookups::disputeGrant(quint64 orderId)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT mediator, mediator_key_envelope FROM disputes WHERE order_id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(orderId));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DisputeGrantRecord>();
    return std::optional<DisputeGrantRecord>(DisputeGrantRecord { stmt->blob(0), stmt->blob(1) });
}

Result<std::optional<BlockSeal>> StoreLookups::blockSeal(quint64 number)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT signer_count, sealer_count FROM blocks WHERE number = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(number));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<BlockSeal>();
    return std::optional<BlockSeal>(
        BlockSeal { number, static_cast<int>(stmt->int64(0)), static_cast<int>(stmt->int64(1)) });
}

} // namespace credit::store
