// SPDX-License-Identifier: Apache-2.0
#include "crypto/Sm3.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace credit::crypto {

namespace {
const EVP_MD *sm3Md()
{
    // Fetched once: EVP_MD_fetch per call would dominate the cost of short messages.
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SM3", nullptr);
    return md;
}
} // namespace

QByteArray sm3(QByteArrayView data)
{
    QByteArray out(kSm3DigestSize, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), ucast(out.data()), &len, sm3Md(), nullptr) != 1
        || len != kSm3DigestSize)
        fatalOpenSsl("EVP_Digest(SM3)");
    return out;
}

struct Sm3Hasher::Impl {
    EvpMdCtxPtr ctx { EVP_MD_CTX_new() };
};

Sm3Hasher::Sm3Hasher() : m_impl(std::make_unique<Impl>())
{
    if (!m_impl->ctx || EVP_DigestInit_ex2(m_impl->ctx.get(), sm3Md(), nullptr) != 1)
        fatalOpenSsl("EVP_DigestInit_ex2(SM3)");
}

Sm3Hasher::~Sm3Hasher() = default;

void Sm3Hasher::update(QByteArrayView data)
{
    if (EVP_DigestUpdate(m_impl->ctx.get(), data.data(), static_cast<size_t>(data.size())) != 1)
        fatalOpenSsl("EVP_DigestUpdate(SM3)");
}

QByteArray Sm3Hasher::finish()
{
    QByteArray out(kSm3DigestSize, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_impl->ctx.get(), ucast(out.data()), &len) != 1
        || EVP_DigestInit_ex2(m_impl->ctx.get(), sm3Md(), nullptr) != 1)
        fatalOpenSsl("EVP_DigestFinal_ex(SM3)");
    return out;
}

QByteArray hmacSm3(QByteArrayView key, QByteArrayView data)
{
    static EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EvpMacCtxPtr ctx(EVP_MAC_CTX_new(mac));
    char digest[] = "SM3";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kSm3DigestSize, Qt::Uninitialized);
    size_t len = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), ucast(key.data()), static_cast<size_t>(key.size()), params) != 1
        || EVP_MAC_update(ctx.get(), ucast(data.data()), static_cast<size_t>(data.size())) != 1
        || EVP_MAC_final(ctx.get(), ucast(out.data()), &len, static_cast<size_t>(out.size())) != 1
        || len != kSm3DigestSize)
        fatalOpenSsl("HMAC-SM3");
    return out;
}

} // namespace credit::crypto
