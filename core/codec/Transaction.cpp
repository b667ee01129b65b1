// SPDX-License-Identifier: Apache-2.0
#include "codec/Transaction.h"

#include "codec/Rlp.h"
#include "crypto/Random.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>

#include <limits>

namespace credit::tx {

namespace {

constexpr int kFieldCount = 13;

QByteArray minimal(QByteArrayView bigEndian)
{
    qsizetype i = 0;
    while (i < bigEndian.size() && bigEndian[i] == 0)
        ++i;
    return bigEndian.sliced(i).toByteArray();
}

QByteArray fromUInt(quint64 value)
{
    QByteArray out;
    for (; value != 0; value >>= 8)
        out.prepend(static_cast<char>(value & 0xff));
    return out;
}

quint64 toUInt(const QByteArray &bigEndian)
{
    // Values above 64 bits saturate: they only show up in hostile input,
    // and every caller compares them against small limits.
    if (bigEndian.size() > 8)
        return std::numeric_limits<quint64>::max();
    quint64 v = 0;
    for (char c : bigEndian)
        v = (v << 8) | static_cast<unsigned char>(c);
    return v;
}

QList<QByteArray> signedFields(const Transaction &t)
{
    return { rlp::encodeBigEndianUInt(t.nonce), rlp::encodeBigEndianUInt(t.gasPrice), rlp::encodeBigEndianUInt(t.gas),
        rlp::encodeBigEndianUInt(t.blockLimit), rlp::encodeBytes(t.to), rlp::encodeBigEndianUInt(t.value),
        rlp::encodeBytes(t.data), rlp::encodeBigEndianUInt(t.chainId), rlp::encodeBigEndianUInt(t.groupId),
        rlp::encodeBytes(t.extraData) };
}

QByteArray pad32(const QByteArray &v)
{
    return QByteArray(32 - v.size(), '\0') + v;
}

Error bad(const QString &why)
{
    return makeError(
        ErrorKind::InvalidInput, QCoreApplication::translate("Transaction", "invalid transaction: %1").arg(why));
}

} // namespace

QByteArray Transaction::unsignedEncoding() const
{
    return rlp::encodeList(signedFields(*this));
}

QByteArray Transaction::signingHash() const
{
    return crypto::sm3(unsignedEncoding());
}

QByteArray Transaction::encode() const
{
    auto fields = signedFields(*this);
    fields << rlp::encodeBytes(publicKey) << rlp::encodeBigEndianUInt(r) << rlp::encodeBigEndianUInt(s);
    return rlp::encodeList(fields);
}

QByteArray Transaction::hash() const
{
    return crypto::sm3(encode());
}

QByteArray Transaction::sender() const
{
    return crypto::addressOf(publicKey);
}

QByteArray Transaction::signatureRs() const
{
    if (r.size() > 32 || s.size() > 32)
        return {};
    return pad32(r) + pad32(s);
}

quint64 Transaction::blockLimitValue() const
{
    return toUInt(blockLimit);
}
quint64 Transaction::chainIdValue() const
{
    return toUInt(chainId);
}
quint64 Transaction::groupIdValue() const
{
    return toUInt(groupId);
}

Result<void> Transaction::sign(const crypto::Sm2PrivateKey &key)
{
    auto rs = key.sign(signingHash());
    if (!rs)
        return rs.error();
    publicKey = key.publicKey().raw();
    r = minimal(QByteArrayView(*rs).first(32));
    s = minimal(QByteArrayView(*rs).sliced(32));
    return {};
}

bool Transaction::verifySignature() const
{
    const QByteArray rs = signatureRs();
    if (rs.isEmpty() || publicKey.size() != crypto::kSm2PublicKeySize)
        return false;
    auto pub = crypto::Sm2PublicKey::fromRaw(publicKey);
    return pub && pub->verify(signingHash(), rs);
}

Result<Transaction> Transaction::decode(QByteArrayView raw)
{
    if (raw.size() > kMaxRawSize)
        return bad(QCoreApplication::translate("Transaction", "%1 bytes exceeds the 1 MiB limit").arg(raw.size()));
    auto item = rlp::decode(raw);
    if (!item)
        return bad(item.error().message);
    if (!item->isList || item->items.size() != kFieldCount)
        return bad(QCoreApplication::translate("Transaction", "expected a list of 13 fields"));
    const auto &f = item->items;
    for (const auto &field : f)
        if (field.isList)
            return bad(QCoreApplication::translate("Transaction", "a field is a list, not a byte string"));

    Transaction t;
    struct IntField {
        QByteArray *target;
        int index;
        qsizetype maxBytes;
        const char *name;
    };
    // Every integer field is a u256 read with FISCO's RLP::toInt<u256>() in its
    // default strictness: canonical (no leading zero byte) and at most 32 bytes.
    const IntField ints[]
        = { { &t.nonce, 0, 32, "nonce" }, { &t.gasPrice, 1, 32, "gasPrice" }, { &t.gas, 2, 32, "gas" },
              { &t.blockLimit, 3, 32, "blockLimit" }, { &t.value, 5, 32, "value" }, { &t.chainId, 7, 32, "chainId" },
              { &t.groupId, 8, 32, "groupId" }, { &t.r, 11, 32, "r" }, { &t.s, 12, 32, "s" } };
    for (const auto &i : ints) {
        auto v = rlp::decodeBigEndianUInt(f[i.index], i.maxBytes);
        if (!v)
            return bad(QStringLiteral("%1: %2").arg(QLatin1String(i.name), v.error().message));
        *i.target = *v;
    }
    t.to = f[4].bytes;
    t.data = f[6].bytes;
    t.extraData = f[9].bytes;
    // FISCO reads `to` with toHash<Address>(VeryStrict): exactly 20 bytes or empty.
    if (!t.to.isEmpty() && t.to.size() != crypto::kAddressSize)
        return bad(QCoreApplication::translate("Transaction", "'to' is %1 bytes; an address is 20").arg(t.to.size()));
    // FISCO reads the key with toHash<h512>() (Strict): longer than 64 bytes is
    // refused, shorter is left-padded with zeros. SDKs that write the key as an
    // integer drop its leading zero bytes, so about 1 key in 256 travels short.
    const QByteArray &key = f[10].bytes;
    if (key.size() > crypto::kSm2PublicKeySize)
        return bad(
            QCoreApplication::translate("Transaction", "public key is %1 bytes; 国密 transactions carry at most 64")
                .arg(key.size()));
    t.publicKey = QByteArray(crypto::kSm2PublicKeySize - key.size(), '\0') + key;
    return t;
}

QByteArray randomNonce()
{
    QByteArray n = crypto::randomBytes(32);
    n[0] = static_cast<char>(n[0] & 0x03); // ≤ 250 bits
    return minimal(n);
}

Result<Transaction> buildSigned(const Request &request, const crypto::Sm2PrivateKey &key)
{
    if (!request.to.isEmpty() && request.to.size() != crypto::kAddressSize)
        return bad(QCoreApplication::translate("Transaction", "'to' must be a 20-byte address"));
    Transaction t;
    t.nonce = request.nonce.isEmpty() ? randomNonce() : minimal(request.nonce);
    t.gasPrice = fromUInt(kDefaultGasPrice);
    t.gas = fromUInt(kDefaultGas);
    t.blockLimit = fromUInt(request.currentBlock + kBlockLimitAhead);
    t.to = request.to;
    t.data = request.data;
    t.chainId = fromUInt(request.chainId);
    t.groupId = fromUInt(request.groupId);
    t.extraData = request.extraData;
    if (auto signedOk = t.sign(key); !signedOk)
        return signedOk.error();
    return t;
}

} // namespace credit::tx
