// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>

namespace credit::market {

//! An order as the contract stores it (getOrder). Hashes are 32 bytes, all zero
//! until set; addresses are 20 bytes, all zero until set. Times are block
//! timestamps, milliseconds since the epoch as on FISCO BCOS.
struct Order {
    quint64 id = 0;
    quint64 productId = 0;
    QByteArray bank;
    QByteArray bureau;
    OrderState state = OrderState::None;
    quint64 priceFen = 0; //!< the product's price when the order was placed
    quint32 slaHours = 0; //!< the product's SLA when the order was placed
    QByteArray authorisationHash; //!< SM3 of the authorisation letter (zero when the product needs none)
    QByteArray requestDocument; //!< SM3 of the encrypted request envelope
    QByteArray reportHash; //!< SM3 of the plaintext report
    QByteArray reportDocument; //!< SM3 of the encrypted report envelope
    QByteArray mediator; //!< named by raiseDispute
    QByteArray disputeRaisedBy;
    quint64 placedAtMs = 0;
    quint64 updatedAtMs = 0;

    friend bool operator==(const Order &, const Order &) = default;
};

//! 链融: the part one partner bureau owes an order (getOrderParts), zero
//! hashes until it is delivered.
struct OrderPart {
    QByteArray bureau;
    QByteArray partHash; //!< SM3 of the plaintext part
    QByteArray partDocument; //!< SM3 of the encrypted part envelope
    quint64 deliveredAtMs = 0;

    bool delivered() const { return partHash != QByteArray(32, '\0'); }
    friend bool operator==(const OrderPart &, const OrderPart &) = default;
};

} // namespace credit::market
