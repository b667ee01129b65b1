// SPDX-License-Identifier: Apache-2.0
#include "codec/AbiValue.h"

#include <algorithm>

namespace credit::abi {

namespace {
constexpr int kWordBytes = 32;
constexpr int kQuadBytes = 8;
} // namespace

Word Word::fromUInt64(quint64 value)
{
    Word word;
    for (int i = kWordBytes - 1; i >= kWordBytes - kQuadBytes; --i) {
        word.m_bytes[static_cast<std::size_t>(i)] = static_cast<quint8>(value & 0xff);
        value >>= 8;
    }
    return word;
}

Word Word::fromInt64(qint64 value)
{
    Word word = fromUInt64(static_cast<quint64>(value));
    if (value < 0)
        std::fill(word.m_bytes.begin(), word.m_bytes.end() - kQuadBytes, quint8(0xff));
    return word;
}

std::optional<Word> Word::fromBigEndian(QByteArrayView bytes)
{
    if (bytes.size() > kWordBytes)
        return std::nullopt;
    Word word;
    std::copy(bytes.begin(), bytes.end(), word.m_bytes.end() - bytes.size());
    return word;
}

QByteArray Word::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), kWordBytes);
}

bool Word::fitsUnsigned(int bits) const
{
    const int freeBytes = (256 - bits) / 8;
    return std::all_of(m_bytes.begin(), m_bytes.begin() + freeBytes, [](quint8 b) { return b == 0; });
}

bool Word::fitsSigned(int bits) const
{
    const int freeBytes = (256 - bits) / 8;
    const quint8 sign = (m_bytes[static_cast<std::size_t>(freeBytes)] & 0x80) ? 0xff : 0x00;
    return std::all_of(m_bytes.begin(), m_bytes.begin() + freeBytes, [sign](quint8 b) { return b == sign; });
}

std::optional<quint64> Word::toUInt64() const
{
    if (!fitsUnsigned(64))
        return std::nullopt;
    quint64 value = 0;
    for (int i = kWordBytes - kQuadBytes; i < kWordBytes; ++i)
        value = (value << 8) | m_bytes[static_cast<std::size_t>(i)];
    return value;
}

std::optional<qint64> Word::toInt64() const
{
    if (!fitsSigned(64))
        return std::nullopt;
    quint64 value = 0;
    for (int i = kWordBytes - kQuadBytes; i < kWordBytes; ++i)
        value = (value << 8) | m_bytes[static_cast<std::size_t>(i)];
    // Two's complement reinterpretation, well defined since C++20.
    return static_cast<qint64>(value);
}

std::optional<quint64> Value::toUInt64() const
{
    const Word *word = get<Word>();
    return word ? word->toUInt64() : std::nullopt;
}

std::optional<qint64> Value::toInt64() const
{
    const Word *word = get<Word>();
    return word ? word->toInt64() : std::nullopt;
}

QString Value::kindName() const
{
    struct Name {
        QString operator()(const Word &) const { return QStringLiteral("integer"); }
        QString operator()(const Address &) const { return QStringLiteral("address"); }
        QString operator()(bool) const { return QStringLiteral("bool"); }
        QString operator()(const FixedBytes &) const { return QStringLiteral("fixed bytes"); }
        QString operator()(const Bytes &) const { return QStringLiteral("bytes"); }
        QString operator()(const QString &) const { return QStringLiteral("string"); }
        QString operator()(const Array &) const { return QStringLiteral("array"); }
        QString operator()(const Tuple &) const { return QStringLiteral("tuple"); }
    };
    return std::visit(Name {}, m_data);
}

bool operator==(const Value::Array &a, const Value::Array &b)
{
    return a.items == b.items;
}

bool operator==(const Value::Tuple &a, const Value::Tuple &b)
{
    return a.items == b.items;
}

bool operator==(const Value &a, const Value &b)
{
    return a.m_data == b.m_data;
}

} // namespace credit::abi
