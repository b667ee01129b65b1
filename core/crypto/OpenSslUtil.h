// SPDX-License-Identifier: Apache-2.0
// Internal to core/crypto: RAII owners for OpenSSL objects and error text.
// Nothing outside core/crypto includes this (it pulls in OpenSSL headers).
#pragma once

#include "common/Result.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <QString>

#include <memory>

namespace credit::crypto {

template<auto Free> struct OpenSslDeleter {
    template<typename T> void operator()(T *p) const { Free(p); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<EVP_CIPHER_CTX_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OpenSslDeleter<EVP_MAC_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_clear_free>>;

inline unsigned char *ucast(char *p)
{
    return reinterpret_cast<unsigned char *>(p);
}
inline const unsigned char *ucast(const char *p)
{
    return reinterpret_cast<const unsigned char *>(p);
}

//! The newest OpenSSL error queue entry as text (and clears the queue).
QString openSslErrorText();

//! An Error of the given kind whose message ends with OpenSSL's own reason.
Error openSslError(ErrorKind kind, const QString &what);

//! For failures that only a broken OpenSSL build can cause (e.g. SM3 missing).
[[noreturn]] void fatalOpenSsl(const char *what);

} // namespace credit::crypto
