// SPDX-License-Identifier: Apache-2.0
// The request document of an order (resources/demo/README.md "Request"):
// what the bank asks the bureau for, sealed in placeOrder's envelope for the
// bank, the bureau and the regulators, with the enterprise's authorisation
// letter inside. UTF-8 JSON, type "creditchain.order-request", version 1.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace credit::market {

struct AuthorisationLetter {
    QString fileName;
    QString mediaType; //!< e.g. "application/pdf", "image/png", "text/plain; charset=utf-8"
    QString validFrom; //!< "yyyy-MM-dd"
    QString validUntil; //!< "yyyy-MM-dd"
    QByteArray content; //!< the file's bytes; placeOrder's authorisation hash is SM3 of them
};

struct OrderRequest {
    quint64 orderId = 0;
    quint64 productId = 0;
    QString bankName, bankCode;
    QString enterpriseName, enterpriseCode; //!< the code is a unified social credit code
    QString purpose;
    QString requestedAt; //!< "yyyy-MM-dd HH:mm", China time (UTC+8)
    std::optional<AuthorisationLetter> authorisation;
    //! The recorded authorisation the order names (placeAuthorisedOrder), 0: none;
    //! with the salt of its enterprise commitment, so the bureau can check that
    //! the authorisation on chain is this enterprise's.
    quint64 authorisationId = 0;
    QByteArray commitmentSalt;

    //! The authorisation hash placeOrder carries: SM3 of the letter, or 32 zero bytes without one.
    QByteArray authorisationHash() const;
    //! Compact UTF-8 JSON, the envelope's plaintext.
    QByteArray toJson() const;
    //! Strict: type, version and every field checked; the letter's sm3 must match its content.
    static Result<OrderRequest> parse(const QByteArray &json);
};

//! "yyyy-MM-dd HH:mm" (or "yyyy-MM-dd" without the time) in China time (UTC+8) for a UTC instant.
QString chinaTime(qint64 utcMs, bool withTime = true);

} // namespace credit::market
