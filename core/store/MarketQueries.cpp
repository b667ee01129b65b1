// SPDX-License-Identifier: Apache-2.0
#include "store/MarketQueries.h"

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace credit::store {

namespace {

constexpr qsizetype kAddressBytes = 20;

quint64 u64(const Statement &s, int column)
{
    return static_cast<quint64>(s.int64(column));
}

Error corrupt(const QString &what)
{
    return makeError(ErrorKind::Corrupt, QCoreApplication::translate("MarketQueries", "light store: %1").arg(what));
}

//! Steps stmt to the end, turning each row into a T with read (which may fail).
template<typename T, typename Read> Result<QList<T>> collect(Result<Statement> stmt, Read read)
{
    if (!stmt)
        return stmt.error();
    QList<T> rows;
    while (true) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            return rows;
        Result<T> row = read(*stmt);
        if (!row)
            return row.error();
        rows << std::move(row).value();
    }
}

// The columns every order query selects (kOrderColumnCount of them), read by readOrder.
#define kOrderColumns                                                                                                  \
    "o.order_id, o.bank, o.bureau, bk.name, bu.name, p.name, o.product_id, o.price_fen, o.state, "                     \
    "o.placed_at, o.updated_at, p.sla_hours, o.block, o.tx, "                                                          \
    "o.authorisation_hash, o.request_document, o.report_hash, o.report_document, o.parts_expected, "                   \
    "o.parts_delivered"
#define kOrderJoins                                                                                                    \
    "LEFT JOIN institutions bk ON bk.account = o.bank LEFT JOIN institutions bu ON bu.account = o.bureau "             \
    "LEFT JOIN products p ON p.product_id = o.product_id "
constexpr int kOrderColumnCount = 20;
// Whether the bureau bound as ?6 owes the order a 链融 part.
#define kPartOf6 "SELECT 1 FROM order_parts q WHERE q.order_id = o.order_id AND q.bureau = ?6"

//! Order rows repeat a few accounts and names (a bank's orders name the
//! bank on every row, and a few bureaus and products): each distinct value
//! is made once and the rows share it (Qt's implicit sharing) instead of
//! allocating and decoding it again per row. Lives for one query.
class RepeatedValues final {
public:
    QByteArray blob(const Statement &s, int column)
    {
        const QByteArrayView raw = s.bytes(column);
        const QByteArray key = QByteArray::fromRawData(raw.data(), raw.size()); // no copy for the lookup
        if (const auto it = m_blobs.constFind(key); it != m_blobs.cend())
            return *it;
        const QByteArray value = raw.toByteArray();
        m_blobs.insert(value, value);
        return value;
    }
    QString text(const Statement &s, int column)
    {
        const QByteArrayView raw = s.bytes(column);
        const QByteArray key = QByteArray::fromRawData(raw.data(), raw.size());
        if (const auto it = m_texts.constFind(key); it != m_texts.cend())
            return *it;
        const QString value = QString::fromUtf8(raw);
        m_texts.insert(raw.toByteArray(), value);
        return value;
    }

private:
    QHash<QByteArray, QByteArray> m_blobs;
    QHash<QByteArray, QString> m_texts; //!< by the UTF-8 SQLite holds
};

//! An order from the kOrderColumns starting at column `first`.
Result<OrderSummary> readOrder(const Statement &s, int first, RepeatedValues &repeated)
{
    auto col = [first](int i) { return first + i; };
    OrderSummary o;
    o.orderId = u64(s, col(0));
    o.bank = repeated.blob(s, col(1));
    o.bureau = repeated.blob(s, col(2));
    o.bankName = repeated.text(s, col(3));
    o.bureauName = repeated.text(s, col(4));
    o.productName = repeated.text(s, col(5));
    o.productId = u64(s, col(6));
    o.priceFen = u64(s, col(7));
    const auto state = market::orderStateFromNumber(u64(s, col(8)));
    if (!state)
        return corrupt(QCoreApplication::translate("MarketQueries", "order %1 has an unknown state").arg(o.orderId));
    o.state = *state;
    o.placedAtMs = u64(s, col(9));
    o.updatedAtMs = u64(s, col(10));
    o.slaHours = static_cast<quint32>(s.int64(col(11)));
    o.block = u64(s, col(12));
    o.tx = s.blob(col(13));
    o.authorisationHash = s.blob(col(14));
    o.requestDocument = s.blob(col(15));
    o.reportHash = s.blob(col(16));
    o.reportDocument = s.blob(col(17));
    o.partsExpected = static_cast<int>(s.int64(col(18)));
    o.partsDelivered = static_cast<int>(s.int64(col(19)));
    return o;
}

} // namespace

Result<QList<InstitutionInfo>> MarketQueries::institutions()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT account, code, name, role, region, active, block, tx, public_key FROM institutions "
                       "ORDER BY name, account"));
    return collect<InstitutionInfo>(std::move(stmt), [](const Statement &s) -> Result<InstitutionInfo> {
        InstitutionInfo i;
        i.account = s.blob(0);
        i.code = s.text(1);
        i.name = s.text(2);
        const auto role = market::roleFromNumber(u64(s, 3));
        if (!role)
            return corrupt(
                QCoreApplication::translate("MarketQueries", "institution %1 has an unknown role").arg(i.name));
        i.role = *role;
        i.region = static_cast<quint32>(s.int64(4));
        i.active = s.int64(5) != 0;
        i.block = u64(s, 6);
        i.tx = s.blob(7);
        i.publicKey = s.blob(8);
        return i;
    });
}

Result<QList<market::InstitutionChange>> MarketQueries::institutionHistory(const QByteArray &account)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.event, e.active, e.block, e.tx, e.time, b.signer_count, b.sealer_count FROM institution_events e "
        "LEFT JOIN blocks b ON b.number = e.block WHERE e.account = ?1 ORDER BY e.block, e.id"));
    if (stmt)
        stmt->bind(1, account);
    return collect<market::InstitutionChange>(
        std::move(stmt), [](const Statement &s) -> Result<market::InstitutionChange> {
            market::InstitutionChange c;
            const QString event = s.text(0);
            if (event == u"InstitutionRegistered")
                c.kind = market::InstitutionChange::Kind::Registered;
            else if (event == u"InstitutionStatusChanged")
                c.kind = market::InstitutionChange::Kind::StatusChanged;
            else if (event == u"InstitutionState")
                c.kind = market::InstitutionChange::Kind::StateOnUpgrade;
            else
                return corrupt(QCoreApplication::translate("MarketQueries", "unknown institution event %1").arg(event));
            c.active = s.int64(1) != 0;
            c.block = u64(s, 2);
            c.tx = s.blob(3);
            c.timeMs = u64(s, 4);
            c.signers = static_cast<int>(s.int64(5));
            c.sealers = static_cast<int>(s.int64(6));
            return c;
        });
}

Result<QList<market::UserInfo>> MarketQueries::users(const QByteArray &institution)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT u.account, u.name, u.public_key, u.active, u.block, b.timestamp FROM users u "
                       "LEFT JOIN blocks b ON b.number = u.block WHERE u.institution = ?1 ORDER BY u.rowid"));
    if (stmt)
        stmt->bind(1, institution);
    return collect<market::UserInfo>(std::move(stmt), [&institution](const Statement &s) -> Result<market::UserInfo> {
        market::UserInfo u;
        u.account = s.blob(0);
        u.institution = institution;
        u.name = s.text(1);
        u.publicKey = s.blob(2);
        u.active = s.int64(3) != 0;
        u.block = u64(s, 4);
        u.timeMs = u64(s, 5);
        return u;
    });
}

namespace {

// One row of the authorisation queries below (their columns, in this order).
Result<market::AuthorisationInfo> authorisationRow(const Statement &s)
{
    market::AuthorisationInfo a;
    a.authorisationId = u64(s, 0);
    a.bank = s.blob(1);
    a.enterpriseCommitment = s.blob(2);
    a.letterHash = s.blob(3);
    a.letterDocument = s.blob(4);
    a.series = static_cast<quint8>(s.int64(5));
    const QString ids = s.text(6);
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        a.productIds += id.toULongLong(&ok);
        if (!ok)
            return corrupt(QCoreApplication::translate("MarketQueries", "authorisation %1 names a product \"%2\"")
                               .arg(a.authorisationId)
                               .arg(id));
    }
    a.purpose = s.text(7);
    a.validFromMs = u64(s, 8);
    a.validUntilMs = u64(s, 9);
    a.revoked = s.int64(10) != 0;
    a.revokeReason = s.text(11);
    a.revokedAtMs = u64(s, 12);
    a.revokedBy = s.blob(13);
    a.recordedBy = s.blob(14);
    a.recordedAtMs = u64(s, 15);
    a.uses = static_cast<quint32>(s.int64(16));
    a.block = u64(s, 17);
    a.tx = s.blob(18);
    return a;
}

} // namespace

Result<QList<market::AuthorisationInfo>> MarketQueries::authorisations(const QByteArray &bank)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT authorisation_id, bank, enterprise_commitment, letter_hash, letter_document, series, product_ids, "
        "purpose, valid_from, valid_until, revoked, revoke_reason, revoked_at, revoked_by, recorded_by, recorded_at, "
        "uses, block, tx FROM authorisations WHERE ?2 OR bank = ?1 "
        "ORDER BY recorded_at DESC, authorisation_id DESC"));
    if (stmt)
        stmt->bind(1, bank).bind(2, qint64(bank.isEmpty() ? 1 : 0));
    return collect<market::AuthorisationInfo>(std::move(stmt), authorisationRow);
}

Result<std::optional<market::AuthorisationInfo>> MarketQueries::authorisationOfOrder(quint64 orderId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT a.authorisation_id, a.bank, a.enterprise_commitment, a.letter_hash, a.letter_document, a.series, "
        "a.product_ids, a.purpose, a.valid_from, a.valid_until, a.revoked, a.revoke_reason, a.revoked_at, "
        "a.revoked_by, a.recorded_by, a.recorded_at, a.uses, a.block, a.tx "
        "FROM authorisation_uses u JOIN authorisations a ON a.authorisation_id = u.authorisation_id "
        "WHERE u.order_id = ?1"));
    if (stmt)
        stmt->bind(1, static_cast<qint64>(orderId));
    auto rows = collect<market::AuthorisationInfo>(std::move(stmt), authorisationRow);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<market::AuthorisationInfo>(rows->first());
}

Result<QList<market::AuthorisationUse>> MarketQueries::authorisationUses(quint64 authorisationId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT order_id, product_id, block, tx, time FROM authorisation_uses "
                                            "WHERE authorisation_id = ?1 ORDER BY block, log_index"));
    if (stmt)
        stmt->bind(1, static_cast<qint64>(authorisationId));
    return collect<market::AuthorisationUse>(
        std::move(stmt), [authorisationId](const Statement &s) -> Result<market::AuthorisationUse> {
            market::AuthorisationUse u;
            u.authorisationId = authorisationId;
            u.orderId = u64(s, 0);
            u.productId = u64(s, 1);
            u.block = u64(s, 2);
            u.tx = s.blob(3);
            u.timeMs = u64(s, 4);
            return u;
        });
}

Result<QList<ProductInfo>> MarketQueries::products(bool includeDelisted)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT p.product_id, p.bureau, i.name, p.series, p.name, p.description, p.delivery_format, p.price_fen, "
        "p.sla_hours, p.authorisation_required, p.listed, p.block, p.tx, b.signer_count, b.sealer_count, "
        "p.partner_bureaus "
        "FROM products p LEFT JOIN institutions i ON i.account = p.bureau LEFT JOIN blocks b ON b.number = p.block "
        "WHERE ?1 OR p.listed ORDER BY p.product_id"));
    if (stmt)
        stmt->bind(1, qint64(includeDelisted ? 1 : 0));
    auto products = collect<ProductInfo>(std::move(stmt), [](const Statement &s) -> Result<ProductInfo> {
        ProductInfo p;
        p.productId = u64(s, 0);
        p.bureau = s.blob(1);
        p.bureauName = s.text(2);
        const auto series = market::seriesFromNumber(u64(s, 3));
        if (!series)
            return corrupt(
                QCoreApplication::translate("MarketQueries", "product %1 has an unknown series").arg(p.productId));
        p.series = *series;
        p.name = s.text(4);
        p.description = s.text(5);
        p.deliveryFormat = s.text(6);
        p.priceFen = u64(s, 7);
        p.slaHours = static_cast<quint32>(s.int64(8));
        p.authorisationRequired = s.int64(9) != 0;
        p.listed = s.int64(10) != 0;
        p.block = u64(s, 11);
        p.tx = s.blob(12);
        p.signers = static_cast<int>(s.int64(13));
        p.sealers = static_cast<int>(s.int64(14));
        const QByteArray partners = s.blob(15); // the projection stores them end to end
        if (partners.size() % kAddressBytes != 0)
            return corrupt(QCoreApplication::translate("MarketQueries", "product %1 has a malformed partner list")
                               .arg(p.productId));
        for (qsizetype at = 0; at < partners.size(); at += kAddressBytes)
            p.partnerBureaus << partners.mid(at, kAddressBytes);
        return p;
    });
    if (!products)
        return products;
    if (std::none_of(
            products->cbegin(), products->cend(), [](const ProductInfo &p) { return !p.partnerBureaus.isEmpty(); }))
        return products;
    auto known = institutions();
    if (!known)
        return known.error();
    QHash<QByteArray, QString> names;
    for (const InstitutionInfo &i : std::as_const(*known))
        names.insert(i.account, i.name);
    for (ProductInfo &p : *products)
        for (const QByteArray &partner : std::as_const(p.partnerBureaus))
            p.partnerBureauNames << names.value(partner);
    return products;
}

Result<QList<OrderSummary>> MarketQueries::orders(const OrderFilter &filter)
{
    // States as a bit mask keeps the statement fixed whatever the filter's size.
    qint64 stateMask = 0;
    for (const market::OrderState state : filter.states)
        stateMask |= qint64(1) << static_cast<int>(state);
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT " kOrderColumns ", CASE WHEN ?6 IS NULL THEN 0 ELSE EXISTS (" kPartOf6 " AND q.part_hash IS NOT NULL) "
        "END FROM orders o " kOrderJoins "WHERE (?1 IS NULL OR o.bank = ?1) "
        "AND (?2 IS NULL OR o.bureau = ?2 OR (?6 = ?2 AND EXISTS (" kPartOf6 "))) "
        "AND (?6 IS NULL OR ?6 = ?2 OR EXISTS (" kPartOf6 ")) "
        "AND (?3 = 0 OR (?3 >> o.state) & 1) AND (?4 = 0 OR o.order_id = ?4) AND (?5 = 0 OR o.block >= ?5) "
        "ORDER BY o.placed_at DESC, o.order_id DESC"));
    if (stmt) {
        if (filter.bank.isEmpty())
            stmt->bindNull(1);
        else
            stmt->bind(1, filter.bank);
        if (filter.bureau.isEmpty())
            stmt->bindNull(2);
        else
            stmt->bind(2, filter.bureau);
        stmt->bind(3, stateMask);
        stmt->bind(4, static_cast<qint64>(filter.orderId));
        stmt->bind(5, static_cast<qint64>(filter.changedSinceBlock));
        if (filter.partner.isEmpty())
            stmt->bindNull(6);
        else
            stmt->bind(6, filter.partner);
    }
    RepeatedValues repeated;
    return collect<OrderSummary>(std::move(stmt), [&repeated](const Statement &s) {
        auto order = readOrder(s, 0, repeated);
        if (order)
            order->partnerPartDelivered = s.int64(kOrderColumnCount) != 0;
        return order;
    });
}

Result<QList<market::OrderPartInfo>> MarketQueries::orderParts(quint64 orderId)
{
    // rowid order is the order the projection opened them in: the product's partner order.
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT q.order_id, q.bureau, i.name, q.part_hash, q.part_document, q.delivered_at, "
                       "q.delivered_block, q.delivered_tx FROM order_parts q "
                       "LEFT JOIN institutions i ON i.account = q.bureau WHERE q.order_id = ? ORDER BY q.rowid"));
    if (stmt)
        stmt->bind(1, static_cast<qint64>(orderId));
    return collect<market::OrderPartInfo>(std::move(stmt), [](const Statement &s) -> Result<market::OrderPartInfo> {
        market::OrderPartInfo part;
        part.orderId = u64(s, 0);
        part.bureau = s.blob(1);
        part.bureauName = s.text(2);
        part.partHash = s.blob(3);
        part.partDocument = s.blob(4);
        part.deliveredAtMs = u64(s, 5);
        part.block = u64(s, 6);
        part.tx = s.blob(7);
        return part;
    });
}

Result<QList<OrderEventInfo>> MarketQueries::timeline(quint64 orderId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT e.event, e.state, e.actor, i.name, e.detail, e.time, e.block, e.tx, e.log_index, "
                       "t.tx_index, t.status, e.user, u.name "
                       "FROM order_events e LEFT JOIN institutions i ON i.account = e.actor "
                       "LEFT JOIN transactions t ON t.hash = e.tx LEFT JOIN users u ON u.account = e.user "
                       "WHERE e.order_id = ?1 ORDER BY e.block, t.tx_index, e.log_index, e.id"));
    if (stmt)
        stmt->bind(1, static_cast<qint64>(orderId));
    return collect<OrderEventInfo>(std::move(stmt), [orderId](const Statement &s) -> Result<OrderEventInfo> {
        OrderEventInfo e;
        e.event = s.text(0);
        const auto state = market::orderStateFromNumber(u64(s, 1));
        if (!state)
            return corrupt(
                QCoreApplication::translate("MarketQueries", "an event of order %1 has an unknown state").arg(orderId));
        e.state = *state;
        e.actor = s.blob(2);
        e.actorName = s.text(3);
        e.detail = s.text(4);
        e.timeMs = u64(s, 5);
        e.block = u64(s, 6);
        e.tx = s.blob(7);
        e.logIndex = static_cast<quint32>(s.int64(8));
        e.txIndex = static_cast<quint32>(s.int64(9));
        e.receiptStatus = static_cast<quint32>(s.int64(10));
        e.user = s.blob(11);
        e.userName = s.text(12);
        return e;
    });
}

Result<QList<DisputeInfo>> MarketQueries::disputes(const QByteArray &mediator)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT " kOrderColumns ", d.raised_by, rb.name, d.mediator, md.name, d.reason, d.resolution, "
        "d.raised_block, d.raised_tx, rblk.timestamp, d.block, d.tx, dblk.timestamp "
        "FROM disputes d JOIN orders o ON o.order_id = d.order_id " kOrderJoins
        "LEFT JOIN institutions rb ON rb.account = d.raised_by LEFT JOIN institutions md ON md.account = d.mediator "
        "LEFT JOIN blocks rblk ON rblk.number = d.raised_block LEFT JOIN blocks dblk ON dblk.number = d.block "
        "WHERE ?1 IS NULL OR d.mediator = ?1 ORDER BY d.raised_block DESC, d.order_id DESC"));
    if (stmt) {
        if (mediator.isEmpty())
            stmt->bindNull(1);
        else
            stmt->bind(1, mediator);
    }
    RepeatedValues repeated;
    return collect<DisputeInfo>(std::move(stmt), [&repeated](const Statement &s) -> Result<DisputeInfo> {
        auto order = readOrder(s, 0, repeated);
        if (!order)
            return order.error();
        DisputeInfo d;
        d.order = std::move(*order);
        const int c = kOrderColumnCount;
        d.raisedBy = s.blob(c);
        d.raisedByName = s.text(c + 1);
        d.mediator = s.blob(c + 2);
        d.mediatorName = s.text(c + 3);
        d.reason = s.text(c + 4);
        d.resolution = s.text(c + 5);
        d.raisedBlock = u64(s, c + 6);
        d.raisedTx = s.blob(c + 7);
        d.raisedAtMs = u64(s, c + 8);
        d.block = u64(s, c + 9);
        d.tx = s.blob(c + 10);
        if (!d.resolution.isEmpty())
            d.resolvedAtMs = u64(s, c + 11);
        return d;
    });
}

Result<QList<quint64>> MarketQueries::ordersOfTransaction(const QByteArray &txHash)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT DISTINCT order_id FROM order_events WHERE tx = ?1 ORDER BY order_id"));
    if (stmt)
        stmt->bind(1, txHash);
    return collect<quint64>(std::move(stmt), [](const Statement &s) -> Result<quint64> { return u64(s, 0); });
}

} // namespace credit::store
