// SPDX-License-Identifier: Apache-2.0
#include "crypto/KeyFile.h"

#include "crypto/OpenSslUtil.h"

#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace credit::crypto::keyfile {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, OpenSslDeleter<X509_SIG_free>>;
using P8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<PKCS8_PRIV_KEY_INFO_free>>;
using Pbe2Ptr = std::unique_ptr<PBE2PARAM, OpenSslDeleter<PBE2PARAM_free>>;
using Pbkdf2Ptr = std::unique_ptr<PBKDF2PARAM, OpenSslDeleter<PBKDF2PARAM_free>>;

constexpr QByteArrayView kEncryptedTag = "-----BEGIN ENCRYPTED PRIVATE KEY-----";

BioPtr memoryBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
}

QString objName(const ASN1_OBJECT *obj)
{
    const int nid = OBJ_obj2nid(obj);
    return nid == NID_undef ? QStringLiteral("unknown") : QString::fromLatin1(OBJ_nid2sn(nid));
}

Result<X509SigPtr> readEncrypted(QByteArrayView pem)
{
    if (!pem.contains(kEncryptedTag))
        return makeError(ErrorKind::InvalidInput,
            pem.contains("-----BEGIN PRIVATE KEY-----") || pem.contains("-----BEGIN EC PRIVATE KEY-----")
                ? QCoreApplication::translate(
                    "KeyFile", "this key file is not encrypted; import it to protect it with a password")
                : QCoreApplication::translate("KeyFile", "not a PEM private key file"));
    auto bio = memoryBio(pem);
    X509SigPtr sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!sig)
        return openSslError(
            ErrorKind::Corrupt, QCoreApplication::translate("KeyFile", "the encrypted key file is damaged"));
    return sig;
}

Result<Info> describe(const X509_SIG *sig)
{
    const X509_ALGOR *alg = nullptr;
    X509_SIG_get0(sig, &alg, nullptr);
    if (OBJ_obj2nid(alg->algorithm) != NID_pbes2)
        return makeError(ErrorKind::Unsupported,
            QCoreApplication::translate("KeyFile", "the key file uses %1; only PBES2 is accepted")
                .arg(objName(alg->algorithm)));
    Pbe2Ptr pbe2(static_cast<PBE2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter)));
    if (!pbe2 || OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2)
        return makeError(
            ErrorKind::Unsupported, QCoreApplication::translate("KeyFile", "the key file does not use PBKDF2"));
    Pbkdf2Ptr kdf(
        static_cast<PBKDF2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
    if (!kdf)
        return makeError(
            ErrorKind::Corrupt, QCoreApplication::translate("KeyFile", "the key file's PBKDF2 parameters are damaged"));
    Info info;
    info.encrypted = true;
    const long iter = ASN1_INTEGER_get(kdf->iter);
    info.iterations = iter > 0 && iter <= kMaxIterations ? static_cast<int>(iter) : -1;
    info.prf = kdf->prf ? objName(kdf->prf->algorithm) : QStringLiteral("hmacWithSHA1");
    info.cipher = objName(pbe2->encryption->algorithm);
    return info;
}

} // namespace

Result<QByteArray> toEncryptedPem(const Sm2PrivateKey &key, QByteArrayView password, int iterations)
{
    if (key.isNull())
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("KeyFile", "no key to save"));
    if (password.isEmpty())
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("KeyFile", "a key file needs a password"));
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("KeyFile", "PBKDF2 iterations must be between %1 and %2")
                .arg(kMinIterations)
                .arg(kMaxIterations));
    EVP_CIPHER *sm4 = EVP_CIPHER_fetch(nullptr, "SM4-CBC", nullptr);
    X509_ALGOR *pbe
        = sm4 ? PKCS5_pbe2_set_iv_ex(sm4, iterations, nullptr, 16, nullptr, NID_hmacWithSHA256, nullptr) : nullptr;
    EVP_CIPHER_free(sm4);
    P8InfoPtr p8(EVP_PKEY2PKCS8(evpOf(key)));
    if (!pbe || !p8) {
        X509_ALGOR_free(pbe);
        return openSslError(
            ErrorKind::Internal, QCoreApplication::translate("KeyFile", "cannot prepare the key for encryption"));
    }
    // PKCS8_set0_pbe_ex takes ownership of pbe on success only.
    X509SigPtr sig(
        PKCS8_set0_pbe_ex(password.data(), static_cast<int>(password.size()), p8.get(), pbe, nullptr, nullptr));
    if (!sig) {
        X509_ALGOR_free(pbe);
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("KeyFile", "cannot encrypt the key"));
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PKCS8(out.get(), sig.get()) != 1)
        return openSslError(ErrorKind::Internal, QCoreApplication::translate("KeyFile", "cannot write the key as PEM"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

Result<Sm2PrivateKey> fromEncryptedPem(QByteArrayView pem, QByteArrayView password)
{
    auto sig = readEncrypted(pem);
    if (!sig)
        return sig.error();
    auto info = describe(sig->get());
    if (!info)
        return info.error();
    if (info->iterations < 1)
        return makeError(ErrorKind::Unsupported,
            QCoreApplication::translate("KeyFile", "the key file asks for more than %1 PBKDF2 iterations")
                .arg(kMaxIterations));
    P8InfoPtr p8(PKCS8_decrypt_ex(sig->get(), password.data(), static_cast<int>(password.size()), nullptr, nullptr));
    if (!p8) {
        openSslErrorText();
        return makeError(
            ErrorKind::WrongPassword, QCoreApplication::translate("KeyFile", "wrong password for this key file"));
    }
    EVP_PKEY *pkey = EVP_PKCS82PKEY_ex(p8.get(), nullptr, nullptr);
    if (!pkey)
        return openSslError(ErrorKind::Corrupt,
            QCoreApplication::translate("KeyFile", "the key file decrypts but holds no usable key"));
    return Sm2PrivateKey::adopt(pkey);
}

Result<Sm2PrivateKey> importPlainPem(QByteArrayView pem)
{
    if (pem.contains(kEncryptedTag))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("KeyFile", "this key file is encrypted; open it with its password"));
    auto bio = memoryBio(pem);
    // A null password callback with an empty passphrase: never prompts on a terminal.
    char empty[] = "";
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty);
    if (!pkey)
        return openSslError(ErrorKind::InvalidInput, QCoreApplication::translate("KeyFile", "not a PEM private key"));
    return Sm2PrivateKey::adopt(pkey);
}

Result<Info> inspectPem(QByteArrayView pem)
{
    if (!pem.contains(kEncryptedTag)) {
        if (pem.contains("-----BEGIN PRIVATE KEY-----") || pem.contains("-----BEGIN EC PRIVATE KEY-----"))
            return Info {};
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("KeyFile", "not a PEM private key file"));
    }
    auto sig = readEncrypted(pem);
    if (!sig)
        return sig.error();
    return describe(sig->get());
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            QCoreApplication::translate("KeyFile", "cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("KeyFile", "%1 is %2 bytes; a key file is at most %3")
                .arg(path)
                .arg(file.size())
                .arg(kMaxFileSize));
    return file.readAll();
}

Result<void> save(const QString &path, const Sm2PrivateKey &key, QByteArrayView password, int iterations)
{
    auto pem = toEncryptedPem(key, password, iterations);
    if (!pem)
        return pem.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorKind::Io, QCoreApplication::translate("KeyFile", "cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(*pem) != pem->size() || !file.commit())
        return makeError(
            ErrorKind::Io, QCoreApplication::translate("KeyFile", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<Sm2PrivateKey> load(const QString &path, QByteArrayView password)
{
    auto pem = readFile(path);
    if (!pem)
        return pem.error();
    return fromEncryptedPem(*pem, password);
}

} // namespace credit::crypto::keyfile
