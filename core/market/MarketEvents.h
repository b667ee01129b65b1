// SPDX-License-Identifier: Apache-2.0
// Typed CreditMarket events, decoded from receipt logs. The light node
// projects these into its tables; the block timestamp is the event time.
#pragma once

#include "common/Result.h"
#include "market/MarketEnums.h"
#include "market/MarketLog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace credit::market {

struct InstitutionRegistered {
    QByteArray account;
    QString code;
    QString name;
    Role role = Role::Bank;
    quint32 regionCode = 0;
    QByteArray publicKey;
    friend bool operator==(const InstitutionRegistered &, const InstitutionRegistered &) = default;
};

struct InstitutionStatusChanged {
    QByteArray account;
    bool active = false;
    friend bool operator==(const InstitutionStatusChanged &, const InstitutionStatusChanged &) = default;
};

struct ProductListed {
    quint64 productId = 0;
    QByteArray bureau;
    Series series = Series::Liantong;
    QString name;
    QString description;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QString deliveryFormat;
    bool authorisationRequired = false;
    QList<QByteArray> partnerBureaus;
    friend bool operator==(const ProductListed &, const ProductListed &) = default;
};

struct ProductUpdated {
    quint64 productId = 0;
    QByteArray bureau;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QString description;
    friend bool operator==(const ProductUpdated &, const ProductUpdated &) = default;
};

struct ProductDelisted {
    quint64 productId = 0;
    QByteArray bureau;
    friend bool operator==(const ProductDelisted &, const ProductDelisted &) = default;
};

// Order events. Each log also carries the state the order moved to; the
// decoder checks it is the one the event stands for, so the structs leave it
// out (orderTransition() gives it back).

struct OrderPlaced {
    quint64 orderId = 0;
    QByteArray bank;
    quint64 productId = 0;
    QByteArray bureau;
    quint64 priceFen = 0;
    QByteArray authorisationHash;
    QByteArray requestDocument;
    friend bool operator==(const OrderPlaced &, const OrderPlaced &) = default;
};

struct OrderAccepted {
    quint64 orderId = 0;
    QByteArray bureau;
    friend bool operator==(const OrderAccepted &, const OrderAccepted &) = default;
};

struct OrderRejected {
    quint64 orderId = 0;
    QByteArray bureau;
    QString reason;
    friend bool operator==(const OrderRejected &, const OrderRejected &) = default;
};

struct OrderCancelled {
    quint64 orderId = 0;
    QByteArray bank;
    friend bool operator==(const OrderCancelled &, const OrderCancelled &) = default;
};

struct ReportDelivered {
    quint64 orderId = 0;
    QByteArray bureau;
    QByteArray reportHash;
    QByteArray reportDocument;
    friend bool operator==(const ReportDelivered &, const ReportDelivered &) = default;
};

struct OrderCompleted {
    quint64 orderId = 0;
    QByteArray bank;
    friend bool operator==(const OrderCompleted &, const OrderCompleted &) = default;
};

struct DisputeRaised {
    quint64 orderId = 0;
    QByteArray raisedBy;
    QByteArray mediator;
    QString reason;
    QByteArray mediatorKeyEnvelope;
    friend bool operator==(const DisputeRaised &, const DisputeRaised &) = default;
};

struct DisputeResolved {
    quint64 orderId = 0;
    QByteArray mediator;
    QString resolution;
    friend bool operator==(const DisputeResolved &, const DisputeResolved &) = default;
};

struct UserOpened {
    QByteArray institution;
    QByteArray user;
    QString name;
    QByteArray publicKey;
    QByteArray openedBy; //!< the operator or the institution's admin account
    friend bool operator==(const UserOpened &, const UserOpened &) = default;
};

struct UserStatusChanged {
    QByteArray institution;
    QByteArray user;
    bool active = false;
    QByteArray changedBy;
    friend bool operator==(const UserStatusChanged &, const UserStatusChanged &) = default;
};

//! Follows, in the same receipt, the event of a step a user account took for
//! its institution: names who took it.
struct ActedBy {
    QByteArray institution;
    QByteArray user;
    friend bool operator==(const ActedBy &, const ActedBy &) = default;
};

struct AuthorisationRecorded {
    quint64 authorisationId = 0;
    QByteArray bank;
    QByteArray enterpriseCommitment;
    QByteArray letterHash;
    QByteArray letterDocument;
    quint8 series = 0; //!< 0: no whole series
    QList<quint64> productIds;
    QString purpose;
    quint64 validFromMs = 0;
    quint64 validUntilMs = 0;
    friend bool operator==(const AuthorisationRecorded &, const AuthorisationRecorded &) = default;
};

struct AuthorisationRevoked {
    quint64 authorisationId = 0;
    QByteArray bank;
    QString reason;
    friend bool operator==(const AuthorisationRevoked &, const AuthorisationRevoked &) = default;
};

//! Precedes, in the same receipt, the OrderPlaced of an order placed with the
//! authorisation: one line of its usage trace (授权使用痕迹).
struct AuthorisationUsed {
    quint64 authorisationId = 0;
    quint64 orderId = 0;
    QByteArray bank;
    quint64 productId = 0;
    friend bool operator==(const AuthorisationUsed &, const AuthorisationUsed &) = default;
};

//! 链融: a partner bureau delivered its part of an accepted order (a step of
//! the order that leaves it Accepted).
struct PartDelivered {
    quint64 orderId = 0;
    QByteArray bureau;
    QByteArray partHash;
    QByteArray partDocument;
    friend bool operator==(const PartDelivered &, const PartDelivered &) = default;
};

using MarketEvent = std::variant<InstitutionRegistered, InstitutionStatusChanged, ProductListed, ProductUpdated,
    ProductDelisted, OrderPlaced, OrderAccepted, OrderRejected, OrderCancelled, ReportDelivered, OrderCompleted,
    DisputeRaised, DisputeResolved, UserOpened, UserStatusChanged, ActedBy, AuthorisationRecorded, AuthorisationRevoked,
    AuthorisationUsed, PartDelivered>;

//! The event of a CreditMarket log. ErrorKind::NotFound when topic 0 is no
//! CreditMarket event (another contract's log); ErrorKind::InvalidInput when it
//! is one but malformed (topic count, non-canonical words, bad data, a role,
//! series or state number out of range, an order state that contradicts the
//! event). The caller checks log.address is the contract it trusts.
Result<MarketEvent> decodeEvent(const Log &log);

//! What an order event did to its order.
struct OrderTransition {
    quint64 orderId = 0;
    QByteArray actor;
    OrderState state = OrderState::None; //!< the state the order is in after the event
    friend bool operator==(const OrderTransition &, const OrderTransition &) = default;
};

//! The transition of an order event; nullopt for institution and product events.
std::optional<OrderTransition> orderTransition(const MarketEvent &event);

} // namespace credit::market
