// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>

namespace credit::crypto {

//! Multi-recipient document encryption; the binary layout is in ENVELOPE.md.
namespace envelope {

// Institutions read through their admin key and every active user (珠三角
// opened 14,700 users for 207 institutions, some with hundreds), so a document
// for a bank, a bureau and the regulators can have many readers.
inline constexpr int kMaxRecipients = 1024;
inline constexpr qint64 kMaxPlaintextSize = 256LL * 1024 * 1024;

//! What can be learned from an envelope without a key.
struct Info {
    QList<QByteArray> recipientAddresses; //!< 20-byte addresses, sender's order
    qint64 ciphertextSize = 0;
};

//! Encrypts plaintext so that each recipient (and only they) can open it.
Result<QByteArray> seal(QByteArrayView plaintext, const QList<Sm2PublicKey> &recipients);

//! Opens an envelope with one recipient's key. Errors: NotFound when the key
//! is not a recipient, Corrupt when the envelope is malformed or altered.
Result<QByteArray> open(QByteArrayView envelope, const Sm2PrivateKey &key);

//! Parses the header only (strict): who may read it, how big it is.
Result<Info> inspect(QByteArrayView envelope);

} // namespace envelope
} // namespace credit::crypto
