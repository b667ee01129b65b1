// SPDX-License-Identifier: Apache-2.0
#include "chain/DocumentWriteSignature.h"

#include "codec/Hex.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm2Signature.h"

namespace credit::chain::docstore {

namespace {

// A first line of its own keeps these signatures apart from every other thing
// the same key signs (transactions sign a 32-byte hash, never this text).
constexpr QByteArrayView kDomain = "credit-docstore-write/1";

std::optional<QByteArray> prefixedHex(QByteArrayView text, int bytes)
{
    if (!text.startsWith("0x"))
        return std::nullopt;
    auto decoded = hex::decodeFixed(QString::fromLatin1(text), bytes, true);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
}

} // namespace

QByteArray signedBytes(QByteArrayView method, const QByteArray &name, const QByteArray &bodySm3, qint64 timestampMs)
{
    return kDomain.toByteArray() + '\n' + method.toByteArray() + '\n' + name.toHex() + '\n' + bodySm3.toHex() + '\n'
        + QByteArray::number(timestampMs);
}

Result<WriteAuthorisation> signPut(
    const crypto::Sm2PrivateKey &key, const QByteArray &name, const QByteArray &bodySm3, qint64 timestampMs)
{
    auto rs = key.sign(signedBytes("PUT", name, bodySm3, timestampMs));
    if (!rs)
        return rs.error();
    return WriteAuthorisation { key.address(), timestampMs, *rs + key.publicKey().raw() };
}

QList<QByteArray> headerLines(const WriteAuthorisation &authorisation)
{
    return {
        kAccountHeader.toByteArray() + ": 0x" + authorisation.account.toHex(),
        kTimestampHeader.toByteArray() + ": " + QByteArray::number(authorisation.timestampMs),
        kSignatureHeader.toByteArray() + ": 0x" + authorisation.signature.toHex(),
    };
}

std::optional<WriteAuthorisation> parseAuthorisation(
    QByteArrayView account, QByteArrayView timestamp, QByteArrayView signature)
{
    auto address = prefixedHex(account.trimmed(), crypto::kAddressSize);
    auto wire = prefixedHex(signature.trimmed(), 128);
    const QByteArrayView digits = timestamp.trimmed();
    // No leading zeros: the signed text is the number as written here.
    if (!address || !wire || digits.isEmpty() || digits.size() > 15 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    return WriteAuthorisation { *address, digits.toLongLong(), *wire };
}

bool verifies(
    const WriteAuthorisation &authorisation, QByteArrayView method, const QByteArray &name, const QByteArray &bodySm3)
{
    auto parsed = crypto::parseFiscoSignature(authorisation.signature);
    if (!parsed)
        return false;
    auto key = crypto::Sm2PublicKey::fromRaw(parsed->publicKey);
    if (!key || key->address() != authorisation.account)
        return false;
    return key->verify(signedBytes(method, name, bodySm3, authorisation.timestampMs), parsed->rs());
}

} // namespace credit::chain::docstore
