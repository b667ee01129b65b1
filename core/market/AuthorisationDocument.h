// SPDX-License-Identifier: Apache-2.0
// The document behind a recorded authorisation (resources/demo/README.md
// "Authorisation"): who the enterprise is, the salt of its commitment on
// chain, the purpose and the signed letter, sealed for the bank (its admin
// key and active users) and the regulators. The chain holds only
// SM3(salt || credit code) and SM3 of this envelope. UTF-8 JSON, type
// "creditchain.authorisation", version 1.
#pragma once

#include "common/Result.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QString>

namespace credit::market {

//! SM3(salt || UTF-8 credit code): the enterprise as the chain records it.
QByteArray enterpriseCommitment(const QByteArray &salt, const QString &creditCode);

//! The block time (ms) a letter's "yyyy-MM-dd" validity begins at (00:00 China
//! time) and ends at (00:00 China time of the day after validUntil); -1 when
//! a date does not parse.
qint64 validityStartMs(const QString &validFrom);
qint64 validityEndMs(const QString &validUntil);

struct AuthorisationDocument {
    static constexpr qsizetype kSaltSize = 16;

    quint64 authorisationId = 0;
    QString bankName, bankCode;
    QString enterpriseName, enterpriseCode;
    QByteArray salt; //!< kSaltSize random bytes
    QString purpose;
    AuthorisationLetter letter; //!< with its validity dates

    QByteArray commitment() const { return enterpriseCommitment(salt, enterpriseCode); }
    //! Compact UTF-8 JSON, the envelope's plaintext.
    QByteArray toJson() const;
    //! Strict: type, version and every field checked; the letter's sm3 must match its content.
    static Result<AuthorisationDocument> parse(const QByteArray &json);
};

} // namespace credit::market
