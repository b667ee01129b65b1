// SPDX-License-Identifier: Apache-2.0
#include "crypto/Sm2Signature.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/Sm2Key.h"

#include <openssl/ec.h>

#include <QCoreApplication>

namespace credit::crypto {

namespace {
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
}

Result<QByteArray> signatureRsToDer(QByteArrayView rs)
{
    if (rs.size() != kSm2SignatureSize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Signature", "an SM2 signature r ‖ s is 64 bytes, got %1").arg(rs.size()));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(ucast(rs.data()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(ucast(rs.data()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return openSslError(
            ErrorKind::Internal, QCoreApplication::translate("Sm2Signature", "cannot encode the signature"));
    }
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0)
        return openSslError(
            ErrorKind::Internal, QCoreApplication::translate("Sm2Signature", "cannot encode the signature"));
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

Result<QByteArray> signatureDerToRs(QByteArrayView der)
{
    const unsigned char *p = ucast(der.data());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig || p != ucast(der.data()) + der.size()) {
        openSslErrorText();
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Signature", "the signature is not a DER SEQUENCE of two INTEGERs"));
    }
    const BIGNUM *r = ECDSA_SIG_get0_r(sig.get());
    const BIGNUM *s = ECDSA_SIG_get0_s(sig.get());
    QByteArray out(kSm2SignatureSize, Qt::Uninitialized);
    if (BN_is_negative(r) || BN_is_negative(s) || BN_bn2binpad(r, ucast(out.data()), 32) != 32
        || BN_bn2binpad(s, ucast(out.data()) + 32, 32) != 32)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Signature", "the signature's r or s does not fit 32 bytes"));
    return out;
}

Result<FiscoSignature> parseFiscoSignature(QByteArrayView wire)
{
    if (wire.size() != kSm2SignatureSize + kSm2PublicKeySize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Signature", "a FISCO 国密 signature is r ‖ s ‖ pub (128 bytes), got %1")
                .arg(wire.size()));
    return FiscoSignature { wire.first(32).toByteArray(), wire.sliced(32, 32).toByteArray(),
        wire.sliced(64).toByteArray() };
}

} // namespace credit::crypto
