// SPDX-License-Identifier: Apache-2.0
#include "store/LightStore.h"

#include "codec/Hex.h"
#include "store/LightSchema.h"
#include "store/Projection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace credit::store {

namespace {

qint64 i64(quint64 v)
{
    return static_cast<qint64>(v);
}

QByteArray joinIds(const QList<QByteArray> &ids)
{
    QByteArray out;
    for (const QByteArray &id : ids)
        out += id;
    return out;
}

Result<QList<QByteArray>> splitIds(const QByteArray &joined)
{
    if (joined.size() % chain::kNodeIdSize != 0)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("LightStore", "stored sealer list is not a list of 64-byte node ids"));
    QList<QByteArray> ids;
    for (qsizetype i = 0; i < joined.size(); i += chain::kNodeIdSize)
        ids << joined.mid(i, chain::kNodeIdSize);
    return ids;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<qint64> single(Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

} // namespace

QJsonObject StoreCounts::toJson() const
{
    return { { QStringLiteral("blocks"), blocks }, { QStringLiteral("transactions"), transactions },
        { QStringLiteral("institutions"), institutions }, { QStringLiteral("products"), products },
        { QStringLiteral("orders"), orders }, { QStringLiteral("orderEvents"), orderEvents },
        { QStringLiteral("disputes"), disputes } };
}

QJsonObject OrderRow::toJson() const
{
    return { { QStringLiteral("orderId"), i64(orderId) }, { QStringLiteral("state"), market::orderStateName(state) },
        { QStringLiteral("bank"), hex::encodePrefixed(bank) },
        { QStringLiteral("bureau"), hex::encodePrefixed(bureau) }, { QStringLiteral("productId"), i64(productId) },
        { QStringLiteral("priceFen"), i64(priceFen) },
        { QStringLiteral("reportHash"), reportHash.isEmpty() ? QString() : hex::encodePrefixed(reportHash) },
        { QStringLiteral("placedBlock"), i64(placedBlock) }, { QStringLiteral("placedAtMs"), i64(placedAtMs) },
        { QStringLiteral("updatedAtMs"), i64(updatedAtMs) }, { QStringLiteral("block"), i64(block) },
        { QStringLiteral("tx"), hex::encodePrefixed(tx) } };
}

Result<std::unique_ptr<LightStore>> LightStore::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (auto r = migrateLightSchema(**db); !r)
        return makeError(r.error().kind, QStringLiteral("%1: %2").arg(path, r.error().message));
    return std::unique_ptr<LightStore>(new LightStore(std::move(*db)));
}

Result<std::unique_ptr<LightStore>> LightStore::openReadOnly(const QString &path)
{
    // SQLite would "open" a missing file read-only and fail later with a vaguer message.
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("LightStore", "no light store at %1 (run creditctl sync first)").arg(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto version = lightSchemaVersion(**db);
    if (!version)
        return version.error();
    if (*version != kLightSchemaVersion)
        return makeError(ErrorKind::Unsupported,
            QCoreApplication::translate("LightStore", "%1 has schema version %2, this build reads %3")
                .arg(path)
                .arg(*version)
                .arg(kLightSchemaVersion));
    return std::unique_ptr<LightStore>(new LightStore(std::move(*db)));
}

Result<void> LightStore::initialise(const QJsonObject &genesisHeader, const QByteArray &expectedHash)
{
    auto header = chain::headerFromJson(genesisHeader);
    if (!header)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("LightStore", "block 0: Malformed: %1").arg(header.error().message));
    const QByteArray hash = header->hash();
    if (header->number != 0 || hash != expectedHash)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("LightStore",
                "block 0: HeaderHash: the node's genesis block hashes to %1, "
                "the network profile trusts %2 — this node serves another chain")
                .arg(hex::encodePrefixed(hash), hex::encodePrefixed(expectedHash)));
    auto stored = genesisHash();
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        if (*stored != expectedHash)
            return makeError(ErrorKind::Corrupt,
                QCoreApplication::translate("LightStore", "this store follows the chain with genesis %1, not %2")
                    .arg(hex::encodePrefixed(*stored), hex::encodePrefixed(expectedHash)));
        return {};
    }
    chain::VerifiedBlock genesis;
    genesis.header = *header;
    genesis.hash = hash;
    genesis.sealers = header->sealerList;
    genesis.sealerListChanged = true;
    if (auto r = m_db->begin(); !r)
        return r.error();
    auto r = insertBlock(genesis);
    if (r)
        r = m_db->exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES('genesis_hash', '%1')").arg(hex::encode(hash)));
    if (r)
        r = m_db->commit();
    if (!r)
        m_db->rollback();
    return r;
}

Result<void> LightStore::insertBlock(const chain::VerifiedBlock &block)
{
    const chain::BlockHeader &h = block.header;
    auto stmt = m_db->cached(QStringLiteral("INSERT INTO blocks(number, hash, parent, timestamp, header, signer_count, "
                                            "sealer_count) VALUES(?,?,?,?,?,?,?)"));
    if (!stmt)
        return stmt.error();
    Statement *insert = *stmt;
    insert->bind(1, i64(h.number)).bind(2, block.hash).bind(3, h.parentHash).bind(4, i64(h.timestamp));
    insert->bind(5, compactJson(chain::headerToJson(h, block.hash, true)));
    insert->bind(6, qint64(block.signerIndexes.size())).bind(7, qint64(block.sealers.size()));
    if (auto r = insert->run(); !r)
        return makeError(r.error().kind,
            QCoreApplication::translate("LightStore", "block %1: %2").arg(h.number).arg(r.error().message));
    if (block.sealerListChanged) {
        auto sealers = m_db->prepare(QStringLiteral("INSERT INTO sealer_sets(from_block, node_ids) VALUES(?,?)"));
        if (!sealers)
            return sealers.error();
        sealers->bind(1, i64(h.number)).bind(2, joinIds(block.sealers));
        if (auto r = sealers->run(); !r)
            return r.error();
    }
    return {};
}

Result<void> LightStore::commitBlock(const chain::VerifiedBlock &block, const QList<BlockEvent> &events)
{
    return commitBlocks({ CommittableBlock { block, events } });
}

Result<void> LightStore::commitBlocks(const QList<CommittableBlock> &blocks)
{
    if (blocks.isEmpty())
        return {};
    auto current = tip();
    if (!current)
        return current.error();
    if (auto r = m_db->begin(); !r)
        return r.error();
    Result<void> r;
    quint64 failed = 0;
    for (const CommittableBlock &b : blocks) {
        r = writeBlock(*current, b.block, b.events);
        if (!r) {
            failed = b.block.header.number;
            break;
        }
        current->number = b.block.header.number;
        current->hash = b.block.hash;
    }
    if (r)
        r = m_db->commit();
    if (!r) {
        m_db->rollback();
        return makeError(r.error().kind,
            QCoreApplication::translate("LightStore", "blocks %1–%2 not stored (block %3: %4)")
                .arg(blocks.first().block.header.number)
                .arg(blocks.last().block.header.number)
                .arg(failed ? failed : blocks.last().block.header.number)
                .arg(r.error().message));
    }
    return {};
}

Result<void> LightStore::writeBlock(
    const chain::TrustedTip &current, const chain::VerifiedBlock &block, const QList<BlockEvent> &events)
{
    if (block.header.number != current.number + 1 || block.header.parentHash != current.hash)
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("LightStore", "it does not extend the stored tip %1").arg(current.number));
    if (block.receipts.size() != block.transactionHashes.size())
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("LightStore", "receipts and transactions differ in number"));
    auto r = insertBlock(block);
    if (!r)
        return r;
    auto cached
        = m_db->cached(QStringLiteral("INSERT INTO transactions(hash, block, tx_index, status) VALUES(?,?,?,?)"));
    if (!cached)
        return cached.error();
    Statement *tx = *cached;
    for (qsizetype i = 0; i < block.transactionHashes.size(); ++i) {
        tx->reset();
        tx->bind(1, block.transactionHashes[i]).bind(2, i64(block.header.number)).bind(3, qint64(i));
        tx->bind(4, i64(block.receipts[i].status));
        if (r = tx->run(); !r)
            return r;
    }
    for (const BlockEvent &e : events) {
        if (r = projectEvent(*m_db, { block.header.number, e.txHash, e.logIndex, block.header.timestamp }, e.event); !r)
            return r;
    }
    return {};
}

Result<std::optional<DocumentReference>> LightStore::documentReference(const QByteArray &hash)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT order_id, report_document = ?1 FROM orders WHERE request_document = ?1 OR report_document = ?1 "
        "ORDER BY order_id LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, hash);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (*row)
        return std::optional<DocumentReference>(DocumentReference { static_cast<quint64>(stmt->int64(0)),
            stmt->int64(1) ? DocumentReference::Kind::Report : DocumentReference::Kind::Request });
    // A recorded authorisation's letter envelope (issue 16) is named by its block too.
    auto letter = m_db->prepare(QStringLiteral(
        "SELECT authorisation_id FROM authorisations WHERE letter_document = ? ORDER BY authorisation_id LIMIT 1"));
    if (!letter)
        return letter.error();
    letter->bind(1, hash);
    auto letterRow = letter->step();
    if (!letterRow)
        return letterRow.error();
    if (*letterRow)
        return std::optional<DocumentReference>(
            DocumentReference { static_cast<quint64>(letter->int64(0)), DocumentReference::Kind::AuthorisationLetter });
    // A 链融 partner's part (schema 5).
    auto part = m_db->prepare(
        QStringLiteral("SELECT order_id FROM order_parts WHERE part_document = ? ORDER BY order_id LIMIT 1"));
    if (!part)
        return part.error();
    part->bind(1, hash);
    auto partRow = part->step();
    if (!partRow)
        return partRow.error();
    if (!*partRow)
        return std::optional<DocumentReference>();
    return std::optional<DocumentReference>(
        DocumentReference { static_cast<quint64>(part->int64(0)), DocumentReference::Kind::Part });
}

Result<std::optional<std::pair<quint64, quint64>>> LightStore::findTransaction(const QByteArray &hash)
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT block, status FROM transactions WHERE hash = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, hash);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::pair<quint64, quint64>>();
    return std::optional<std::pair<quint64, quint64>>(
        std::pair { static_cast<quint64>(stmt->int64(0)), static_cast<quint64>(stmt->int64(1)) });
}

Result<std::optional<chain::TrustedTip>> LightStore::tipAt(quint64 number)
{
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT b.number, b.hash, (SELECT node_ids FROM sealer_sets WHERE from_block <= b.number "
                       "ORDER BY from_block DESC LIMIT 1) FROM blocks b WHERE b.number = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, i64(number));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<chain::TrustedTip>();
    auto sealers = splitIds(stmt->blob(2));
    if (!sealers)
        return sealers.error();
    return std::optional<chain::TrustedTip>(
        chain::TrustedTip { static_cast<quint64>(stmt->int64(0)), stmt->blob(1), *sealers });
}

Result<QList<SealerSetRow>> LightStore::sealerHistory()
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT s.from_block, b.timestamp, s.node_ids FROM sealer_sets s "
                                             "JOIN blocks b ON b.number = s.from_block ORDER BY s.from_block"));
    if (!stmt)
        return stmt.error();
    QList<SealerSetRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        auto ids = splitIds(stmt->blob(2));
        if (!ids)
            return ids.error();
        rows << SealerSetRow { static_cast<quint64>(stmt->int64(0)), stmt->int64(1), *ids };
    }
}

Result<std::optional<quint64>> LightStore::height()
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT max(number) FROM blocks"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return std::optional<quint64>();
    return std::optional<quint64>(static_cast<quint64>(stmt->int64(0)));
}

Result<chain::TrustedTip> LightStore::tip()
{
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT b.number, b.hash, (SELECT node_ids FROM sealer_sets WHERE from_block <= b.number "
                       "ORDER BY from_block DESC LIMIT 1) FROM blocks b ORDER BY b.number DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(
            ErrorKind::NotFound, QCoreApplication::translate("LightStore", "the light store has no trust anchor yet"));
    auto sealers = splitIds(stmt->blob(2));
    if (!sealers)
        return sealers.error();
    return chain::TrustedTip { static_cast<quint64>(stmt->int64(0)), stmt->blob(1), *sealers };
}

Result<QByteArray> LightStore::genesisHash()
{
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key='genesis_hash'"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? hex::decodeFixed(stmt->text(0), 32) : Result<QByteArray>(QByteArray());
}

Result<StoreCounts> LightStore::counts()
{
    StoreCounts c;
    const std::pair<qint64 *, const char *> tables[] = { { &c.blocks, "blocks" }, { &c.transactions, "transactions" },
        { &c.institutions, "institutions" }, { &c.products, "products" }, { &c.orders, "orders" },
        { &c.orderEvents, "order_events" }, { &c.disputes, "disputes" } };
    for (const auto &[field, table] : tables) {
        auto n = single(*m_db, QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table));
        if (!n)
            return n.error();
        *field = *n;
    }
    return c;
}

Result<QList<OrderRow>> LightStore::orders(std::optional<market::OrderState> state)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT order_id, bank, bureau, product_id, price_fen, state, report_hash, placed_block, placed_at, "
        "updated_at, block, tx FROM orders WHERE ?1 IS NULL OR state = ?1 ORDER BY order_id"));
    if (!stmt)
        return stmt.error();
    if (state)
        stmt->bind(1, qint64(static_cast<int>(*state)));
    else
        stmt->bindNull(1);
    QList<OrderRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        OrderRow o;
        o.orderId = static_cast<quint64>(stmt->int64(0));
        o.bank = stmt->blob(1);
        o.bureau = stmt->blob(2);
        o.productId = static_cast<quint64>(stmt->int64(3));
        o.priceFen = static_cast<quint64>(stmt->int64(4));
        const auto s = market::orderStateFromNumber(static_cast<quint64>(stmt->int64(5)));
        if (!s)
            return makeError(ErrorKind::Corrupt,
                QCoreApplication::translate("LightStore", "order %1 has an unknown state").arg(o.orderId));
        o.state = *s;
        o.reportHash = stmt->blob(6);
        o.placedBlock = static_cast<quint64>(stmt->int64(7));
        o.placedAtMs = static_cast<quint64>(stmt->int64(8));
        o.updatedAtMs = static_cast<quint64>(stmt->int64(9));
        o.block = static_cast<quint64>(stmt->int64(10));
        o.tx = stmt->blob(11);
        rows << o;
    }
    return rows;
}

} // namespace credit::store
