// SPDX-License-Identifier: Apache-2.0
// Which of the bank's recorded authorisations an order can name instead of a
// new letter (placeAuthorisedOrder): the chain knows the enterprise only by
// its commitment, so the match is made with the opened letters.
#pragma once

#include "desk/AuthorisationDesk.h"
#include "desk/OrderDraft.h"
#include "market/MarketRecords.h"

#include <QHash>
#include <QList>

namespace credit::desk {

//! A recorded authorisation an order can use, with its opened letter.
struct UsableAuthorisation {
    market::AuthorisationInfo info;
    AuthorisationLetterView letter;
};

//! The recorded authorisations (as given, newest first) an order for `product`
//! and the enterprise with `enterpriseCode` can use at nowMs: not revoked,
//! within validity, covering the product by id or its whole series, and the
//! enterprise's — its letter is open, names that code, and the chain's
//! commitment is SM3(the letter's salt || that code). None for a product that
//! needs no authorisation.
QList<UsableAuthorisation> usableAuthorisations(const QList<market::AuthorisationInfo> &recorded,
    const QHash<quint64, AuthorisationLetterView> &letters, const market::ProductInfo &product,
    const QString &enterpriseCode, quint64 nowMs);

//! Makes the draft name `usable`: its id and salt, and its letter (the bureau
//! checks the letter in the request against the one recorded).
void useRecordedAuthorisation(OrderDraft &draft, const UsableAuthorisation &usable);

} // namespace credit::desk
