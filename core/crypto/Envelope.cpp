// SPDX-License-Identifier: Apache-2.0
#include "crypto/Envelope.h"

#include "crypto/Random.h"
#include "crypto/Sm3.h"
#include "crypto/Sm4.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace credit::crypto::envelope {

namespace {

constexpr char kMagic[4] = { 'C', 'C', 'E', 'V' };
constexpr quint8 kVersion = 1;
constexpr quint8 kSuite = 1;
constexpr int kEncKeySize = kSm4KeySize;
constexpr int kMacKeySize = 32;
constexpr int kWrappedMax = 512;
constexpr int kMacSize = 32;
constexpr int kIvSize = kSm4BlockSize;

struct Entry {
    QByteArray address;
    QByteArrayView wrapped;
};

struct Parsed {
    QList<Entry> entries;
    QByteArrayView iv;
    QByteArrayView ciphertext;
    QByteArrayView authenticated; //!< everything the MAC covers
    QByteArrayView mac;
};

Error corrupt(const QString &why)
{
    return makeError(
        ErrorKind::Corrupt, QCoreApplication::translate("Envelope", "the document envelope is damaged: %1").arg(why));
}

//! Reads the layout in ENVELOPE.md; every length is checked against what is left.
class Reader {
public:
    explicit Reader(QByteArrayView data) : m_data(data) { }
    bool take(qint64 n, QByteArrayView &out)
    {
        if (n < 0 || n > m_data.size() - m_pos)
            return false;
        out = m_data.sliced(m_pos, n);
        m_pos += n;
        return true;
    }
    qint64 pos() const { return m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArrayView m_data;
    qint64 m_pos = 0;
};

quint64 readBe(QByteArrayView bytes)
{
    quint64 v = 0;
    for (char c : bytes)
        v = (v << 8) | static_cast<unsigned char>(c);
    return v;
}

Result<Parsed> parse(QByteArrayView data)
{
    Reader in(data);
    QByteArrayView magic, version, suite, count;
    if (!in.take(4, magic) || !in.take(1, version) || !in.take(1, suite) || !in.take(2, count))
        return corrupt(QCoreApplication::translate("Envelope", "too short for a header"));
    if (magic != QByteArrayView(kMagic, 4))
        return corrupt(QCoreApplication::translate("Envelope", "not an envelope (bad magic)"));
    if (static_cast<quint8>(version[0]) != kVersion)
        return corrupt(
            QCoreApplication::translate("Envelope", "unknown format version %1").arg(static_cast<quint8>(version[0])));
    if (static_cast<quint8>(suite[0]) != kSuite)
        return corrupt(
            QCoreApplication::translate("Envelope", "unknown cipher suite %1").arg(static_cast<quint8>(suite[0])));
    const auto n = readBe(count);
    if (n < 1 || n > kMaxRecipients)
        return corrupt(
            QCoreApplication::translate("Envelope", "recipient count %1 outside 1..%2").arg(n).arg(kMaxRecipients));

    Parsed p;
    for (quint64 i = 0; i < n; ++i) {
        QByteArrayView address, len, wrapped;
        if (!in.take(kAddressSize, address) || !in.take(2, len))
            return corrupt(QCoreApplication::translate("Envelope", "recipient %1 is truncated").arg(i));
        const auto l = static_cast<qint64>(readBe(len));
        if (l < 1 || l > kWrappedMax || !in.take(l, wrapped))
            return corrupt(QCoreApplication::translate("Envelope", "recipient %1 has a bad key length").arg(i));
        p.entries.append(Entry { address.toByteArray(), wrapped });
    }
    QByteArrayView cLen;
    if (!in.take(kIvSize, p.iv) || !in.take(8, cLen))
        return corrupt(QCoreApplication::translate("Envelope", "truncated before the body"));
    const quint64 c = readBe(cLen);
    if (c == 0 || c % kSm4BlockSize != 0 || c > quint64(kMaxPlaintextSize) + kSm4BlockSize)
        return corrupt(QCoreApplication::translate("Envelope", "impossible body length %1").arg(c));
    if (!in.take(static_cast<qint64>(c), p.ciphertext))
        return corrupt(QCoreApplication::translate("Envelope", "the body is truncated"));
    p.authenticated = data.first(in.pos());
    if (!in.take(kMacSize, p.mac) || !in.atEnd())
        return corrupt(QCoreApplication::translate("Envelope", "bad length after the body"));
    return p;
}

void appendBe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

} // namespace

Result<QByteArray> seal(QByteArrayView plaintext, const QList<Sm2PublicKey> &recipients)
{
    if (recipients.isEmpty() || recipients.size() > kMaxRecipients)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Envelope", "an envelope needs 1 to %1 recipients, got %2")
                .arg(kMaxRecipients)
                .arg(recipients.size()));
    if (plaintext.size() > kMaxPlaintextSize)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Envelope", "the document is %1 MiB; the limit is %2 MiB")
                .arg(plaintext.size() / (1024 * 1024))
                .arg(kMaxPlaintextSize / (1024 * 1024)));

    const SecretBytes keys = randomSecret(kEncKeySize + kMacKeySize);
    QByteArray out;
    out.append(kMagic, 4);
    out.append(static_cast<char>(kVersion));
    out.append(static_cast<char>(kSuite));
    appendBe(out, static_cast<quint64>(recipients.size()), 2);
    for (const auto &recipient : recipients) {
        if (recipient.isNull())
            return makeError(
                ErrorKind::InvalidInput, QCoreApplication::translate("Envelope", "a recipient has no public key"));
        auto wrapped = recipient.encrypt(keys.view());
        if (!wrapped)
            return wrapped.error();
        out.append(recipient.address());
        appendBe(out, static_cast<quint64>(wrapped->size()), 2);
        out.append(*wrapped);
    }
    const QByteArray iv = randomBytes(kIvSize);
    auto body = sm4CbcEncrypt(keys.view().first(kEncKeySize), iv, plaintext);
    if (!body)
        return body.error();
    out.append(iv);
    appendBe(out, static_cast<quint64>(body->size()), 8);
    out.append(*body);
    out.append(hmacSm3(keys.view().sliced(kEncKeySize), out));
    return out;
}

Result<QByteArray> open(QByteArrayView data, const Sm2PrivateKey &key)
{
    auto parsed = parse(data);
    if (!parsed)
        return parsed.error();
    const QByteArray mine = key.address();
    const auto entry = std::find_if(
        parsed->entries.cbegin(), parsed->entries.cend(), [&](const Entry &e) { return e.address == mine; });
    if (entry == parsed->entries.cend())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Envelope", "this document is not encrypted for your key (address 0x%1)")
                .arg(QString::fromLatin1(mine.toHex())));
    auto keys = key.decrypt(entry->wrapped);
    if (!keys || keys->size() != kEncKeySize + kMacKeySize)
        return corrupt(QCoreApplication::translate("Envelope", "your wrapped key does not decrypt"));

    const QByteArray mac = hmacSm3(keys->view().sliced(kEncKeySize), parsed->authenticated);
    if (CRYPTO_memcmp(mac.constData(), parsed->mac.data(), kMacSize) != 0)
        return corrupt(QCoreApplication::translate(
            "Envelope", "the authentication code does not match (the document was altered)"));
    auto plain = sm4CbcDecrypt(keys->view().first(kEncKeySize), parsed->iv, parsed->ciphertext);
    if (!plain)
        return corrupt(QCoreApplication::translate("Envelope", "the body does not decrypt"));
    return plain;
}

Result<Info> inspect(QByteArrayView data)
{
    auto parsed = parse(data);
    if (!parsed)
        return parsed.error();
    Info info;
    for (const auto &e : parsed->entries)
        info.recipientAddresses.append(e.address);
    info.ciphertextSize = parsed->ciphertext.size();
    return info;
}

} // namespace credit::crypto::envelope
