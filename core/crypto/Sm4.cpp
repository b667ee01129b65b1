// SPDX-License-Identifier: Apache-2.0
#include "crypto/Sm4.h"

#include "crypto/OpenSslUtil.h"

#include <QCoreApplication>

#include <climits>

namespace credit::crypto {

namespace {

const EVP_CIPHER *cipher(const char *name)
{
    // Fetched lazily once per mode; EVP_CIPHER_fetch is far slower than a block.
    if (qstrcmp(name, "SM4-CBC") == 0) {
        static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "SM4-CBC", nullptr);
        return c;
    }
    if (qstrcmp(name, "SM4-CTR") == 0) {
        static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr);
        return c;
    }
    static EVP_CIPHER *c = EVP_CIPHER_fetch(nullptr, "SM4-ECB", nullptr);
    return c;
}

Result<QByteArray> runCipher(
    const char *name, bool encrypt, QByteArrayView key, QByteArrayView iv, QByteArrayView input, bool padding)
{
    if (key.size() != kSm4KeySize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm4", "SM4 key must be 16 bytes, got %1").arg(key.size()));
    if (iv.size() != kSm4BlockSize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm4", "SM4 IV must be 16 bytes, got %1").arg(iv.size()));
    if (input.size() > INT_MAX - 2 * kSm4BlockSize)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("Sm4", "input too large for one SM4 call"));
    const EVP_CIPHER *c = cipher(name);
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!c || !ctx
        || EVP_CipherInit_ex2(ctx.get(), c, ucast(key.data()), ucast(iv.data()), encrypt ? 1 : 0, nullptr) != 1)
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("Sm4", "SM4 initialisation failed"));
    EVP_CIPHER_CTX_set_padding(ctx.get(), padding ? 1 : 0);

    QByteArray out(input.size() + kSm4BlockSize, Qt::Uninitialized);
    int len1 = 0;
    int len2 = 0;
    if (EVP_CipherUpdate(ctx.get(), ucast(out.data()), &len1, ucast(input.data()), static_cast<int>(input.size())) != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm4", "SM4 failed"));
    if (EVP_CipherFinal_ex(ctx.get(), ucast(out.data()) + len1, &len2) != 1) {
        cleanse(out);
        return openSslError(ErrorKind::Crypto,
            encrypt || !padding
                ? QCoreApplication::translate("Sm4", "SM4 input is not a whole number of blocks")
                : QCoreApplication::translate("Sm4", "SM4 decryption failed: wrong key or corrupted data"));
    }
    out.truncate(len1 + len2);
    return out;
}

} // namespace

Result<QByteArray> sm4CbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, bool padding)
{
    return runCipher("SM4-CBC", true, key, iv, plaintext, padding);
}

Result<QByteArray> sm4CbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext, bool padding)
{
    return runCipher("SM4-CBC", false, key, iv, ciphertext, padding);
}

Result<QByteArray> sm4Ctr(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    return runCipher("SM4-CTR", true, key, iv, data, false);
}

struct Sm4BlockEncryptor::Impl {
    EvpCipherCtxPtr ctx { EVP_CIPHER_CTX_new() };
};

Sm4BlockEncryptor::Sm4BlockEncryptor(QByteArrayView key) : m_impl(std::make_unique<Impl>())
{
    if (key.size() != kSm4KeySize || !m_impl->ctx
        || EVP_EncryptInit_ex2(m_impl->ctx.get(), cipher("SM4-ECB"), ucast(key.data()), nullptr, nullptr) != 1)
        fatalOpenSsl("SM4-ECB init (key must be 16 bytes)");
    EVP_CIPHER_CTX_set_padding(m_impl->ctx.get(), 0);
}

Sm4BlockEncryptor::~Sm4BlockEncryptor() = default;

void Sm4BlockEncryptor::encryptBlock(char block[kSm4BlockSize])
{
    unsigned char out[kSm4BlockSize];
    int len = 0;
    if (EVP_EncryptUpdate(m_impl->ctx.get(), out, &len, ucast(block), kSm4BlockSize) != 1 || len != kSm4BlockSize)
        fatalOpenSsl("SM4-ECB block");
    memcpy(block, out, kSm4BlockSize);
}

} // namespace credit::crypto
