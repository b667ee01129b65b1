// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace credit::crypto {
class Sm2PrivateKey;
}

namespace credit::desk {

//! The signed-in user's unlocked SM2 key, as the screens hold it: opaque,
//! in memory only, never written or logged. Copies share the key; the last
//! copy dropped frees it (OpenSSL clears it). Null while locked.
class SigningKey final {
public:
    SigningKey() = default;
    explicit SigningKey(const crypto::Sm2PrivateKey &key);

    bool isNull() const { return !m_key; }
    //! The account the key signs for (20 bytes); empty when null.
    QByteArray account() const;
    //! The key itself, for core's signers and envelope openers. Not null.
    const crypto::Sm2PrivateKey &key() const { return *m_key; }

private:
    std::shared_ptr<const crypto::Sm2PrivateKey> m_key;
};

//! Reads and decrypts an encrypted key file (PBKDF2: slow; call it off the GUI
//! thread). A wrong password is ErrorKind::WrongPassword.
Result<SigningKey> unlockKeyFile(const QString &path, const QByteArray &password);

} // namespace credit::desk
