// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace credit::crypto {

inline constexpr int kSm4KeySize = 16;
inline constexpr int kSm4BlockSize = 16;

//! SM4-CBC. With padding, PKCS#7; without, the input must be whole blocks.
Result<QByteArray> sm4CbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, bool padding = true);
//! Wrong key or corrupted data shows as a padding error (ErrorKind::Crypto).
Result<QByteArray> sm4CbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext, bool padding = true);
//! SM4-CTR with a 16-byte initial counter block; encryption and decryption are the same.
Result<QByteArray> sm4Ctr(QByteArrayView key, QByteArrayView iv, QByteArrayView data);

//! Raw SM4 block encryption with one key schedule, for known-answer tests
//! (the GB/T 32907 million-iteration vector) and nothing else.
class Sm4BlockEncryptor final {
public:
    explicit Sm4BlockEncryptor(QByteArrayView key);
    ~Sm4BlockEncryptor();
    Sm4BlockEncryptor(const Sm4BlockEncryptor &) = delete;
    Sm4BlockEncryptor &operator=(const Sm4BlockEncryptor &) = delete;

    //! Encrypts one 16-byte block in place.
    void encryptBlock(char block[kSm4BlockSize]);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace credit::crypto
