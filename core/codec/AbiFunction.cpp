// SPDX-License-Identifier: Apache-2.0
#include "codec/AbiFunction.h"

#include "codec/AbiCodec.h"
#include "crypto/Sm3.h"

#include <QCryptographicHash>

namespace credit::abi {

namespace {
constexpr qsizetype kSelectorSize = 4;
const char kErrorSignature[] = "Error(string)";

bool isIdentifierChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || u == u'$';
    return letter || (!first && u >= u'0' && u <= u'9');
}
} // namespace

QString Signature::text() const
{
    return abi::signature(name, types);
}

Result<Signature> Signature::parse(QStringView text)
{
    const qsizetype open = text.indexOf(u'(');
    if (open <= 0 || !text.endsWith(u')'))
        return makeError(
            ErrorKind::InvalidInput, QStringLiteral("signature \"%1\" must look like name(type,...)").arg(text));
    const QStringView name = text.first(open);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isIdentifierChar(name[i], i == 0))
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("signature \"%1\": \"%2\" is not a valid name").arg(text, name));
    }
    auto types = Type::parseList(text.sliced(open + 1, text.size() - open - 2));
    if (!types)
        return types.error();
    return Signature { name.toString(), std::move(types).value() };
}

QString signature(QStringView name, const QList<Type> &types)
{
    return name.toString() + tupleName(types);
}

QByteArray functionSelector(QStringView signature)
{
    return crypto::sm3(signature.toUtf8()).first(kSelectorSize);
}

QByteArray eventTopic(QStringView signature)
{
    return crypto::sm3(signature.toUtf8());
}

Result<QByteArray> encodeCall(const Signature &signature, const QList<Value> &arguments)
{
    auto encoded = encode(signature.types, arguments);
    if (!encoded)
        return encoded;
    return functionSelector(signature.text()) + *encoded;
}

QByteArray errorSelectorSm3()
{
    return crypto::sm3(kErrorSignature).first(kSelectorSize);
}

QByteArray errorSelectorKeccak()
{
    return QCryptographicHash::hash(kErrorSignature, QCryptographicHash::Keccak_256).first(kSelectorSize);
}

std::optional<QString> decodeRevertReason(QByteArrayView output)
{
    if (output.size() < kSelectorSize)
        return std::nullopt;
    const QByteArrayView selector = output.first(kSelectorSize);
    if (selector != errorSelectorSm3() && selector != errorSelectorKeccak())
        return std::nullopt;
    static const QList<Type> stringType { *Type::parse(u"string") };
    const auto values = decode(stringType, output.sliced(kSelectorSize));
    if (!values)
        return std::nullopt;
    return *values->front().get<QString>();
}

} // namespace credit::abi
