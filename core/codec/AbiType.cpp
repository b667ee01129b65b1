// SPDX-License-Identifier: Apache-2.0
#include "codec/AbiType.h"

#include <QStringList>

#include <utility>

namespace credit::abi {

Type::Type(Kind kind, int size, QList<Type> children, bool dynamic, qsizetype staticSize)
    : m_kind(kind), m_size(size), m_children(std::move(children)), m_dynamic(dynamic), m_staticSize(staticSize)
{
}

QString Type::name() const
{
    switch (m_kind) {
    case Kind::UInt:
        return QStringLiteral("uint%1").arg(m_size);
    case Kind::Int:
        return QStringLiteral("int%1").arg(m_size);
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(m_size);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return element().name() + QStringLiteral("[]");
    case Kind::FixedArray:
        return element().name() + QStringLiteral("[%1]").arg(m_size);
    case Kind::Tuple:
        return tupleName(m_children);
    }
    return {};
}

QString tupleName(const QList<Type> &types)
{
    QStringList names;
    names.reserve(types.size());
    for (const Type &type : types)
        names.append(type.name());
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Recursive descent over the type grammar; the friend of Type that may build one.
class TypeParser final {
public:
    explicit TypeParser(QStringView text) : m_text(text) { }

    Result<Type> type(int depth);
    bool atEnd() const { return m_pos == m_text.size(); }
    bool accept(QChar c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    Error error(const QString &what) const { return error(ErrorKind::InvalidInput, what); }
    Error error(ErrorKind kind, const QString &what) const
    {
        return makeError(kind, QStringLiteral("ABI type \"%1\", position %2: %3").arg(m_text).arg(m_pos).arg(what));
    }

private:
    Result<Type> tuple(int depth);
    Result<Type> elementary();
    Result<Type> withSuffixes(Type base, int depth);
    QStringView takeWhile(bool (*predicate)(QChar));
    // A canonical decimal (no sign, no leading zero) in [min, max], or -1.
    static int number(QStringView digits, int min, int max);

    QStringView m_text;
    qsizetype m_pos = 0;
};

namespace {
bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

QStringView TypeParser::takeWhile(bool (*predicate)(QChar))
{
    const qsizetype begin = m_pos;
    while (!atEnd() && predicate(m_text[m_pos]))
        ++m_pos;
    return m_text.sliced(begin, m_pos - begin);
}

int TypeParser::number(QStringView digits, int min, int max)
{
    // Longer than 9 digits cannot be in range and could overflow an int.
    if (digits.isEmpty() || digits.size() > 9 || (digits.size() > 1 && digits.front() == u'0'))
        return -1;
    int value = 0;
    for (const QChar c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value >= min && value <= max ? value : -1;
}

Result<Type> TypeParser::type(int depth)
{
    if (depth > kMaxTypeDepth)
        return error(QStringLiteral("nested deeper than %1 levels").arg(kMaxTypeDepth));
    auto base = accept(u'(') ? tuple(depth) : elementary();
    if (!base)
        return base;
    return withSuffixes(std::move(base).value(), depth);
}

Result<Type> TypeParser::tuple(int depth)
{
    if (accept(u')'))
        return error(QStringLiteral("an empty tuple has no encoding"));
    QList<Type> components;
    bool dynamic = false;
    qsizetype staticSize = 0;
    do {
        auto component = type(depth + 1);
        if (!component)
            return component;
        dynamic = dynamic || component->isDynamic();
        staticSize += component->headSize();
        if (staticSize > kMaxStaticSize)
            return error(QStringLiteral("the tuple's static size exceeds %1 bytes").arg(kMaxStaticSize));
        components.append(std::move(component).value());
    } while (accept(u','));
    if (!accept(u')'))
        return error(QStringLiteral("expected ',' or ')'"));
    return Type(Type::Kind::Tuple, 0, std::move(components), dynamic, staticSize);
}

Result<Type> TypeParser::elementary()
{
    using Kind = Type::Kind;
    const QStringView word = takeWhile(isNameChar);
    if (word.isEmpty())
        return error(QStringLiteral("expected a type name"));
    if (word == u"address")
        return Type(Kind::Address, 0, {}, false, kWordSize);
    if (word == u"bool")
        return Type(Kind::Bool, 0, {}, false, kWordSize);
    if (word == u"string")
        return Type(Kind::String, 0, {}, true, kWordSize);
    if (word == u"bytes")
        return Type(Kind::Bytes, 0, {}, true, kWordSize);
    if (word.startsWith(u"bytes")) {
        const int n = number(word.sliced(5), 1, 32);
        if (n < 0)
            return error(QStringLiteral("bytesN needs N from 1 to 32"));
        return Type(Kind::FixedBytes, n, {}, false, kWordSize);
    }
    for (const auto &[prefix, kind] : { std::pair { u"uint", Kind::UInt }, std::pair { u"int", Kind::Int } }) {
        if (!word.startsWith(prefix))
            continue;
        const QStringView digits = word.sliced(QStringView(prefix).size());
        const int bits = digits.isEmpty() ? 256 : number(digits, 8, 256);
        if (bits < 0 || bits % 8 != 0)
            return error(QStringLiteral("integer width must be a multiple of 8 from 8 to 256"));
        return Type(kind, bits, {}, false, kWordSize);
    }
    if (word == u"function" || word.startsWith(u"fixed") || word.startsWith(u"ufixed"))
        return error(ErrorKind::Unsupported, QStringLiteral("type %1 is not supported").arg(word));
    return error(QStringLiteral("unknown type %1").arg(word));
}

Result<Type> TypeParser::withSuffixes(Type base, int depth)
{
    while (accept(u'[')) {
        if (++depth > kMaxTypeDepth)
            return error(QStringLiteral("nested deeper than %1 levels").arg(kMaxTypeDepth));
        const QStringView digits = takeWhile(isDigit);
        if (!accept(u']'))
            return error(QStringLiteral("expected a length and ']'"));
        if (digits.isEmpty()) {
            base = Type(Type::Kind::Array, 0, { std::move(base) }, true, kWordSize);
            continue;
        }
        const qsizetype elementSize = base.headSize();
        const int length = number(digits, 1, static_cast<int>(kMaxStaticSize / elementSize));
        if (length < 0)
            return error(QStringLiteral("array length must be at least 1 and keep the static size within %1 bytes")
                             .arg(kMaxStaticSize));
        const bool dynamic = base.isDynamic();
        base = Type(Type::Kind::FixedArray, length, { std::move(base) }, dynamic, length * elementSize);
    }
    return base;
}

Result<Type> Type::parse(QStringView text)
{
    TypeParser parser(text);
    auto type = parser.type(0);
    if (type && !parser.atEnd())
        return parser.error(QStringLiteral("unexpected character"));
    return type;
}

Result<QList<Type>> Type::parseList(QStringView text)
{
    QList<Type> types;
    if (text.isEmpty())
        return types;
    TypeParser parser(text);
    do {
        auto type = parser.type(0);
        if (!type)
            return type.error();
        types.append(std::move(type).value());
    } while (parser.accept(u','));
    if (!parser.atEnd())
        return parser.error(QStringLiteral("expected ',' or the end"));
    return types;
}

} // namespace credit::abi
