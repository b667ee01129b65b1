// SPDX-License-Identifier: Apache-2.0
// The strict, bounded decoder of AbiCodec.h. Data comes from nodes and
// contracts we do not control: every offset and length is checked before it
// is used, and every decoded value is charged against a budget equal to the
// input size (a word per value plus the payload of bytes and strings), which
// a canonical encoding never exceeds but aliased offsets quickly do.
#include "codec/AbiCodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace credit::abi {

namespace {

using Step = std::optional<Error>;

class Decoder final {
public:
    explicit Decoder(QByteArrayView data) : m_data(data), m_budget(data.size()) { }

    Step value(const Type &type, qsizetype pos, Value &out);

    template<typename TypeAt>
    Step sequence(TypeAt typeAt, qsizetype count, qsizetype headSize, qsizetype start, QList<Value> &out);

private:
    Error error(qsizetype pos, const Type &type, const QString &what) const
    {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("AbiDecode", "ABI data at offset %1 (%2): %3").arg(pos).arg(type.name(), what));
    }
    Step need(qsizetype pos, qsizetype size, const Type &type) const
    {
        if (size > m_data.size() - pos)
            return error(pos, type,
                QCoreApplication::translate("AbiDecode", "needs %1 bytes but only %2 remain")
                    .arg(size)
                    .arg(m_data.size() - pos));
        return std::nullopt;
    }
    Step charge(qsizetype cost, qsizetype pos, const Type &type)
    {
        if (cost > m_budget)
            return error(pos, type,
                QCoreApplication::translate(
                    "AbiDecode", "the decoded values would exceed the input size (overlapping offsets)"));
        m_budget -= cost;
        return std::nullopt;
    }
    Word wordAt(qsizetype pos) const { return *Word::fromBigEndian(m_data.sliced(pos, kWordSize)); }
    bool allZero(qsizetype pos, qsizetype size) const
    {
        const QByteArrayView bytes = m_data.sliced(pos, size);
        return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
    }
    // An offset or a length: must be a word that fits within the input.
    Step size(qsizetype pos, const Type &type, const QString &what, qsizetype &out) const;
    Step leaf(const Type &type, qsizetype pos, Value &out);
    Step dynamicBytes(const Type &type, qsizetype pos, Value &out);

    QByteArrayView m_data;
    qsizetype m_budget;
};

Step Decoder::size(qsizetype pos, const Type &type, const QString &what, qsizetype &out) const
{
    if (Step failed = need(pos, kWordSize, type))
        return failed;
    const auto value = wordAt(pos).toUInt64();
    if (!value || *value > static_cast<quint64>(m_data.size()))
        return error(pos, type,
            QCoreApplication::translate("AbiDecode", "%1 %2 is larger than the input")
                .arg(what, QString::fromLatin1(m_data.sliced(pos, kWordSize).toByteArray().toHex())));
    out = static_cast<qsizetype>(*value);
    return std::nullopt;
}

Step Decoder::leaf(const Type &type, qsizetype pos, Value &out)
{
    using Kind = Type::Kind;
    if (Step failed = need(pos, kWordSize, type))
        return failed;
    if (Step failed = charge(kWordSize, pos, type))
        return failed;
    const Word word = wordAt(pos);
    switch (type.kind()) {
    case Kind::UInt:
        if (!word.fitsUnsigned(type.size()))
            return error(pos, type, QCoreApplication::translate("AbiDecode", "non-zero padding above the value"));
        out = Value::fromWord(word);
        return std::nullopt;
    case Kind::Int:
        if (!word.fitsSigned(type.size()))
            return error(pos, type, QCoreApplication::translate("AbiDecode", "the value is not sign-extended"));
        out = Value::fromWord(word);
        return std::nullopt;
    case Kind::Address:
        if (!word.fitsUnsigned(160))
            return error(pos, type, QCoreApplication::translate("AbiDecode", "non-zero padding before the address"));
        out = Value::address(m_data.sliced(pos + kWordSize - 20, 20).toByteArray());
        return std::nullopt;
    case Kind::Bool:
        if (!word.fitsUnsigned(8) || word.byte(kWordSize - 1) > 1)
            return error(pos, type, QCoreApplication::translate("AbiDecode", "a bool must be 0 or 1"));
        out = Value::boolean(word.byte(kWordSize - 1) == 1);
        return std::nullopt;
    case Kind::FixedBytes:
        if (!allZero(pos + type.size(), kWordSize - type.size()))
            return error(pos, type, QCoreApplication::translate("AbiDecode", "non-zero padding after the bytes"));
        out = Value::fixedBytes(m_data.sliced(pos, type.size()).toByteArray());
        return std::nullopt;
    default:
        return error(pos, type, QCoreApplication::translate("AbiDecode", "not a single-word type"));
    }
}

Step Decoder::dynamicBytes(const Type &type, qsizetype pos, Value &out)
{
    qsizetype length = 0;
    if (Step failed = size(pos, type, QStringLiteral("length"), length))
        return failed;
    const qsizetype payload = pos + kWordSize;
    // length <= input size, so rounding up cannot overflow.
    const qsizetype padded = (length + kWordSize - 1) / kWordSize * kWordSize;
    if (Step failed = need(payload, padded, type))
        return failed;
    if (Step failed = charge(kWordSize + length, pos, type))
        return failed;
    if (!allZero(payload + length, padded - length))
        return error(pos, type, QCoreApplication::translate("AbiDecode", "non-zero padding after the bytes"));
    const QByteArrayView bytes = m_data.sliced(payload, length);
    out = type.kind() == Type::Kind::String ? Value::string(QString::fromUtf8(bytes))
                                            : Value::bytes(bytes.toByteArray());
    return std::nullopt;
}

template<typename TypeAt>
Step Decoder::sequence(TypeAt typeAt, qsizetype count, qsizetype headSize, qsizetype start, QList<Value> &out)
{
    if (headSize > m_data.size() - start)
        return error(start, typeAt(0),
            QCoreApplication::translate("AbiDecode", "%1 heads of %2 bytes need more than the %3 bytes left")
                .arg(count)
                .arg(headSize)
                .arg(m_data.size() - start));
    // Each value costs at least a word, so the budget bounds what is worth reserving.
    out.reserve(std::min(count, m_budget / kWordSize + 1));
    qsizetype head = start;
    for (qsizetype i = 0; i < count; ++i) {
        const Type &type = typeAt(i);
        qsizetype pos = head;
        if (type.isDynamic()) {
            qsizetype offset = 0;
            if (Step failed = size(head, type, QStringLiteral("offset"), offset))
                return failed;
            if (offset > m_data.size() - start)
                return error(
                    head, type, QCoreApplication::translate("AbiDecode", "offset %1 points past the end").arg(offset));
            pos = start + offset;
        }
        Value item;
        if (Step failed = value(type, pos, item))
            return failed;
        out.append(std::move(item));
        head += type.headSize();
    }
    return std::nullopt;
}

Step Decoder::value(const Type &type, qsizetype pos, Value &out)
{
    using Kind = Type::Kind;
    switch (type.kind()) {
    case Kind::Bytes:
    case Kind::String:
        return dynamicBytes(type, pos, out);
    case Kind::Array: {
        qsizetype count = 0;
        if (Step failed = size(pos, type, QStringLiteral("length"), count))
            return failed;
        if (Step failed = charge(kWordSize, pos, type))
            return failed;
        const Type &element = type.element();
        const qsizetype available = m_data.size() - pos - kWordSize;
        if (count > available / element.headSize())
            return error(pos, type,
                QCoreApplication::translate("AbiDecode", "%1 elements cannot fit in the %2 bytes left")
                    .arg(count)
                    .arg(available));
        QList<Value> items;
        const auto typeAt = [&element](qsizetype) -> const Type & { return element; };
        if (count > 0) {
            if (Step failed = sequence(typeAt, count, count * element.headSize(), pos + kWordSize, items))
                return failed;
        }
        out = Value::array(std::move(items));
        return std::nullopt;
    }
    case Kind::FixedArray: {
        QList<Value> items;
        const Type &element = type.element();
        const auto typeAt = [&element](qsizetype) -> const Type & { return element; };
        if (Step failed = sequence(typeAt, type.size(), type.staticSize(), pos, items))
            return failed;
        out = Value::array(std::move(items));
        return std::nullopt;
    }
    case Kind::Tuple: {
        QList<Value> items;
        const auto typeAt = [&type](qsizetype i) -> const Type & { return type.components()[i]; };
        if (Step failed = sequence(typeAt, type.components().size(), type.staticSize(), pos, items))
            return failed;
        out = Value::tuple(std::move(items));
        return std::nullopt;
    }
    default:
        return leaf(type, pos, out);
    }
}

} // namespace

Result<QList<Value>> decode(const QList<Type> &types, QByteArrayView data)
{
    QList<Value> values;
    if (types.isEmpty())
        return values;
    qsizetype headSize = 0;
    for (const Type &type : types)
        headSize += type.headSize();
    Decoder decoder(data);
    const auto typeAt = [&types](qsizetype i) -> const Type & { return types[i]; };
    if (auto failed = decoder.sequence(typeAt, types.size(), headSize, 0, values))
        return *failed;
    return values;
}

} // namespace credit::abi
