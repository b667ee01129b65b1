// SPDX-License-Identifier: Apache-2.0
#include "store/Projection.h"

#include "codec/Hex.h"

#include <sqlite3.h>

#include <QStringList>
#include <QCoreApplication>
#include <QVariant>

namespace credit::store {

namespace {

using namespace credit::market;

qint64 i64(quint64 v)
{
    return static_cast<qint64>(v);
}

//! Prepares sql, binds values in order (QByteArray → BLOB, QString → TEXT,
//! integers → INTEGER, null QVariant → NULL), runs it. When `what` is given,
//! a statement that touched no row is an error naming `what`.
Result<void> run(Database &db, const QString &sql, const QVariantList &values, const QString &what = {})
{
    auto cached = db.cached(sql);
    if (!cached)
        return cached.error();
    Statement *stmt = *cached;
    int i = 1;
    for (const QVariant &v : values) {
        if (v.isNull())
            stmt->bindNull(i);
        else if (v.typeId() == QMetaType::QByteArray)
            stmt->bind(i, v.toByteArray());
        else if (v.typeId() == QMetaType::QString)
            stmt->bind(i, v.toString());
        else
            stmt->bind(i, v.toLongLong());
        ++i;
    }
    if (auto r = stmt->run(); !r)
        return makeError(
            r.error().kind, QStringLiteral("%1: %2").arg(what.isEmpty() ? sql.left(40) : what, r.error().message));
    if (!what.isEmpty() && sqlite3_changes(db.handle()) == 0)
        return makeError(
            ErrorKind::Corrupt, QCoreApplication::translate("Projection", "%1: no such row in the store").arg(what));
    return {};
}

Result<void> orderEvent(
    Database &db, const EventSource &s, const OrderTransition &t, const QString &name, const QString &detail)
{
    return run(db,
        QStringLiteral("INSERT INTO order_events(order_id, event, state, actor, detail, block, tx, log_index, time) "
                       "VALUES(?,?,?,?,?,?,?,?,?)"),
        { i64(t.orderId), name, static_cast<int>(t.state), t.actor, detail.isNull() ? QVariant() : detail, i64(s.block),
            s.tx, s.logIndex, i64(s.timeMs) },
        QCoreApplication::translate("Projection", "event %1 of order %2").arg(name).arg(t.orderId));
}

//! The common part of every order event after OrderPlaced: the new state and its source.
Result<void> moveOrder(Database &db, const EventSource &s, const OrderTransition &t)
{
    return run(db, QStringLiteral("UPDATE orders SET state=?, updated_at=?, block=?, tx=? WHERE order_id=?"),
        { static_cast<int>(t.state), i64(s.timeMs), i64(s.block), s.tx, i64(t.orderId) },
        QCoreApplication::translate("Projection", "order %1").arg(t.orderId));
}

struct Projector {
    Database &db;
    const EventSource &s;

    //! One row of the institution's history (the operator's screen shows each with its proof).
    Result<void> institutionEvent(const QByteArray &account, const QString &name, bool active) const
    {
        return run(db,
            QStringLiteral("INSERT INTO institution_events(account, event, active, block, tx, log_index, time) "
                           "VALUES(?,?,?,?,?,?,?)"),
            { account, name, active ? 1 : 0, i64(s.block), s.tx, s.logIndex, i64(s.timeMs) });
    }
    Result<void> operator()(const InstitutionRegistered &e) const
    {
        if (auto r = institutionEvent(e.account, QStringLiteral("InstitutionRegistered"), true); !r)
            return r;
        return run(db,
            QStringLiteral("INSERT INTO institutions(account, code, name, role, region, public_key, active, block, tx) "
                           "VALUES(?,?,?,?,?,?,1,?,?) ON CONFLICT(account) DO UPDATE SET code=excluded.code, "
                           "name=excluded.name, role=excluded.role, region=excluded.region, "
                           "public_key=excluded.public_key, active=1, block=excluded.block, tx=excluded.tx"),
            { e.account, e.code, e.name, static_cast<int>(e.role), e.regionCode, e.publicKey, i64(s.block), s.tx });
    }
    Result<void> operator()(const InstitutionStatusChanged &e) const
    {
        if (auto r = institutionEvent(e.account, QStringLiteral("InstitutionStatusChanged"), e.active); !r)
            return r;
        // Institutions of the genesis state were never announced by an event:
        // their first status change creates a row that knows only the account.
        return run(db,
            QStringLiteral("INSERT INTO institutions(account, active, block, tx) VALUES(?,?,?,?) "
                           "ON CONFLICT(account) DO UPDATE SET active=excluded.active, block=excluded.block, "
                           "tx=excluded.tx"),
            { e.account, e.active ? 1 : 0, i64(s.block), s.tx });
    }
    Result<void> operator()(const UserOpened &e) const
    {
        if (auto r = userEvent(e.user, e.institution, QStringLiteral("UserOpened"), true, e.openedBy); !r)
            return r;
        return run(db,
            QStringLiteral("INSERT INTO users(account, institution, name, public_key, active, block, tx) "
                           "VALUES(?,?,?,?,1,?,?)"),
            { e.user, e.institution, e.name, e.publicKey, i64(s.block), s.tx },
            QCoreApplication::translate("Projection", "opening of user %1").arg(hex::encodePrefixed(e.user)));
    }
    Result<void> operator()(const UserStatusChanged &e) const
    {
        if (auto r = userEvent(e.user, e.institution, QStringLiteral("UserStatusChanged"), e.active, e.changedBy); !r)
            return r;
        return run(db, QStringLiteral("UPDATE users SET active=?, block=?, tx=? WHERE account=?"),
            { e.active ? 1 : 0, i64(s.block), s.tx, e.user },
            QCoreApplication::translate("Projection", "user %1").arg(hex::encodePrefixed(e.user)));
    }
    Result<void> operator()(const ActedBy &e) const
    {
        // The step it names is the log just before it in the same receipt. A
        // product step has no row of its own to mark, so no row is no error.
        auto r = run(db, QStringLiteral("UPDATE order_events SET user=? WHERE tx=? AND log_index=? AND actor=?"),
            { e.user, s.tx, s.logIndex - 1, e.institution });
        if (r)
            r = run(db,
                QStringLiteral("UPDATE authorisations SET recorded_by=? WHERE recorded_tx=? AND recorded_log=? "
                               "AND bank=?"),
                { e.user, s.tx, s.logIndex - 1, e.institution });
        if (r)
            r = run(db,
                QStringLiteral(
                    "UPDATE authorisations SET revoked_by=? WHERE revoked_tx=? AND revoked_log=? AND bank=?"),
                { e.user, s.tx, s.logIndex - 1, e.institution });
        return r;
    }
    Result<void> operator()(const AuthorisationRecorded &e) const
    {
        QStringList productIds;
        for (quint64 id : e.productIds)
            productIds += QString::number(id);
        return run(db,
            QStringLiteral("INSERT INTO authorisations(authorisation_id, bank, enterprise_commitment, letter_hash, "
                           "letter_document, series, product_ids, purpose, valid_from, valid_until, recorded_at, "
                           "recorded_tx, recorded_log, block, tx) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            { i64(e.authorisationId), e.bank, e.enterpriseCommitment, e.letterHash, e.letterDocument, e.series,
                productIds.join(u','), e.purpose, i64(e.validFromMs), i64(e.validUntilMs), i64(s.timeMs), s.tx,
                s.logIndex, i64(s.block), s.tx },
            QCoreApplication::translate("Projection", "authorisation %1").arg(e.authorisationId));
    }
    Result<void> operator()(const AuthorisationRevoked &e) const
    {
        return run(db,
            QStringLiteral("UPDATE authorisations SET revoked=1, revoke_reason=?, revoked_at=?, revoked_tx=?, "
                           "revoked_log=?, block=?, tx=? WHERE authorisation_id=?"),
            { e.reason, i64(s.timeMs), s.tx, s.logIndex, i64(s.block), s.tx, i64(e.authorisationId) },
            QCoreApplication::translate("Projection", "authorisation %1").arg(e.authorisationId));
    }
    Result<void> operator()(const AuthorisationUsed &e) const
    {
        auto r
            = run(db, QStringLiteral("UPDATE authorisations SET uses=uses+1, block=?, tx=? WHERE authorisation_id=?"),
                { i64(s.block), s.tx, i64(e.authorisationId) },
                QCoreApplication::translate("Projection", "authorisation %1").arg(e.authorisationId));
        if (!r)
            return r;
        return run(db,
            QStringLiteral("INSERT INTO authorisation_uses(order_id, authorisation_id, bank, product_id, block, tx, "
                           "log_index, time) VALUES(?,?,?,?,?,?,?,?)"),
            { i64(e.orderId), i64(e.authorisationId), e.bank, i64(e.productId), i64(s.block), s.tx, s.logIndex,
                i64(s.timeMs) },
            QCoreApplication::translate("Projection", "use of authorisation %1").arg(e.authorisationId));
    }
    Result<void> userEvent(const QByteArray &account, const QByteArray &institution, const QString &name, bool active,
        const QByteArray &by) const
    {
        return run(db,
            QStringLiteral("INSERT INTO user_events(account, institution, event, active, changed_by, block, tx, "
                           "log_index, time) VALUES(?,?,?,?,?,?,?,?,?)"),
            { account, institution, name, active ? 1 : 0, by, i64(s.block), s.tx, s.logIndex, i64(s.timeMs) });
    }
    Result<void> operator()(const ProductListed &e) const
    {
        QByteArray partners;
        for (const QByteArray &p : e.partnerBureaus)
            partners += p;
        return run(db,
            QStringLiteral("INSERT INTO products(product_id, bureau, series, name, description, price_fen, "
                           "sla_hours, delivery_format, authorisation_required, partner_bureaus, listed, block, tx) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,1,?,?)"),
            { i64(e.productId), e.bureau, static_cast<int>(e.series), e.name, e.description, i64(e.priceFen),
                e.slaHours, e.deliveryFormat, e.authorisationRequired ? 1 : 0, partners, i64(s.block), s.tx },
            QCoreApplication::translate("Projection", "listing of product %1").arg(e.productId));
    }
    Result<void> operator()(const ProductUpdated &e) const
    {
        return run(db,
            QStringLiteral("UPDATE products SET price_fen=?, sla_hours=?, description=?, block=?, tx=? "
                           "WHERE product_id=?"),
            { i64(e.priceFen), e.slaHours, e.description, i64(s.block), s.tx, i64(e.productId) },
            QCoreApplication::translate("Projection", "update of product %1").arg(e.productId));
    }
    Result<void> operator()(const ProductDelisted &e) const
    {
        return run(db, QStringLiteral("UPDATE products SET listed=0, block=?, tx=? WHERE product_id=?"),
            { i64(s.block), s.tx, i64(e.productId) },
            QCoreApplication::translate("Projection", "delisting of product %1").arg(e.productId));
    }
    Result<void> operator()(const OrderPlaced &e) const
    {
        auto r = run(db,
            QStringLiteral("INSERT INTO orders(order_id, bank, product_id, bureau, price_fen, state, "
                           "authorisation_hash, request_document, placed_block, placed_at, updated_at, block, tx) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            { i64(e.orderId), e.bank, i64(e.productId), e.bureau, i64(e.priceFen), static_cast<int>(OrderState::Placed),
                e.authorisationHash, e.requestDocument, i64(s.block), i64(s.timeMs), i64(s.timeMs), i64(s.block),
                s.tx },
            QCoreApplication::translate("Projection", "placing of order %1").arg(e.orderId));
        // 链融: one awaited part per partner bureau of the product, as the contract opens them.
        if (r)
            r = run(db,
                QStringLiteral(
                    "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k "
                    "WHERE (i + 1) * 20 < (SELECT length(partner_bureaus) FROM products WHERE product_id=?2)) "
                    "INSERT INTO order_parts(order_id, bureau) "
                    "SELECT ?1, substr(p.partner_bureaus, i * 20 + 1, 20) FROM k, products p "
                    "WHERE p.product_id=?2 AND length(p.partner_bureaus) >= 20"),
                { i64(e.orderId), i64(e.productId) });
        if (r)
            r = run(db,
                QStringLiteral(
                    "UPDATE orders SET parts_expected = (SELECT count(*) FROM order_parts WHERE order_id=?1) "
                    "WHERE order_id=?1"),
                { i64(e.orderId) });
        return r ? orderEvent(db, s, { e.orderId, e.bank, OrderState::Placed }, QStringLiteral("OrderPlaced"), {}) : r;
    }
    Result<void> operator()(const PartDelivered &e) const
    {
        auto r = run(db,
            QStringLiteral("UPDATE order_parts SET part_hash=?, part_document=?, delivered_at=?, delivered_block=?, "
                           "delivered_tx=? WHERE order_id=? AND bureau=?"),
            { e.partHash, e.partDocument, i64(s.timeMs), i64(s.block), s.tx, i64(e.orderId), e.bureau },
            QCoreApplication::translate("Projection", "part of bureau %1 in order %2")
                .arg(hex::encodePrefixed(e.bureau))
                .arg(e.orderId));
        // The order's state and updated_at stay (as on chain); its last change is this block.
        if (r)
            r = run(db,
                QStringLiteral("UPDATE orders SET parts_delivered=parts_delivered+1, block=?, tx=? WHERE order_id=?"),
                { i64(s.block), s.tx, i64(e.orderId) },
                QCoreApplication::translate("Projection", "order %1").arg(e.orderId));
        return r ? orderEvent(db, s, { e.orderId, e.bureau, OrderState::Accepted }, QStringLiteral("PartDelivered"),
                   hex::encodePrefixed(e.partHash))
                 : r;
    }
    Result<void> operator()(const ReportDelivered &e) const
    {
        auto r = run(db, QStringLiteral("UPDATE orders SET report_hash=?, report_document=? WHERE order_id=?"),
            { e.reportHash, e.reportDocument, i64(e.orderId) },
            QCoreApplication::translate("Projection", "order %1").arg(e.orderId));
        return r ? transition(e, QStringLiteral("ReportDelivered"), hex::encodePrefixed(e.reportHash)) : r;
    }
    Result<void> operator()(const DisputeRaised &e) const
    {
        auto r = transition(e, QStringLiteral("DisputeRaised"), e.reason);
        if (!r)
            return r;
        return run(db,
            QStringLiteral("INSERT INTO disputes(order_id, raised_by, mediator, reason, mediator_key_envelope, "
                           "resolution, raised_block, raised_tx, block, tx) VALUES(?,?,?,?,?,NULL,?,?,?,?) "
                           "ON CONFLICT(order_id) DO UPDATE SET raised_by=excluded.raised_by, "
                           "mediator=excluded.mediator, reason=excluded.reason, "
                           "mediator_key_envelope=excluded.mediator_key_envelope, resolution=NULL, "
                           "raised_block=excluded.raised_block, raised_tx=excluded.raised_tx, "
                           "block=excluded.block, tx=excluded.tx"),
            { i64(e.orderId), e.raisedBy, e.mediator, e.reason, e.mediatorKeyEnvelope, i64(s.block), s.tx, i64(s.block),
                s.tx });
    }
    Result<void> operator()(const DisputeResolved &e) const
    {
        auto r = transition(e, QStringLiteral("DisputeResolved"), e.resolution);
        if (!r)
            return r;
        return run(db, QStringLiteral("UPDATE disputes SET resolution=?, block=?, tx=? WHERE order_id=?"),
            { e.resolution, i64(s.block), s.tx, i64(e.orderId) },
            QCoreApplication::translate("Projection", "dispute of order %1").arg(e.orderId));
    }
    Result<void> operator()(const OrderAccepted &e) const { return transition(e, QStringLiteral("OrderAccepted"), {}); }
    Result<void> operator()(const OrderRejected &e) const
    {
        return transition(e, QStringLiteral("OrderRejected"), e.reason);
    }
    Result<void> operator()(const OrderCancelled &e) const
    {
        return transition(e, QStringLiteral("OrderCancelled"), {});
    }
    Result<void> operator()(const OrderCompleted &e) const
    {
        return transition(e, QStringLiteral("OrderCompleted"), {});
    }

    Result<void> transition(const MarketEvent &event, const QString &name, const QString &detail) const
    {
        const auto t = orderTransition(event);
        if (!t)
            return makeError(
                ErrorKind::Internal, QCoreApplication::translate("Projection", "%1 is not an order event").arg(name));
        auto r = moveOrder(db, s, *t);
        return r ? orderEvent(db, s, *t, name, detail) : r;
    }
};

} // namespace

Result<void> projectEvent(Database &db, const EventSource &source, const MarketEvent &event)
{
    return std::visit(Projector { db, source }, event);
}

} // namespace credit::store
