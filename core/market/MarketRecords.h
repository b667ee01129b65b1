// SPDX-License-Identifier: Apache-2.0
// The market as the verified store shows it to the screens: institutions,
// products, orders and their events, each with the block and transaction it
// was last changed in (the verification badge). Plain values: the store fills
// them, desks and pages read them; no layer above market needs a store header.
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market {

struct InstitutionInfo {
    QByteArray account; //!< 20 bytes
    QString code, name;
    Role role = Role::Bank;
    quint32 region = 0;
    bool active = false;
    QByteArray publicKey; //!< 64 bytes; its SM3 address is `account` (checked by the contract)
    quint64 block = 0;
    QByteArray tx;
};

//! One change of an institution, from a verified block (the operator's history).
struct InstitutionChange {
    enum class Kind {
        Registered, //!< InstitutionRegistered
        StatusChanged, //!< InstitutionStatusChanged (see `active`)
        StateOnUpgrade, //!< a store made before history was kept: the state as of its last change
    };
    Kind kind = Kind::Registered;
    bool active = false; //!< the status after this change
    quint64 block = 0;
    QByteArray tx;
    quint64 timeMs = 0; //!< the block's timestamp
    int signers = 0, sealers = 0; //!< how the block was sealed (0 sealers: unknown)
};

//! A user account of an institution as the verified blocks left it (the operator's Users page).
struct UserInfo {
    QByteArray account; //!< 20 bytes
    QByteArray institution; //!< 20 bytes
    QString name;
    QByteArray publicKey; //!< 64 bytes
    bool active = false; //!< false: frozen
    quint64 block = 0; //!< its last change (opened, frozen, unfrozen)
    quint64 timeMs = 0; //!< that block's timestamp
};

//! An enterprise's authorisation as the verified blocks left it (the bank's
//! Authorisations page). Who the enterprise is stays in the letter envelope.
struct AuthorisationInfo {
    quint64 authorisationId = 0;
    QByteArray bank; //!< 20 bytes
    QByteArray enterpriseCommitment, letterHash, letterDocument; //!< 32 bytes each
    quint8 series = 0; //!< 0, or the series it covers whole
    QList<quint64> productIds;
    QString purpose;
    quint64 validFromMs = 0, validUntilMs = 0;
    bool revoked = false;
    QString revokeReason;
    quint64 revokedAtMs = 0; //!< 0 unless revoked
    QByteArray revokedBy; //!< the user account that revoked it; empty: the bank's admin account
    QByteArray recordedBy; //!< the user account that recorded it; empty: the bank's admin account
    quint64 recordedAtMs = 0;
    quint32 uses = 0;
    quint64 block = 0; //!< its last change
    QByteArray tx;

    //! Whether an order placed at nowMs could use it (not revoked, within validity).
    bool validAt(quint64 nowMs) const { return !revoked && nowMs >= validFromMs && nowMs < validUntilMs; }
};

//! One order placed with an authorisation (授权使用痕迹), from a verified block.
struct AuthorisationUse {
    quint64 authorisationId = 0;
    quint64 orderId = 0;
    quint64 productId = 0;
    quint64 block = 0;
    QByteArray tx;
    quint64 timeMs = 0;
};

struct ProductInfo {
    quint64 productId = 0;
    QByteArray bureau; //!< 20 bytes
    QString bureauName; //!< empty when the bureau is not (yet) a known institution
    Series series = Series::Liantong;
    QString name, description, deliveryFormat;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    bool authorisationRequired = false;
    bool listed = false;
    quint64 block = 0;
    QByteArray tx;
    int signers = 0, sealers = 0; //!< how the block was sealed: "sealed by signers of sealers"
    QList<QByteArray> partnerBureaus; //!< 链融 only: other bureaus that contribute (20 bytes each)
    QStringList partnerBureauNames; //!< one per partner; empty when not (yet) a known institution
};

struct OrderSummary {
    quint64 orderId = 0;
    QByteArray bank, bureau;
    QString bankName, bureauName, productName;
    quint64 productId = 0, priceFen = 0;
    OrderState state = OrderState::None;
    quint64 placedAtMs = 0, updatedAtMs = 0;
    quint32 slaHours = 0;
    QByteArray authorisationHash; //!< SM3 of the authorisation letter (zeros: none)
    QByteArray requestDocument; //!< SM3 name of the request envelope in the document store
    QByteArray reportHash; //!< SM3 of the report PDF; empty until delivered
    QByteArray reportDocument; //!< SM3 name of the report envelope; empty until delivered
    quint64 block = 0;
    QByteArray tx;
    //! 链融: how many partner bureaus owe the order a part, and how many have
    //! delivered it (both 0 for an order of any other product).
    int partsExpected = 0, partsDelivered = 0;
    //! Read with OrderFilter::partner: whether that bureau's part is in (its inbox's "delivered").
    bool partnerPartDelivered = false;

    bool isJoint() const { return partsExpected > 0; }
    //! The lead bureau may deliver the fused report only when every part is in.
    bool allPartsDelivered() const { return partsDelivered >= partsExpected; }
};

//! 链融: the part one partner bureau owes an order, as the verified blocks
//! left it: awaited until PartDelivered, then its hashes and where it came.
struct OrderPartInfo {
    quint64 orderId = 0;
    QByteArray bureau; //!< the partner bureau, 20 bytes
    QString bureauName; //!< empty when the bureau is not (yet) a known institution
    QByteArray partHash; //!< SM3 of the plaintext part; empty while awaited
    QByteArray partDocument; //!< SM3 name of the part's envelope in the document store; empty while awaited
    quint64 deliveredAtMs = 0; //!< the block time of PartDelivered; 0 while awaited
    quint64 block = 0; //!< the block of PartDelivered; 0 while awaited
    QByteArray tx;

    bool delivered() const { return !partHash.isEmpty(); }
};

struct OrderEventInfo {
    QString event; //!< the contract event's name, e.g. "OrderAccepted"
    OrderState state = OrderState::None;
    QByteArray actor; //!< the institution
    QString actorName;
    QByteArray user; //!< the user account that took the step (ActedBy); empty: the institution's admin account
    QString userName;
    QString detail;
    quint64 timeMs = 0;
    quint64 block = 0;
    QByteArray tx;
    quint32 logIndex = 0;
    quint32 txIndex = 0; //!< the transaction's position in its block
    //! The receipt's status (0: executed); the light node proved the transaction
    //! and its receipt into the block's roots when it verified the block.
    quint32 receiptStatus = 0;
};

//! A dispute as the verified blocks record it, with the order it is about.
struct DisputeInfo {
    OrderSummary order; //!< state Disputed or Resolved (or later)
    QByteArray raisedBy, mediator;
    QString raisedByName, mediatorName;
    QString reason;
    QString resolution; //!< empty until resolved (market/DisputeResolution.h reads it)
    quint64 raisedAtMs = 0, resolvedAtMs = 0; //!< block times; resolvedAtMs 0 until resolved
    quint64 raisedBlock = 0;
    QByteArray raisedTx;
    quint64 block = 0; //!< where the dispute last changed
    QByteArray tx;
};

//! Which orders: of one bank or bureau (or all), optionally in some states.
struct OrderFilter {
    QByteArray bank; //!< empty: any bank
    QByteArray bureau; //!< empty: any bureau
    QList<OrderState> states; //!< empty: any state
    quint64 orderId = 0; //!< 0: any order
    //! Non-empty: only the 链融 orders in which this bureau owes a part (the
    //! partner's inbox); combined with `bureau` as "lead or partner" when both
    //! name the same bureau.
    QByteArray partner = QByteArray();
    //! 0: any; else only orders last changed in this block or later (a screen
    //! updating itself from the blocks just committed).
    quint64 changedSinceBlock = 0;
};

//! How block `number` was sealed: "sealed by signers of sealers".
struct BlockSeal {
    quint64 number = 0;
    int signers = 0;
    int sealers = 0;
};

} // namespace credit::market
