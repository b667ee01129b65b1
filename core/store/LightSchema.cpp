// SPDX-License-Identifier: Apache-2.0
#include "store/LightSchema.h"

#include <QCoreApplication>
#include <QList>

namespace credit::store {

namespace {

// Version 1. Hashes, addresses and node ids are BLOBs (raw bytes); every
// projection row names the block and transaction it came from, so a user can
// trace any figure back to a verified block.
const char *const kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE blocks (
  number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, parent BLOB NOT NULL,
  timestamp INTEGER NOT NULL, header TEXT NOT NULL,
  signer_count INTEGER NOT NULL, sealer_count INTEGER NOT NULL);
-- The sealer list in force from a block on; a row only where it changed.
CREATE TABLE sealer_sets (
  from_block INTEGER PRIMARY KEY REFERENCES blocks(number), node_ids BLOB NOT NULL);
CREATE TABLE transactions (
  hash BLOB PRIMARY KEY, block INTEGER NOT NULL REFERENCES blocks(number),
  tx_index INTEGER NOT NULL, status INTEGER NOT NULL, UNIQUE (block, tx_index));
CREATE TABLE institutions (
  account BLOB PRIMARY KEY, code TEXT, name TEXT, role INTEGER, region INTEGER,
  public_key BLOB, active INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY, bureau BLOB NOT NULL, series INTEGER NOT NULL,
  name TEXT NOT NULL, description TEXT NOT NULL, price_fen INTEGER NOT NULL,
  sla_hours INTEGER NOT NULL, delivery_format TEXT NOT NULL,
  authorisation_required INTEGER NOT NULL, partner_bureaus BLOB NOT NULL,
  listed INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY, bank BLOB NOT NULL, product_id INTEGER NOT NULL,
  bureau BLOB NOT NULL, price_fen INTEGER NOT NULL, state INTEGER NOT NULL,
  authorisation_hash BLOB NOT NULL, request_document BLOB NOT NULL,
  report_hash BLOB, report_document BLOB,
  placed_block INTEGER NOT NULL, placed_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
CREATE INDEX orders_state ON orders(state);
CREATE TABLE order_events (
  id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(order_id),
  event TEXT NOT NULL, state INTEGER NOT NULL, actor BLOB NOT NULL, detail TEXT,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL,
  log_index INTEGER NOT NULL, time INTEGER NOT NULL, UNIQUE (tx, log_index));
CREATE INDEX order_events_order ON order_events(order_id);
CREATE TABLE disputes (
  order_id INTEGER PRIMARY KEY REFERENCES orders(order_id),
  raised_by BLOB NOT NULL, mediator BLOB NOT NULL, reason TEXT NOT NULL,
  mediator_key_envelope BLOB NOT NULL, resolution TEXT,
  raised_block INTEGER NOT NULL, raised_tx BLOB NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
)sql";

// Version 2 (issue 15): every registration and status change of an
// institution, for the operator's history with its proof. A store made by
// version 1 kept only each institution's latest state: that becomes one
// 'InstitutionState' row (the state as of its last change), which the
// screens present as such, not as a registration.
const char *const kVersion2 = R"sql(
CREATE TABLE institution_events (
  id INTEGER PRIMARY KEY, account BLOB NOT NULL, event TEXT NOT NULL, active INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL,
  log_index INTEGER, time INTEGER NOT NULL, UNIQUE (tx, log_index));
CREATE INDEX institution_events_account ON institution_events(account);
INSERT INTO institution_events(account, event, active, block, tx, log_index, time)
  SELECT i.account, 'InstitutionState', i.active, i.block, i.tx, NULL, b.timestamp
  FROM institutions i JOIN blocks b ON b.number = i.block;
)sql";

// Version 3 (issue 15): the user accounts of institutions, every opening and
// status change with its proof, and for each order step the user account that
// took it (from the ActedBy event after it; NULL when the institution's admin
// account took it, and for every step a version-2 store had projected).
const char *const kVersion3 = R"sql(
CREATE TABLE users (
  account BLOB PRIMARY KEY, institution BLOB NOT NULL, name TEXT NOT NULL, public_key BLOB NOT NULL,
  active INTEGER NOT NULL, block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
CREATE INDEX users_institution ON users(institution);
CREATE TABLE user_events (
  id INTEGER PRIMARY KEY, account BLOB NOT NULL, institution BLOB NOT NULL, event TEXT NOT NULL,
  active INTEGER NOT NULL, changed_by BLOB NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL,
  log_index INTEGER NOT NULL, time INTEGER NOT NULL, UNIQUE (tx, log_index));
CREATE INDEX user_events_account ON user_events(account);
ALTER TABLE order_events ADD COLUMN user BLOB;
)sql";

// Version 4 (issue 16): authorisations as records of their own, with who
// recorded and revoked them (the user account, NULL for the admin account),
// and every order placed with one (授权使用痕迹). A terminal before version 4
// skipped these events as unknown; it could only have met them on a chain
// upgraded before the terminal was, which the rollout order rules out
// (DECISIONS.md "Authorisations as records").
const char *const kVersion4 = R"sql(
CREATE TABLE authorisations (
  authorisation_id INTEGER PRIMARY KEY, bank BLOB NOT NULL, enterprise_commitment BLOB NOT NULL,
  letter_hash BLOB NOT NULL, letter_document BLOB NOT NULL, series INTEGER NOT NULL, product_ids TEXT NOT NULL,
  purpose TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_until INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0, revoke_reason TEXT, revoked_at INTEGER, revoked_by BLOB,
  revoked_tx BLOB, revoked_log INTEGER, uses INTEGER NOT NULL DEFAULT 0, recorded_by BLOB,
  recorded_at INTEGER NOT NULL, recorded_tx BLOB NOT NULL, recorded_log INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL);
CREATE INDEX authorisations_bank ON authorisations(bank, valid_until);
CREATE TABLE authorisation_uses (
  order_id INTEGER PRIMARY KEY, authorisation_id INTEGER NOT NULL, bank BLOB NOT NULL, product_id INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(number), tx BLOB NOT NULL, log_index INTEGER NOT NULL,
  time INTEGER NOT NULL);
CREATE INDEX authorisation_uses_authorisation ON authorisation_uses(authorisation_id);
)sql";

// Version 5 (issue 16, 链融): the part each partner bureau owes an order for a
// product with partner bureaus, opened when the order is placed and filled by
// PartDelivered; the order row counts them, so listing orders costs no join.
// Orders placed before the contract knew parts have none, on chain as here,
// so nothing is back-filled.
const char *const kVersion5 = R"sql(
ALTER TABLE orders ADD COLUMN parts_expected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN parts_delivered INTEGER NOT NULL DEFAULT 0;
CREATE TABLE order_parts (
  order_id INTEGER NOT NULL REFERENCES orders(order_id), bureau BLOB NOT NULL,
  part_hash BLOB, part_document BLOB, delivered_at INTEGER, delivered_block INTEGER, delivered_tx BLOB,
  PRIMARY KEY (order_id, bureau));
CREATE INDEX order_parts_bureau ON order_parts(bureau);
)sql";

const QList<const char *> &steps()
{
    static const QList<const char *> all = { kVersion1, kVersion2, kVersion3, kVersion4, kVersion5 };
    return all;
}

} // namespace

Result<int> lightSchemaVersion(Database &db)
{
    auto hasMeta = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"));
    if (!hasMeta)
        return hasMeta.error();
    auto found = hasMeta->step();
    if (!found)
        return found.error();
    if (!*found)
        return 0;
    auto version = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'"));
    if (!version)
        return version.error();
    auto row = version->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("LightSchema", "light store has a meta table without schema_version"));
    bool ok = false;
    const int v = version->text(0).toInt(&ok);
    if (!ok || v < 1)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("LightSchema", "light store schema_version \"%1\" is not a version")
                .arg(version->text(0)));
    return v;
}

Result<void> migrateLightSchema(Database &db)
{
    auto current = lightSchemaVersion(db);
    if (!current)
        return current.error();
    if (*current > kLightSchemaVersion)
        return makeError(ErrorKind::Unsupported,
            QCoreApplication::translate("LightSchema",
                "light store has schema version %1, newer than this build's %2: "
                "open it with a newer CreditChain Terminal or sync into a new directory")
                .arg(*current)
                .arg(kLightSchemaVersion));
    for (int v = *current + 1; v <= kLightSchemaVersion; ++v) {
        if (auto r = db.begin(); !r)
            return r.error();
        auto step = db.exec(QString::fromUtf8(steps().at(v - 1)));
        if (step)
            step = db.exec(
                QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '%1')").arg(v));
        if (step)
            step = db.commit();
        if (!step) {
            db.rollback();
            return makeError(step.error().kind,
                QCoreApplication::translate("LightSchema", "light store migration to version %1 failed: %2")
                    .arg(v)
                    .arg(step.error().message));
        }
    }
    return {};
}

} // namespace credit::store
