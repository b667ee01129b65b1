// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QString>

namespace credit::crypto {

//! SM2 key files: encrypted PKCS#8 PEM (PBES2, PBKDF2-HMAC-SHA256, SM4-CBC),
//! readable by `openssl pkcs8`. Keys are never written in clear.
namespace keyfile {

inline constexpr int kDefaultIterations = 250000;
inline constexpr int kMinIterations = 200000;
//! A hostile file cannot make us spin: more iterations than this are refused.
inline constexpr int kMaxIterations = 20000000;
inline constexpr qint64 kMaxFileSize = 64 * 1024;

//! What the file says about itself, readable without the password.
struct Info {
    bool encrypted = false;
    int iterations = 0;
    QString prf; //!< e.g. "hmacWithSHA256"
    QString cipher; //!< e.g. "SM4-CBC"
};

//! Encrypted PKCS#8 PEM of the key. The password must not be empty.
Result<QByteArray> toEncryptedPem(
    const Sm2PrivateKey &key, QByteArrayView password, int iterations = kDefaultIterations);
//! Decrypts an encrypted PKCS#8 PEM. Wrong password → ErrorKind::WrongPassword.
Result<Sm2PrivateKey> fromEncryptedPem(QByteArrayView pem, QByteArrayView password);
//! A plain PKCS#8 PEM ("BEGIN PRIVATE KEY", as the FISCO Java SDK writes
//! account/gm/<address>.pem) or SEC1 ("BEGIN EC PRIVATE KEY"); SM2 curve only.
Result<Sm2PrivateKey> importPlainPem(QByteArrayView pem);
Result<Info> inspectPem(QByteArrayView pem);

//! Writes the encrypted key atomically, readable by the owner only.
Result<void> save(
    const QString &path, const Sm2PrivateKey &key, QByteArrayView password, int iterations = kDefaultIterations);
Result<Sm2PrivateKey> load(const QString &path, QByteArrayView password);
//! Reads a key file's bytes with the size cap applied.
Result<QByteArray> readFile(const QString &path);

} // namespace keyfile
} // namespace credit::crypto
