// SPDX-License-Identifier: Apache-2.0
#include "crypto/Sm2Key.h"

#include "crypto/OpenSslUtil.h"
#include "crypto/Sm2Signature.h"
#include "crypto/Sm3.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

#include <QCoreApplication>

namespace credit::crypto {

namespace {

using EcGroupPtr = std::unique_ptr<EC_GROUP, OpenSslDeleter<EC_GROUP_free>>;
using EcPointPtr = std::unique_ptr<EC_POINT, OpenSslDeleter<EC_POINT_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, OpenSslDeleter<BN_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;

std::shared_ptr<evp_pkey_st> share(EVP_PKEY *pkey)
{
    return { pkey, EVP_PKEY_free };
}

const EC_GROUP *sm2Group()
{
    static EC_GROUP *group = EC_GROUP_new_by_curve_name(NID_sm2);
    return group;
}

//! Builds an SM2-typed EVP_PKEY from parts; priv may be null for a public key.
Result<EvpPkeyPtr> buildPkey(const BIGNUM *priv, QByteArrayView pub65)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, SN_sm2, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(
               bld.get(), OSSL_PKEY_PARAM_PUB_KEY, pub65.data(), static_cast<size_t>(pub65.size()))
            != 1
        || (priv && OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv) != 1))
        return openSslError(
            ErrorKind::Internal, QCoreApplication::translate("Sm2Key", "cannot build SM2 key parameters"));
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm2Key", "OpenSSL refused the SM2 key"));
    return EvpPkeyPtr(pkey);
}

//! 65-byte uncompressed public point of an SM2/EC key.
QByteArray publicPointOf(EVP_PKEY *pkey)
{
    QByteArray pub(65, Qt::Uninitialized);
    size_t len = 0;
    if (EVP_PKEY_get_octet_string_param(
            pkey, OSSL_PKEY_PARAM_PUB_KEY, ucast(pub.data()), static_cast<size_t>(pub.size()), &len)
            != 1
        || len != 65 || pub[0] != 0x04)
        return {};
    return pub;
}

Result<BignumPtr> privateScalarOf(EVP_PKEY *pkey)
{
    BIGNUM *d = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &d) != 1)
        return openSslError(
            ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "the key has no private part"));
    return BignumPtr(d);
}

Result<Sm2PrivateKey> fromScalar(const BIGNUM *d);

EvpMdCtxPtr digestContext(EVP_PKEY *pkey, QByteArrayView id, bool forSigning)
{
    EvpMdCtxPtr mctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by mctx
    if (!mctx)
        return {};
    const int ok = forSigning ? EVP_DigestSignInit_ex(mctx.get(), &pctx, "SM3", nullptr, nullptr, pkey, nullptr)
                              : EVP_DigestVerifyInit_ex(mctx.get(), &pctx, "SM3", nullptr, nullptr, pkey, nullptr);
    // The ID must be set after init (OpenSSL 3.0 refuses it inside init) and
    // always: without it OpenSSL silently hashes an empty ID into Z_A, and FISCO
    // nodes would reject every signature.
    if (ok != 1 || !pctx || EVP_PKEY_CTX_set1_id(pctx, id.data(), static_cast<int>(id.size())) != 1)
        return {};
    return mctx;
}

} // namespace

QByteArray addressOf(QByteArrayView publicKey64)
{
    return sm3(publicKey64).right(kAddressSize);
}

// ---- public key --------------------------------------------------------

Result<Sm2PublicKey> Sm2PublicKey::fromRaw(QByteArrayView publicKey64)
{
    if (publicKey64.size() != kSm2PublicKeySize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Key", "an SM2 public key is 64 bytes (x ‖ y), got %1")
                .arg(publicKey64.size()));
    return fromUncompressed(QByteArray(1, '\x04') + publicKey64.toByteArray());
}

Result<Sm2PublicKey> Sm2PublicKey::fromUncompressed(QByteArrayView publicKey65)
{
    if (publicKey65.size() != 65 || publicKey65[0] != 0x04)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Key", "an uncompressed SM2 public key is 04 ‖ x ‖ y (65 bytes)"));
    // oct2point checks that the point lies on the SM2 curve; fromdata alone does not.
    EcPointPtr point(EC_POINT_new(sm2Group()));
    if (!point
        || EC_POINT_oct2point(
               sm2Group(), point.get(), ucast(publicKey65.data()), static_cast<size_t>(publicKey65.size()), nullptr)
            != 1
        || EC_POINT_is_at_infinity(sm2Group(), point.get()))
        return openSslError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Key", "the public key is not a point on the SM2 curve"));
    auto pkey = buildPkey(nullptr, publicKey65);
    if (!pkey)
        return pkey.error();
    Sm2PublicKey key;
    key.m_pkey = share(pkey->release());
    key.m_raw = publicKey65.sliced(1).toByteArray();
    return key;
}

bool Sm2PublicKey::verify(QByteArrayView message, QByteArrayView signatureRs, QByteArrayView id) const
{
    if (!m_pkey)
        return false;
    const auto der = signatureRsToDer(signatureRs);
    if (!der)
        return false;
    EvpMdCtxPtr mctx = digestContext(m_pkey.get(), id, false);
    if (!mctx) {
        openSslErrorText();
        return false;
    }
    const int ok = EVP_DigestVerify(mctx.get(), ucast(der->constData()), static_cast<size_t>(der->size()),
        ucast(message.data()), static_cast<size_t>(message.size()));
    if (ok != 1)
        openSslErrorText(); // a bad signature leaves an entry on the queue; do not leak it to the next caller
    return ok == 1;
}

bool Sm2PublicKey::verifyDigest(QByteArrayView e, QByteArrayView signatureRs) const
{
    if (!m_pkey || e.size() != kSm3DigestSize)
        return false;
    const auto der = signatureRsToDer(signatureRs);
    if (!der)
        return false;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_pkey.get(), nullptr));
    const bool ok = ctx && EVP_PKEY_verify_init(ctx.get()) == 1
        && EVP_PKEY_verify(ctx.get(), ucast(der->constData()), static_cast<size_t>(der->size()), ucast(e.data()),
               static_cast<size_t>(e.size()))
            == 1;
    if (!ok)
        openSslErrorText();
    return ok;
}

Result<QByteArray> Sm2PublicKey::encrypt(QByteArrayView plaintext) const
{
    if (!m_pkey)
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "no public key to encrypt to"));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_pkey.get(), nullptr));
    size_t len = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &len, ucast(plaintext.data()), static_cast<size_t>(plaintext.size()))
            != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm2Key", "SM2 encryption failed"));
    QByteArray out(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(
            ctx.get(), ucast(out.data()), &len, ucast(plaintext.data()), static_cast<size_t>(plaintext.size()))
        != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm2Key", "SM2 encryption failed"));
    out.truncate(static_cast<qsizetype>(len));
    return out;
}

evp_pkey_st *evpOf(const Sm2PublicKey &key)
{
    return key.m_pkey.get();
}

// ---- private key -------------------------------------------------------

namespace {

Result<Sm2PrivateKey> fromScalar(const BIGNUM *d)
{
    // SM2 (GB/T 32918.1 §6.1) requires 1 ≤ d ≤ n − 2: d = n − 1 has no inverse of 1 + d.
    BignumPtr limit(BN_dup(EC_GROUP_get0_order(sm2Group())));
    if (!limit || BN_sub_word(limit.get(), 1) != 1)
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("Sm2Key", "SM2 group order unavailable"));
    if (BN_is_zero(d) || BN_is_negative(d) || BN_cmp(d, limit.get()) >= 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Key", "the private key is outside the SM2 range [1, n−2]"));

    BnCtxPtr bnctx(BN_CTX_new());
    EcPointPtr point(EC_POINT_new(sm2Group()));
    QByteArray pub(65, Qt::Uninitialized);
    if (!bnctx || !point || EC_POINT_mul(sm2Group(), point.get(), d, nullptr, nullptr, bnctx.get()) != 1
        || EC_POINT_point2oct(
               sm2Group(), point.get(), POINT_CONVERSION_UNCOMPRESSED, ucast(pub.data()), 65, bnctx.get())
            != 65)
        return openSslError(
            ErrorKind::Internal, QCoreApplication::translate("Sm2Key", "cannot derive the SM2 public key"));

    auto pkey = buildPkey(d, pub);
    if (!pkey)
        return pkey.error();
    return Sm2PrivateKey::adopt(pkey->release());
}

} // namespace

Result<Sm2PrivateKey> Sm2PrivateKey::generate()
{
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_generate(ctx.get(), &pkey) != 1)
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("Sm2Key", "SM2 key generation failed"));
    return adopt(pkey);
}

Result<Sm2PrivateKey> Sm2PrivateKey::fromRaw(QByteArrayView privateKey32)
{
    if (privateKey32.size() != kSm2PrivateKeySize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Sm2Key", "an SM2 private key is 32 bytes, got %1").arg(privateKey32.size()));
    BignumPtr d(BN_secure_new());
    if (!d || !BN_bin2bn(ucast(privateKey32.data()), kSm2PrivateKeySize, d.get()))
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("Sm2Key", "cannot load the private key"));
    return fromScalar(d.get());
}

Result<Sm2PrivateKey> Sm2PrivateKey::adopt(evp_pkey_st *raw)
{
    EvpPkeyPtr pkey(raw);
    if (!pkey)
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "no key"));
    if (!EVP_PKEY_is_a(pkey.get(), "SM2")) {
        char curve[64] = {};
        size_t len = 0;
        const bool isEc = EVP_PKEY_is_a(pkey.get(), "EC");
        if (isEc)
            EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &len);
        if (!isEc || qstrcmp(curve, SN_sm2) != 0)
            return makeError(ErrorKind::Unsupported,
                isEc ? QCoreApplication::translate("Sm2Key", "the key is an EC key on curve %1, not an SM2 key")
                           .arg(QString::fromLatin1(curve))
                     : QCoreApplication::translate("Sm2Key", "the key is not an SM2 key"));
        // An EC-typed key on the SM2 curve (as some SDKs write PKCS#8) would be
        // used by OpenSSL for plain ECDSA without Z_A: re-import it as SM2.
        auto d = privateScalarOf(pkey.get());
        if (!d)
            return d.error();
        return fromScalar(d->get());
    }
    const QByteArray pub = publicPointOf(pkey.get());
    if (pub.isEmpty())
        return openSslError(
            ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "the SM2 key has no public point"));
    // Private-key check: a key file must hold a private part.
    auto d = privateScalarOf(pkey.get());
    if (!d)
        return d.error();
    Sm2PrivateKey key;
    key.m_public.m_raw = pub.sliced(1);
    auto pubOnly = buildPkey(nullptr, pub);
    if (!pubOnly)
        return pubOnly.error();
    key.m_public.m_pkey = share(pubOnly->release());
    key.m_pkey = share(pkey.release());
    return key;
}

SecretBytes Sm2PrivateKey::rawPrivate() const
{
    SecretBytes out(kSm2PrivateKeySize);
    if (!m_pkey)
        return out;
    auto d = privateScalarOf(m_pkey.get());
    if (!d || BN_bn2binpad(d->get(), out.udata(), kSm2PrivateKeySize) != kSm2PrivateKeySize)
        fatalOpenSsl("export SM2 private key");
    return out;
}

Result<QByteArray> Sm2PrivateKey::sign(QByteArrayView message, QByteArrayView id) const
{
    if (!m_pkey)
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "no private key to sign with"));
    EvpMdCtxPtr mctx = digestContext(m_pkey.get(), id, true);
    unsigned char der[80];
    size_t len = sizeof der;
    if (!mctx || EVP_DigestSign(mctx.get(), der, &len, ucast(message.data()), static_cast<size_t>(message.size())) != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm2Key", "SM2 signing failed"));
    return signatureDerToRs(QByteArrayView(reinterpret_cast<const char *>(der), static_cast<qsizetype>(len)));
}

Result<SecretBytes> Sm2PrivateKey::decrypt(QByteArrayView ciphertextDer) const
{
    if (!m_pkey)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("Sm2Key", "no private key to decrypt with"));
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_pkey.get(), nullptr));
    size_t len = 0;
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
        || EVP_PKEY_decrypt(
               ctx.get(), nullptr, &len, ucast(ciphertextDer.data()), static_cast<size_t>(ciphertextDer.size()))
            != 1)
        return openSslError(ErrorKind::Crypto, QCoreApplication::translate("Sm2Key", "SM2 ciphertext is malformed"));
    SecretBytes out(static_cast<qsizetype>(len));
    if (EVP_PKEY_decrypt(
            ctx.get(), out.udata(), &len, ucast(ciphertextDer.data()), static_cast<size_t>(ciphertextDer.size()))
        != 1)
        return openSslError(ErrorKind::Crypto,
            QCoreApplication::translate(
                "Sm2Key", "SM2 decryption failed: not encrypted to this key, or tampered with"));
    SecretBytes exact(out.data(), static_cast<qsizetype>(len));
    return exact;
}

evp_pkey_st *evpOf(const Sm2PrivateKey &key)
{
    return key.m_pkey.get();
}

} // namespace credit::crypto
