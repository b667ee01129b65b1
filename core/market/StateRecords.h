// SPDX-License-Identifier: Apache-2.0
// How the executor lays the contract's storage out in a ContractState: the
// keys and the RLP records under them (STATE.md). Strings are kept as the
// raw bytes the caller sent, as the EVM keeps them, so what is stored and
// emitted again is byte for byte what came in (even invalid UTF-8).
#pragma once

#include "common/Result.h"
#include "market/MarketEnums.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace credit::market::state {

//! "operator": the operator's 20-byte address (RLP byte string).
QByteArray operatorKey();
//! "i/" + 20-byte account.
QByteArray institutionKey(QByteArrayView account);
//! "u/" + 20-byte account of a user.
QByteArray userKey(QByteArrayView account);
//! "p/" + product id as 8 bytes big-endian (keys sort by id).
QByteArray productKey(quint64 productId);
//! "a/" + authorisation id as 8 bytes big-endian.
QByteArray authorisationKey(quint64 authorisationId);
//! "o/" + order id as 8 bytes big-endian.
QByteArray orderKey(quint64 orderId);
//! "q/" + order id as 8 bytes big-endian + 20-byte partner bureau: one 链融 part.
QByteArray orderPartKey(quint64 orderId, QByteArrayView bureau);

//! Under institutionKey: RLP [role, regionCode, active, code, name, publicKey].
struct InstitutionRecord {
    Role role = Role::Bank;
    quint32 regionCode = 0;
    bool active = false;
    QByteArray code;
    QByteArray name;
    QByteArray publicKey;
    friend bool operator==(const InstitutionRecord &, const InstitutionRecord &) = default;
};

//! Under userKey: RLP [institution, active, name, publicKey].
struct UserRecord {
    QByteArray institution;
    bool active = false;
    QByteArray name;
    QByteArray publicKey;
    friend bool operator==(const UserRecord &, const UserRecord &) = default;
};

//! Under productKey: RLP [bureau, series, name, description, priceFen, slaHours,
//! deliveryFormat, authorisationRequired, [partner...], listed].
struct ProductRecord {
    QByteArray bureau;
    Series series = Series::Liantong;
    QByteArray name;
    QByteArray description;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QByteArray deliveryFormat;
    bool authorisationRequired = false;
    QList<QByteArray> partnerBureaus;
    bool listed = false;
    friend bool operator==(const ProductRecord &, const ProductRecord &) = default;
};

//! Under orderKey: RLP [productId, bank, bureau, state, priceFen, slaHours,
//! authorisationHash, requestDocument, reportHash, reportDocument, mediator,
//! disputeRaisedBy, placedAt, updatedAt]. Unset hashes and addresses are zero
//! bytes of their full width, as in Solidity storage.
struct OrderRecord {
    quint64 productId = 0;
    QByteArray bank = QByteArray(20, '\0');
    QByteArray bureau = QByteArray(20, '\0');
    OrderState state = OrderState::None;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QByteArray authorisationHash = QByteArray(32, '\0');
    QByteArray requestDocument = QByteArray(32, '\0');
    QByteArray reportHash = QByteArray(32, '\0');
    QByteArray reportDocument = QByteArray(32, '\0');
    QByteArray mediator = QByteArray(20, '\0');
    QByteArray disputeRaisedBy = QByteArray(20, '\0');
    quint64 placedAt = 0;
    quint64 updatedAt = 0;
    friend bool operator==(const OrderRecord &, const OrderRecord &) = default;
};

//! Under authorisationKey: RLP [bank, enterpriseCommitment, letterHash,
//! letterDocument, series, [productId...], purpose, validFrom, validUntil,
//! revoked, uses]. Series 0 means "no whole series".
struct AuthorisationRecord {
    QByteArray bank = QByteArray(20, '\0');
    QByteArray enterpriseCommitment = QByteArray(32, '\0');
    QByteArray letterHash = QByteArray(32, '\0');
    QByteArray letterDocument = QByteArray(32, '\0');
    quint8 series = 0;
    QList<quint64> productIds;
    QByteArray purpose;
    quint64 validFrom = 0;
    quint64 validUntil = 0;
    bool revoked = false;
    quint32 uses = 0;
    friend bool operator==(const AuthorisationRecord &, const AuthorisationRecord &) = default;
};

//! Under orderPartKey: RLP [partHash, partDocument, deliveredAt]. Written with
//! zeros for each partner bureau when the order is placed (the .sol's
//! orderParts), so the key's presence says "a partner of this order".
struct OrderPartRecord {
    QByteArray partHash = QByteArray(32, '\0');
    QByteArray partDocument = QByteArray(32, '\0');
    quint64 deliveredAt = 0;
    friend bool operator==(const OrderPartRecord &, const OrderPartRecord &) = default;
};

QByteArray encodeOperator(QByteArrayView address);
QByteArray encode(const InstitutionRecord &record);
QByteArray encode(const UserRecord &record);
QByteArray encode(const ProductRecord &record);
QByteArray encode(const OrderRecord &record);
QByteArray encode(const AuthorisationRecord &record);
QByteArray encode(const OrderPartRecord &record);

//! Strict decoders: any deviation from what encode() writes is ErrorKind::Corrupt.
Result<QByteArray> decodeOperator(QByteArrayView value);
Result<InstitutionRecord> decodeInstitution(QByteArrayView value);
Result<UserRecord> decodeUser(QByteArrayView value);
Result<ProductRecord> decodeProduct(QByteArrayView value);
Result<OrderRecord> decodeOrder(QByteArrayView value);
Result<AuthorisationRecord> decodeAuthorisation(QByteArrayView value);
Result<OrderPartRecord> decodeOrderPart(QByteArrayView value);

} // namespace credit::market::state
