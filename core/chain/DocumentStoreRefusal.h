// SPDX-License-Identifier: Apache-2.0
// Why a document store refused a write (docs/DOCUMENT_STORE.md "Refusals"):
// one stable machine code per rule, shared by the devnet's store, which
// answers with it, and DocumentStoreClient, which turns it into words the
// user can act on.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace credit::chain::docstore {

enum class Refusal {
    BadName, //!< 400: the name is not 64 hex digits
    Unsigned, //!< 401: no account, timestamp or signature header
    MalformedAuthorisation, //!< 401: a header is there but not in its format
    StaleTimestamp, //!< 401: the timestamp is outside the store's clock window
    BadSignature, //!< 401: the signature does not verify, or its key is not the account's
    ReplayedSignature, //!< 401: this exact signature was already used
    UnknownAccount, //!< 403: no registered institution has this account
    InactiveInstitution, //!< 403: the institution is registered but not active
    FrozenUser, //!< 403: the account is a user of an institution, frozen
    TooLarge, //!< 413: over the maximum document size
    HashMismatch, //!< 422: the body's SM3 is not the name
    QuotaExceeded, //!< 429: the account's quota for the current window is used up
    StoreFull, //!< 507: the store's total-size limit would be crossed
    DiskLow, //!< 507: the disk's free space would fall under the store's reserve
    StoreError, //!< 500: the store could not write
};

//! The machine code in the refusal's JSON body, e.g. "replayed-signature".
QByteArrayView codeOf(Refusal refusal);
//! The refusal a code names; nullopt for a code this build does not know.
std::optional<Refusal> refusalFromCode(QByteArrayView code);
//! The HTTP status the store answers a refusal with.
int httpStatusOf(Refusal refusal);
//! What the user can do about it, translated (context "DocumentStoreRefusal").
QString adviceFor(Refusal refusal);

} // namespace credit::chain::docstore
