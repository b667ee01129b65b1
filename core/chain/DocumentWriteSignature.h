// SPDX-License-Identifier: Apache-2.0
// How a write to the document store proves who made it (docs/DOCUMENT_STORE.md
// "Signed writes"): the writer's account, a wall-clock timestamp and an SM2
// signature with FISCO's signing ID over the method, the document's name, the
// body's SM3 and the timestamp. The one definition of those bytes, used by the
// client that signs and the store that verifies.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace credit::crypto {
class Sm2PrivateKey;
}

namespace credit::chain::docstore {

inline constexpr QByteArrayView kAccountHeader = "X-Credit-Account";
inline constexpr QByteArrayView kTimestampHeader = "X-Credit-Timestamp";
inline constexpr QByteArrayView kSignatureHeader = "X-Credit-Signature";

struct WriteAuthorisation {
    QByteArray account; //!< 20-byte address
    qint64 timestampMs = 0; //!< UTC milliseconds since the Unix epoch
    QByteArray signature; //!< FISCO wire form r ‖ s ‖ public key, 128 bytes
};

//! The exact bytes signed: five ASCII lines joined by LF, no final LF —
//! "credit-docstore-write/1", method, name (64 lowercase hex), SM3 of the
//! body (64 lowercase hex), timestamp (decimal ms).
QByteArray signedBytes(QByteArrayView method, const QByteArray &name, const QByteArray &bodySm3, qint64 timestampMs);

//! Signs a PUT of the body named `name` (whose SM3 is bodySm3) at timestampMs.
Result<WriteAuthorisation> signPut(
    const crypto::Sm2PrivateKey &key, const QByteArray &name, const QByteArray &bodySm3, qint64 timestampMs);

//! The three request headers, as "Name: value" lines without CRLF.
QList<QByteArray> headerLines(const WriteAuthorisation &authorisation);

//! The headers' values read back; nullopt when any is not in its format
//! (0x + 40 hex; decimal digits, no leading zero; 0x + 256 hex).
std::optional<WriteAuthorisation> parseAuthorisation(
    QByteArrayView account, QByteArrayView timestamp, QByteArrayView signature);

//! True when the signature verifies over signedBytes(method, name, bodySm3,
//! timestamp) with the public key it carries, and that key's address is the account.
bool verifies(
    const WriteAuthorisation &authorisation, QByteArrayView method, const QByteArray &name, const QByteArray &bodySm3);

} // namespace credit::chain::docstore
