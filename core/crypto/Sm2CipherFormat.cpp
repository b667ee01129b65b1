// SPDX-License-Identifier: Apache-2.0
#include "crypto/Sm2CipherFormat.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/asn1t.h>

#include <QCoreApplication>

// GM/T 0009 SM2Cipher ::= SEQUENCE { XCoordinate INTEGER, YCoordinate INTEGER,
// HASH OCTET STRING (32), CipherText OCTET STRING }. OpenSSL keeps its own
// definition private, so it is declared here with OpenSSL's ASN.1 templates
// rather than with a hand-written DER parser.
extern "C" {
typedef struct credit_sm2_cipher_st {
    BIGNUM *x;
    BIGNUM *y;
    ASN1_OCTET_STRING *hash;
    ASN1_OCTET_STRING *ciphertext;
} CREDIT_SM2_CIPHER;
}

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
ASN1_SEQUENCE(CREDIT_SM2_CIPHER) = {
    ASN1_SIMPLE(CREDIT_SM2_CIPHER, x, BIGNUM),
    ASN1_SIMPLE(CREDIT_SM2_CIPHER, y, BIGNUM),
    ASN1_SIMPLE(CREDIT_SM2_CIPHER, hash, ASN1_OCTET_STRING),
    ASN1_SIMPLE(CREDIT_SM2_CIPHER, ciphertext, ASN1_OCTET_STRING),
} ASN1_SEQUENCE_END(CREDIT_SM2_CIPHER)

DECLARE_ASN1_FUNCTIONS(CREDIT_SM2_CIPHER)
IMPLEMENT_ASN1_FUNCTIONS(CREDIT_SM2_CIPHER)
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace credit::crypto
{

    namespace {
    using CipherPtr = std::unique_ptr<CREDIT_SM2_CIPHER, OpenSslDeleter<CREDIT_SM2_CIPHER_free>>;
    constexpr int kCoordinateSize = 32;
    constexpr int kC1Size = 1 + 2 * kCoordinateSize;
    constexpr int kC3Size = 32;
    } // namespace

    Result<QByteArray> sm2CipherDerToC1C3C2(QByteArrayView der)
    {
        const unsigned char *p = ucast(der.data());
        CipherPtr c(d2i_CREDIT_SM2_CIPHER(nullptr, &p, static_cast<long>(der.size())));
        if (!c || p != ucast(der.data()) + der.size()) {
            openSslErrorText();
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Sm2CipherFormat", "not a GM/T 0009 SM2 ciphertext (DER)"));
        }
        if (ASN1_STRING_length(c->hash) != kC3Size)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Sm2CipherFormat", "SM2 ciphertext hash (C3) must be 32 bytes"));
        QByteArray out(kC1Size, Qt::Uninitialized);
        out[0] = 0x04;
        if (BN_is_negative(c->x) || BN_is_negative(c->y)
            || BN_bn2binpad(c->x, ucast(out.data()) + 1, kCoordinateSize) != kCoordinateSize
            || BN_bn2binpad(c->y, ucast(out.data()) + 1 + kCoordinateSize, kCoordinateSize) != kCoordinateSize)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate(
                    "Sm2CipherFormat", "SM2 ciphertext point C1 does not fit 32-byte coordinates"));
        out.append(reinterpret_cast<const char *>(ASN1_STRING_get0_data(c->hash)), kC3Size);
        out.append(
            reinterpret_cast<const char *>(ASN1_STRING_get0_data(c->ciphertext)), ASN1_STRING_length(c->ciphertext));
        return out;
    }

    Result<QByteArray> sm2CipherC1C3C2ToDer(QByteArrayView raw)
    {
        if (raw.size() < kC1Size + kC3Size + 1)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Sm2CipherFormat", "raw SM2 ciphertext is too short for C1 ‖ C3 ‖ C2"));
        if (raw[0] != 0x04)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate(
                    "Sm2CipherFormat", "raw SM2 ciphertext must start with 04 (uncompressed C1)"));
        CipherPtr c(CREDIT_SM2_CIPHER_new());
        if (!c || !BN_bin2bn(ucast(raw.data()) + 1, kCoordinateSize, c->x)
            || !BN_bin2bn(ucast(raw.data()) + 1 + kCoordinateSize, kCoordinateSize, c->y)
            || ASN1_OCTET_STRING_set(c->hash, ucast(raw.data()) + kC1Size, kC3Size) != 1
            || ASN1_OCTET_STRING_set(c->ciphertext, ucast(raw.data()) + kC1Size + kC3Size,
                   static_cast<int>(raw.size() - kC1Size - kC3Size))
                != 1)
            return openSslError(ErrorKind::Internal,
                QCoreApplication::translate("Sm2CipherFormat", "cannot encode the SM2 ciphertext"));
        unsigned char *der = nullptr;
        const int len = i2d_CREDIT_SM2_CIPHER(c.get(), &der);
        if (len <= 0)
            return openSslError(ErrorKind::Internal,
                QCoreApplication::translate("Sm2CipherFormat", "cannot encode the SM2 ciphertext"));
        QByteArray out(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        return out;
    }

} // namespace credit::crypto
