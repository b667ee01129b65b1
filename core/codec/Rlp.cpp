// SPDX-License-Identifier: Apache-2.0
// Encoding side of Rlp.h; the strict decoder is in RlpDecode.cpp.
#include "codec/Rlp.h"

namespace credit::rlp {

bool operator==(const Item &a, const Item &b)
{
    return a.isList == b.isList && a.bytes == b.bytes && a.items == b.items;
}

namespace {

constexpr quint8 kStringBase = 0x80;
constexpr quint8 kListBase = 0xc0;
// Payloads shorter than this carry their length in the prefix byte itself.
constexpr qsizetype kShortLimit = 56;

QByteArray minimalBigEndian(quint64 value)
{
    QByteArray out;
    while (value != 0) {
        out.prepend(static_cast<char>(value & 0xff));
        value >>= 8;
    }
    return out;
}

QByteArray lengthPrefix(quint8 base, qsizetype payloadSize)
{
    if (payloadSize < kShortLimit)
        return QByteArray(1, static_cast<char>(base + payloadSize));
    const QByteArray length = minimalBigEndian(static_cast<quint64>(payloadSize));
    return static_cast<char>(base + kShortLimit - 1 + length.size()) + length;
}

QByteArrayView stripLeadingZeros(QByteArrayView bigEndian)
{
    qsizetype first = 0;
    while (first < bigEndian.size() && bigEndian[first] == 0)
        ++first;
    return bigEndian.sliced(first);
}

} // namespace

Item Item::fromBytes(QByteArray bytes)
{
    Item item;
    item.bytes = std::move(bytes);
    return item;
}

Item Item::fromUInt(quint64 value)
{
    return fromBytes(minimalBigEndian(value));
}

Item Item::fromBigEndianUInt(QByteArrayView bigEndian)
{
    return fromBytes(stripLeadingZeros(bigEndian).toByteArray());
}

Item Item::list(QList<Item> items)
{
    Item item;
    item.isList = true;
    item.items = std::move(items);
    return item;
}

QByteArray encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && static_cast<quint8>(bytes[0]) < kStringBase)
        return bytes.toByteArray();
    QByteArray out = lengthPrefix(kStringBase, bytes.size());
    out.append(bytes);
    return out;
}

QByteArray encodeUInt(quint64 value)
{
    return encodeBytes(minimalBigEndian(value));
}

QByteArray encodeBigEndianUInt(QByteArrayView bigEndian)
{
    return encodeBytes(stripLeadingZeros(bigEndian));
}

QByteArray encodeList(const QList<QByteArray> &encodedItems)
{
    QByteArray payload;
    for (const QByteArray &encoded : encodedItems)
        payload += encoded;
    return lengthPrefix(kListBase, payload.size()).append(payload);
}

QByteArray encode(const Item &item)
{
    if (!item.isList)
        return encodeBytes(item.bytes);
    QList<QByteArray> encoded;
    encoded.reserve(item.items.size());
    for (const Item &child : item.items)
        encoded.append(encode(child));
    return encodeList(encoded);
}

} // namespace credit::rlp
