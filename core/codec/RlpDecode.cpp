// SPDX-License-Identifier: Apache-2.0
// The strict decoder of Rlp.h. Input comes from untrusted nodes, so every
// length is checked against the enclosing item before anything is copied,
// and each non-canonical form is rejected with its own message.
#include "codec/Rlp.h"

#include <QCoreApplication>

#include <limits>

namespace credit::rlp {

namespace {

constexpr quint8 kStringBase = 0x80;
constexpr quint8 kListBase = 0xc0;
constexpr quint8 kShortLimit = 56;

struct Header {
    bool isList = false;
    qsizetype payloadBegin = 0;
    qsizetype payloadSize = 0;
    qsizetype end() const { return payloadBegin + payloadSize; }
};

Error malformed(qsizetype offset, const QString &what)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("RlpDecode", "RLP item at offset %1: %2").arg(offset).arg(what));
}

quint8 byteAt(QByteArrayView data, qsizetype pos)
{
    return static_cast<quint8>(data[pos]);
}

// The prefix of the item at pos, whose whole encoding must end by limit
// (the end of the enclosing list, or of the input). Requires pos < limit.
Result<Header> readHeader(QByteArrayView data, qsizetype pos, qsizetype limit)
{
    const quint8 prefix = byteAt(data, pos);
    if (prefix < kStringBase)
        return Header { false, pos, 1 };

    const bool isList = prefix >= kListBase;
    const quint8 code = prefix - (isList ? kListBase : kStringBase);
    const qsizetype available = limit - pos - 1;
    if (code < kShortLimit) {
        if (code > available)
            return malformed(pos,
                QCoreApplication::translate("RlpDecode", "declares %1 bytes but only %2 remain")
                    .arg(static_cast<int>(code))
                    .arg(available));
        if (!isList && code == 1 && byteAt(data, pos + 1) < kStringBase)
            return malformed(
                pos, QCoreApplication::translate("RlpDecode", "a single byte below 0x80 must be encoded as itself"));
        return Header { isList, pos + 1, code };
    }

    const qsizetype lengthOfLength = code - kShortLimit + 1; // 1..8
    if (lengthOfLength > available)
        return malformed(pos,
            QCoreApplication::translate("RlpDecode", "the %1-byte length field runs past the end").arg(lengthOfLength));
    if (byteAt(data, pos + 1) == 0)
        return malformed(pos, QCoreApplication::translate("RlpDecode", "the length field has leading zero bytes"));
    quint64 length = 0;
    for (qsizetype i = 1; i <= lengthOfLength; ++i)
        length = (length << 8) | byteAt(data, pos + i);
    if (length < kShortLimit)
        return malformed(
            pos, QCoreApplication::translate("RlpDecode", "length %1 must use the one-byte short form").arg(length));
    if (length > static_cast<quint64>(std::numeric_limits<qsizetype>::max()))
        return malformed(pos, QCoreApplication::translate("RlpDecode", "length %1 overflows").arg(length));
    const qsizetype payloadAvailable = available - lengthOfLength;
    if (length > static_cast<quint64>(payloadAvailable))
        return malformed(pos,
            QCoreApplication::translate("RlpDecode", "declares %1 bytes but only %2 remain")
                .arg(length)
                .arg(payloadAvailable));
    return Header { isList, pos + 1 + lengthOfLength, static_cast<qsizetype>(length) };
}

// Parses the item at pos into out and moves pos past it. depth counts the
// lists already open around the item.
Result<void> parseItem(QByteArrayView data, qsizetype &pos, qsizetype limit, int depth, Item &out)
{
    const auto header = readHeader(data, pos, limit);
    if (!header)
        return header.error();
    if (!header->isList) {
        out.bytes = data.sliced(header->payloadBegin, header->payloadSize).toByteArray();
        pos = header->end();
        return {};
    }
    if (depth >= kMaxDepth)
        return malformed(
            pos, QCoreApplication::translate("RlpDecode", "lists are nested deeper than %1 levels").arg(kMaxDepth));
    out.isList = true;
    qsizetype child = header->payloadBegin;
    while (child < header->end()) {
        Item item;
        if (auto parsed = parseItem(data, child, header->end(), depth + 1, item); !parsed)
            return parsed;
        out.items.append(std::move(item));
    }
    pos = header->end();
    return {};
}

Error emptyInput()
{
    return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("RlpDecode", "RLP input is empty"));
}

Error trailing(qsizetype end, qsizetype size)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("RlpDecode", "RLP input has %1 trailing bytes after the item ending at offset %2")
            .arg(size - end)
            .arg(end));
}

Result<QByteArray> checkedUInt(const Item &item, qsizetype maxBytes)
{
    if (item.isList)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("RlpDecode", "RLP integer expected, got a list"));
    if (item.bytes.size() > maxBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("RlpDecode", "RLP integer of %1 bytes exceeds the limit of %2 bytes")
                .arg(item.bytes.size())
                .arg(maxBytes));
    if (!item.bytes.isEmpty() && item.bytes.front() == 0)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("RlpDecode", "RLP integer has leading zero bytes"));
    return item.bytes;
}

} // namespace

Result<Item> decode(QByteArrayView data)
{
    if (data.isEmpty())
        return emptyInput();
    Item item;
    qsizetype pos = 0;
    if (auto parsed = parseItem(data, pos, data.size(), 0, item); !parsed)
        return parsed.error();
    if (pos != data.size())
        return trailing(pos, data.size());
    return item;
}

Result<QList<QByteArray>> splitList(QByteArrayView data)
{
    if (data.isEmpty())
        return emptyInput();
    const auto header = readHeader(data, 0, data.size());
    if (!header)
        return header.error();
    if (!header->isList)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("RlpDecode", "RLP list expected, got a byte string"));
    if (header->end() != data.size())
        return trailing(header->end(), data.size());
    QList<QByteArray> elements;
    qsizetype pos = header->payloadBegin;
    while (pos < header->end()) {
        const qsizetype begin = pos;
        Item ignored;
        if (auto parsed = parseItem(data, pos, header->end(), 1, ignored); !parsed)
            return parsed.error();
        elements.append(data.sliced(begin, pos - begin).toByteArray());
    }
    return elements;
}

Result<quint64> decodeUInt(const Item &item)
{
    const auto bytes = checkedUInt(item, static_cast<qsizetype>(sizeof(quint64)));
    if (!bytes)
        return bytes.error();
    quint64 value = 0;
    for (const char byte : *bytes)
        value = (value << 8) | static_cast<quint8>(byte);
    return value;
}

Result<QByteArray> decodeBigEndianUInt(const Item &item, qsizetype maxBytes)
{
    return checkedUInt(item, maxBytes);
}

} // namespace credit::rlp
