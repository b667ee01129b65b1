// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credit::crypto {
class Sm2PrivateKey;
}

namespace credit::tx {

//! FISCO BCOS 2.x 国密 transaction (PROTOCOL.md §3):
//! RLP([nonce, gasPrice, gas, blockLimit, to, value, data, chainId, groupId,
//! extraData, pub64, r, s]). Integer fields hold minimal big-endian bytes
//! (empty for zero), exactly as they travel in RLP.
//!
//! Decoding follows a FISCO 2.x node (libethcore/Transaction.cpp decodeRC2 over
//! libdevcore/RLP.h): canonical RLP, 13 fields, integers canonical and at most
//! 32 bytes, `to` empty or 20 bytes, and a public key of at most 64 bytes that
//! is left-padded to 64 when shorter. Like the node, hash() is SM3 of the
//! re-encoding (encode(): the key written as 64 bytes), not of the bytes as
//! received; the two differ only for a short key. docs/DECISIONS.md says why.
struct Transaction {
    QByteArray nonce;
    QByteArray gasPrice;
    QByteArray gas;
    QByteArray blockLimit;
    QByteArray to; //!< 20 bytes, or empty for contract creation
    QByteArray value;
    QByteArray data;
    QByteArray chainId;
    QByteArray groupId;
    QByteArray extraData;
    QByteArray publicKey; //!< 64 bytes once signed or decoded (a short wire key left-padded)
    QByteArray r; //!< minimal big-endian, ≤ 32 bytes
    QByteArray s;

    //! RLP of the first 10 fields: what the signature covers (through its SM3).
    QByteArray unsignedEncoding() const;
    //! SM3(unsignedEncoding()): the 32 bytes that are SM2-signed.
    QByteArray signingHash() const;
    //! RLP of all 13 fields: the raw transaction sent to a node, and the form
    //! a node re-encodes a received transaction to before hashing it.
    QByteArray encode() const;
    //! SM3(encode()): the transaction hash, as FISCO computes it (also for a
    //! transaction that arrived with a short public key).
    QByteArray hash() const;
    //! Address of the signer: last 20 bytes of SM3(publicKey).
    QByteArray sender() const;
    //! r ‖ s padded to 64 bytes.
    QByteArray signatureRs() const;

    quint64 blockLimitValue() const;
    quint64 chainIdValue() const;
    quint64 groupIdValue() const;

    //! Signs with key: fills publicKey, r and s.
    Result<void> sign(const crypto::Sm2PrivateKey &key);
    //! True when r, s verify over signingHash() under publicKey (ID 1234567812345678).
    bool verifySignature() const;

    //! Decodes a raw transaction as a FISCO 2.x node does (see above); refuses
    //! what the node refuses with an InvalidInput error naming the field.
    static Result<Transaction> decode(QByteArrayView raw);

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

//! Defaults of the FISCO Java SDK, which nodes accept (gas is not charged on a consortium chain).
inline constexpr quint64 kDefaultGasPrice = 300000000;
inline constexpr quint64 kDefaultGas = 300000000;
//! How far ahead of the current height a new transaction's blockLimit is set (node accepts ≤ 1000).
inline constexpr quint64 kBlockLimitAhead = 500;
inline constexpr qsizetype kMaxRawSize = 1024 * 1024;

//! What a caller chooses; everything else is filled in by buildSigned().
struct Request {
    QByteArray to; //!< 20-byte contract address (empty = deploy)
    QByteArray data; //!< ABI call data
    quint64 currentBlock = 0;
    quint64 chainId = 1;
    quint64 groupId = 1;
    QByteArray extraData;
    QByteArray nonce; //!< empty = fresh random 250-bit nonce
};

//! Fresh random nonce of at most 250 bits, as FISCO SDKs make them.
QByteArray randomNonce();

//! Builds and signs a transaction for the request.
Result<Transaction> buildSigned(const Request &request, const crypto::Sm2PrivateKey &key);

} // namespace credit::tx
