// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header on purpose

namespace credit::crypto {

//! The distinguishing ID FISCO BCOS (and GB/T 32918 examples) use for Z_A.
inline constexpr QByteArrayView kSm2DefaultId = "1234567812345678";
inline constexpr int kSm2PublicKeySize = 64; //!< x ‖ y, no 04 prefix
inline constexpr int kSm2PrivateKeySize = 32;
inline constexpr int kSm2SignatureSize = 64; //!< r ‖ s
inline constexpr int kAddressSize = 20;

//! Address = last 20 bytes of SM3(pub64) (PROTOCOL.md §2).
QByteArray addressOf(QByteArrayView publicKey64);

//! An SM2 public key (immutable; copies share the OpenSSL object; safe to use from several threads).
class Sm2PublicKey final {
public:
    Sm2PublicKey() = default;

    //! From the 64-byte x ‖ y form used on the FISCO wire; the point must be on the curve.
    static Result<Sm2PublicKey> fromRaw(QByteArrayView publicKey64);
    //! From SEC1 uncompressed form 04 ‖ x ‖ y (65 bytes).
    static Result<Sm2PublicKey> fromUncompressed(QByteArrayView publicKey65);

    bool isNull() const { return !m_pkey; }
    const QByteArray &raw() const { return m_raw; } //!< 64 bytes
    QByteArray address() const { return addressOf(m_raw); }

    //! SM2 verification of r ‖ s over message with Z_A(id). False on any malformed input.
    bool verify(QByteArrayView message, QByteArrayView signatureRs, QByteArrayView id = kSm2DefaultId) const;
    //! Verification when the caller already computed e = SM3(Z_A ‖ M) (interop with tools that do).
    bool verifyDigest(QByteArrayView e, QByteArrayView signatureRs) const;

    //! SM2 public-key encryption; the result is GM/T 0009 DER (C1, C3, C2 fields).
    Result<QByteArray> encrypt(QByteArrayView plaintext) const;

    bool operator==(const Sm2PublicKey &other) const { return m_raw == other.m_raw; }

private:
    friend class Sm2PrivateKey;
    friend evp_pkey_st *evpOf(const Sm2PublicKey &key);
    std::shared_ptr<evp_pkey_st> m_pkey;
    QByteArray m_raw;
};

//! An SM2 key pair. The private scalar lives only inside OpenSSL's object;
//! it is copied out only by rawPrivate(), into wiped memory.
class Sm2PrivateKey final {
public:
    Sm2PrivateKey() = default;

    static Result<Sm2PrivateKey> generate();
    //! From the raw 32-byte scalar d (1 ≤ d ≤ n−2).
    static Result<Sm2PrivateKey> fromRaw(QByteArrayView privateKey32);
    //! Adopts an OpenSSL key: SM2-typed keys as they are, EC-typed keys only when
    //! their curve is SM2 (re-imported as SM2 so signing uses Z_A); any other
    //! curve or algorithm is refused. Takes ownership in every case.
    static Result<Sm2PrivateKey> adopt(evp_pkey_st *pkey);

    bool isNull() const { return !m_pkey; }
    const Sm2PublicKey &publicKey() const { return m_public; }
    QByteArray address() const { return m_public.address(); }
    SecretBytes rawPrivate() const;

    //! SM2 signature (r ‖ s, 64 bytes) over message with Z_A(id).
    Result<QByteArray> sign(QByteArrayView message, QByteArrayView id = kSm2DefaultId) const;
    //! Decrypts GM/T 0009 DER ciphertext; any tampering is an ErrorKind::Crypto error.
    Result<SecretBytes> decrypt(QByteArrayView ciphertextDer) const;

private:
    friend evp_pkey_st *evpOf(const Sm2PrivateKey &key);
    std::shared_ptr<evp_pkey_st> m_pkey;
    Sm2PublicKey m_public;
};

//! For core/crypto internals (key store); returns a borrowed pointer.
evp_pkey_st *evpOf(const Sm2PublicKey &key);
evp_pkey_st *evpOf(const Sm2PrivateKey &key);

} // namespace credit::crypto
