// SPDX-License-Identifier: Apache-2.0
// SM2 test keys whose public key starts with zero bytes. An SDK that writes
// the key of a 国密 transaction as an integer drops those bytes, so such an
// account's transactions carry a 63- or 62-byte key field (FISCO accepts them,
// left-padding the key; see docs/DECISIONS.md).
//
// How they were found, once, offline: scan d = 1, 2, 3, … computing P = d·G on
// the SM2 curve (OpenSSL, NID_sm2) and keep the first d whose x coordinate
// starts with 00 (and not 0000), and the first whose x starts with 0000.
// d = 327 and d = 17883. Test keys only: small scalars are trivially guessable.
#pragma once

#include "crypto/Sm2Key.h"

#include <QByteArray>

namespace credit::test {

//! Private scalar d = 327: public key x = 00 ‖ (non-zero byte) ‖ …
inline QByteArray privateKeyPub00()
{
    return QByteArray(30, '\0') + QByteArray::fromHex("0147");
}
//! Private scalar d = 17883: public key x = 00 00 ‖ …
inline QByteArray privateKeyPub0000()
{
    return QByteArray(30, '\0') + QByteArray::fromHex("45db");
}

inline crypto::Sm2PrivateKey keyPub00()
{
    return crypto::Sm2PrivateKey::fromRaw(privateKeyPub00()).value();
}
inline crypto::Sm2PrivateKey keyPub0000()
{
    return crypto::Sm2PrivateKey::fromRaw(privateKeyPub0000()).value();
}

//! The key as an integer-writing SDK sends it: leading zero bytes dropped.
inline QByteArray keyAsInteger(const QByteArray &publicKey64)
{
    qsizetype i = 0;
    while (i < publicKey64.size() && publicKey64[i] == 0)
        ++i;
    return publicKey64.mid(i);
}

} // namespace credit::test
