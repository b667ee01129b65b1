// SPDX-License-Identifier: Apache-2.0
// What the supervision figures keep of a decrypted order request: the
// enterprise and its authorisation letter's validity, nothing else (not the
// purpose, not the letter's content).
#pragma once

#include "common/Result.h"
#include "market/OrderRequest.h"
#include "market/SupervisionRecords.h"

#include <QByteArray>
#include <QString>

namespace credit::supervision {

struct RequestFacts {
    quint64 orderId = 0;
    QString enterpriseCode, enterpriseName;
    bool hasLetter = false;
    QString validFrom, validUntil; //!< "yyyy-MM-dd", China time; empty without a letter

    static RequestFacts of(const market::OrderRequest &request);
    //! Compact JSON: the plaintext of one row of the private copy.
    QByteArray toJson() const;
    static Result<RequestFacts> fromJson(const QByteArray &json);

    //! The letter's validity on the China-time day of placedMs: Missing, Valid, Expired or NotYetValid.
    market::LetterStatus letterAt(qint64 placedMs) const;
    //! The enterprise's province: the first two administrative-division digits
    //! (characters 3–4 of the credit code) × 10000; 0 when they are not digits.
    quint32 province() const;
};

//! A region code (e.g. 310115 or 310000) at province level (310000); 0 stays 0.
quint32 provinceOf(quint32 regionCode);

} // namespace credit::supervision
