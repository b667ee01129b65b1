// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace credit::crypto {

inline constexpr int kSm3DigestSize = 32;

//! SM3 (GB/T 32905) of the bytes, 32 bytes.
QByteArray sm3(QByteArrayView data);

//! Streaming SM3 for data that arrives in pieces (files, documents).
class Sm3Hasher final {
public:
    Sm3Hasher();
    ~Sm3Hasher();
    Sm3Hasher(const Sm3Hasher &) = delete;
    Sm3Hasher &operator=(const Sm3Hasher &) = delete;

    void update(QByteArrayView data);
    //! The digest of everything fed so far; the hasher starts over afterwards.
    QByteArray finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

//! HMAC-SM3 (RFC 2104 over SM3), 32 bytes.
QByteArray hmacSm3(QByteArrayView key, QByteArrayView data);

} // namespace credit::crypto
