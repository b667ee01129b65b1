// SPDX-License-Identifier: Apache-2.0
#include "desk/SigningKey.h"

#include "crypto/KeyFile.h"
#include "crypto/Sm2Key.h"

namespace credit::desk {

SigningKey::SigningKey(const crypto::Sm2PrivateKey &key)
    : m_key(key.isNull() ? nullptr : std::make_shared<const crypto::Sm2PrivateKey>(key))
{
}

QByteArray SigningKey::account() const
{
    return m_key ? m_key->address() : QByteArray();
}

Result<SigningKey> unlockKeyFile(const QString &path, const QByteArray &password)
{
    auto key = crypto::keyfile::load(path, password);
    if (!key)
        return key.error();
    return SigningKey(*key);
}

} // namespace credit::desk
