// SPDX-License-Identifier: Apache-2.0
// The letters behind the bank's recorded authorisations, read back from the
// envelopes the bank sealed to itself (among its readers) when it recorded
// them. Blocking: the authorisation desk runs it on its own worker, so sends
// never wait behind it, and hands each letter to the screen as it comes.
#pragma once

#include "desk/AuthorisationDesk.h"
#include "desk/OrderEnterprises.h"

#include <QPromise>

namespace credit::desk {

//! One authorisation's letter, or why it could not be opened (problem not empty).
struct OpenedLetter {
    AuthorisationLetterView letter;
    QString problem;
};

//! Opens the letters of `bank`'s authorisations in the order given, one result
//! per id as it is known: each envelope fetched only because a verified block
//! names it, checked against that SM3, opened with the source's key and
//! checked to name that authorisation. Stops early when cancelled.
void openAuthorisationLetters(QPromise<OpenedLetter> &promise, const OrderEnterpriseSource &source,
    const QByteArray &bank, const QList<quint64> &authorisationIds);

} // namespace credit::desk
