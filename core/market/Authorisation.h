// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market {

//! An enterprise's authorisation (授权) as the contract stores it
//! (getAuthorisation). The enterprise is only a salted commitment here; who it
//! is, the salt and the letter are in the encrypted letter envelope.
struct Authorisation {
    quint64 id = 0;
    QByteArray bank; //!< 20-byte account of the bank that recorded it
    QByteArray enterpriseCommitment; //!< SM3(salt || credit code), 32 bytes
    QByteArray letterHash; //!< SM3 of the signed letter
    QByteArray letterDocument; //!< SM3 of the encrypted letter envelope
    quint8 series = 0; //!< 0, or the series (MarketEnums Series number) it covers whole
    QList<quint64> productIds; //!< products it covers by id
    QString purpose;
    quint64 validFromMs = 0; //!< block time from which it is valid
    quint64 validUntilMs = 0; //!< block time from which it is no longer valid
    bool revoked = false;
    quint32 uses = 0; //!< orders placed with it

    friend bool operator==(const Authorisation &, const Authorisation &) = default;
};

} // namespace credit::market
