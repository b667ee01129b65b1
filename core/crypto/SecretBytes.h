// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace credit::crypto {

//! Bytes that must not outlive their use (private keys, passwords, session
//! keys): move-only, never implicitly shared, wiped with OPENSSL_cleanse on
//! destruction. QByteArray is deliberately avoided: its implicit sharing
//! leaves copies nobody wipes.
class SecretBytes final {
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);
    SecretBytes(const char *data, qsizetype size);
    //! Copies the view; the caller remains responsible for wiping its source.
    static SecretBytes copyOf(QByteArrayView view) { return SecretBytes(view.data(), view.size()); }
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    char *data() { return m_bytes.data(); }
    const char *data() const { return m_bytes.data(); }
    unsigned char *udata() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const unsigned char *udata() const { return reinterpret_cast<const unsigned char *>(m_bytes.data()); }
    qsizetype size() const { return static_cast<qsizetype>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), size()); }

    void wipe();

private:
    std::vector<char> m_bytes;
};

//! Wipes a QByteArray in place (for buffers that already exist as one).
void cleanse(QByteArray &bytes);

} // namespace credit::crypto
