// SPDX-License-Identifier: Apache-2.0
// Encoding side of AbiCodec.h.
#include "codec/AbiCodec.h"

#include <optional>

namespace credit::abi {

namespace {

// Where a value failed to encode: the path is built while unwinding
// (".1" for a tuple component, "[2]" for an array element).
struct Failure {
    QString path;
    QString typeName;
    QString what;
};
using Step = std::optional<Failure>;

Step fail(const Type &type, const QString &what)
{
    return Failure { QString(), type.name(), what };
}

Step wrongKind(const Type &type, const Value &value)
{
    return fail(type, QStringLiteral("got %1").arg(value.kindName()));
}

QByteArray paddedToWords(QByteArrayView bytes)
{
    QByteArray out = bytes.toByteArray();
    const qsizetype remainder = out.size() % kWordSize;
    if (remainder != 0)
        out.append(kWordSize - remainder, '\0');
    return out;
}

QByteArray sizeWord(qsizetype size)
{
    return Word::fromUInt64(static_cast<quint64>(size)).toByteArray();
}

void appendDynamicBytes(QByteArrayView bytes, QByteArray &out)
{
    out += sizeWord(bytes.size());
    out += paddedToWords(bytes);
}

Step encodeValue(const Type &type, const Value &value, QByteArray &out);

// Heads of all values, then the tails of the dynamic ones, offsets counted
// from the start of the heads.
template<typename TypeAt> Step encodeSequence(TypeAt typeAt, const QList<Value> &values, bool isArray, QByteArray &out)
{
    qsizetype headSize = 0;
    for (qsizetype i = 0; i < values.size(); ++i)
        headSize += typeAt(i).headSize();
    QByteArray head;
    head.reserve(headSize);
    QByteArray tail;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Type &type = typeAt(i);
        Step failed;
        if (type.isDynamic()) {
            head += sizeWord(headSize + tail.size());
            failed = encodeValue(type, values[i], tail);
        } else {
            failed = encodeValue(type, values[i], head);
        }
        if (failed) {
            failed->path.prepend(isArray ? QStringLiteral("[%1]").arg(i) : QStringLiteral(".%1").arg(i));
            return failed;
        }
    }
    out += head;
    out += tail;
    return std::nullopt;
}

Step encodeItems(const Type &type, const QList<Value> &items, bool isArray, QByteArray &out)
{
    if (isArray)
        return encodeSequence([&type](qsizetype) -> const Type & { return type.element(); }, items, true, out);
    return encodeSequence([&type](qsizetype i) -> const Type & { return type.components()[i]; }, items, false, out);
}

Step encodeValue(const Type &type, const Value &value, QByteArray &out)
{
    using Kind = Type::Kind;
    switch (type.kind()) {
    case Kind::UInt:
    case Kind::Int: {
        const Word *word = value.get<Word>();
        if (!word)
            return wrongKind(type, value);
        const bool fits = type.kind() == Kind::UInt ? word->fitsUnsigned(type.size()) : word->fitsSigned(type.size());
        if (!fits)
            return fail(type, QStringLiteral("the value is out of range"));
        out += word->toByteArray();
        return std::nullopt;
    }
    case Kind::Address: {
        const auto *address = value.get<Value::Address>();
        if (!address)
            return wrongKind(type, value);
        if (address->bytes.size() != 20)
            return fail(type, QStringLiteral("an address has 20 bytes, got %1").arg(address->bytes.size()));
        out += QByteArray(kWordSize - 20, '\0') + address->bytes;
        return std::nullopt;
    }
    case Kind::Bool: {
        const bool *flag = value.get<bool>();
        if (!flag)
            return wrongKind(type, value);
        out += Word::fromUInt64(*flag ? 1 : 0).toByteArray();
        return std::nullopt;
    }
    case Kind::FixedBytes: {
        const auto *fixed = value.get<Value::FixedBytes>();
        if (!fixed)
            return wrongKind(type, value);
        if (fixed->bytes.size() != type.size())
            return fail(type, QStringLiteral("expected %1 bytes, got %2").arg(type.size()).arg(fixed->bytes.size()));
        out += paddedToWords(fixed->bytes);
        return std::nullopt;
    }
    case Kind::Bytes: {
        const auto *bytes = value.get<Value::Bytes>();
        if (!bytes)
            return wrongKind(type, value);
        appendDynamicBytes(bytes->bytes, out);
        return std::nullopt;
    }
    case Kind::String: {
        const QString *text = value.get<QString>();
        if (!text)
            return wrongKind(type, value);
        appendDynamicBytes(text->toUtf8(), out);
        return std::nullopt;
    }
    case Kind::Array:
    case Kind::FixedArray: {
        const auto *array = value.get<Value::Array>();
        if (!array)
            return wrongKind(type, value);
        if (type.kind() == Kind::Array)
            out += sizeWord(array->items.size());
        else if (array->items.size() != type.size())
            return fail(type, QStringLiteral("expected %1 elements, got %2").arg(type.size()).arg(array->items.size()));
        return encodeItems(type, array->items, true, out);
    }
    case Kind::Tuple: {
        const auto *tuple = value.get<Value::Tuple>();
        if (!tuple)
            return wrongKind(type, value);
        if (tuple->items.size() != type.components().size())
            return fail(type,
                QStringLiteral("expected %1 components, got %2")
                    .arg(type.components().size())
                    .arg(tuple->items.size()));
        return encodeItems(type, tuple->items, false, out);
    }
    }
    return fail(type, QStringLiteral("unknown type kind"));
}

} // namespace

Result<QByteArray> encode(const QList<Type> &types, const QList<Value> &values)
{
    if (types.size() != values.size())
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("ABI encode: %1 types but %2 values").arg(types.size()).arg(values.size()));
    QByteArray out;
    const auto typeAt = [&types](qsizetype i) -> const Type & { return types[i]; };
    if (Step failed = encodeSequence(typeAt, values, false, out)) {
        const QString path = failed->path.mid(1); // "2[3].1" rather than ".2[3].1"
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("ABI encode: value %1 (%2): %3").arg(path, failed->typeName, failed->what));
    }
    return out;
}

} // namespace credit::abi
