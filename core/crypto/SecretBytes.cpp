// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace credit::crypto {

SecretBytes::SecretBytes(qsizetype size) : m_bytes(static_cast<size_t>(size), '\0') { }

SecretBytes::SecretBytes(const char *data, qsizetype size) : m_bytes(data, data + size) { }

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void cleanse(QByteArray &bytes)
{
    // A buffer another QByteArray still shares is not ours to scribble over;
    // its last owner wipes it. Secrets are kept in SecretBytes to avoid that.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace credit::crypto
