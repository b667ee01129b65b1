// SPDX-License-Identifier: Apache-2.0
#include "chain/FiscoJson.h"

#include "codec/Hex.h"

#include <cmath>

namespace credit::chain::fisco {

namespace {

Error bad(QStringView field, const QString &what)
{
    return makeError(ErrorKind::Corrupt, QStringLiteral("%1 %2").arg(field, what));
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

Result<QByteArray> prefixedHex(const QJsonValue &value, QStringView field, int length)
{
    if (!value.isString())
        return bad(field, QStringLiteral("is not a hex string"));
    const QString text = value.toString();
    if (!text.startsWith(u"0x"))
        return bad(field, QStringLiteral("does not start with 0x"));
    auto bytes = length < 0 ? hex::decode(text) : hex::decodeFixed(text, length);
    if (!bytes)
        return bad(field, bytes.error().message);
    return bytes;
}

} // namespace

QString quantity(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

Result<quint64> parseQuantity(const QJsonValue &value, QStringView field)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        constexpr double kMaxExact = 9007199254740992.0; // 2^53: beyond it doubles skip integers
        if (!std::isfinite(d) || d < 0 || std::trunc(d) != d || d >= kMaxExact)
            return bad(field, QStringLiteral("is not a whole non-negative number"));
        return static_cast<quint64>(d);
    }
    if (!value.isString())
        return bad(field, QStringLiteral("is neither a hex string nor a number"));
    const QString text = value.toString();
    if (!text.startsWith(u"0x") || text.size() == 2)
        return bad(field, QStringLiteral("is not a 0x hex quantity (\"%1\")").arg(text.left(24)));
    quint64 out = 0;
    int significant = 0;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const int d = hexDigit(text[i]);
        if (d < 0)
            return bad(field, QStringLiteral("has a non-hex character (\"%1\")").arg(text.left(24)));
        if (out != 0 || d != 0)
            ++significant;
        if (significant > 16)
            return bad(field, QStringLiteral("does not fit in 64 bits"));
        out = (out << 4) | static_cast<quint64>(d);
    }
    return out;
}

Result<QByteArray> parseHash(const QJsonValue &value, QStringView field)
{
    return prefixedHex(value, field, 32);
}

Result<QByteArray> parseAddress(const QJsonValue &value, QStringView field)
{
    return prefixedHex(value, field, 20);
}

Result<QByteArray> parseBytes(const QJsonValue &value, QStringView field)
{
    return prefixedHex(value, field, -1);
}

Result<QByteArray> parseNodeId(const QJsonValue &value, QStringView field)
{
    if (!value.isString())
        return bad(field, QStringLiteral("is not a hex string"));
    auto bytes = hex::decodeFixed(value.toString(), 64, /*allowPrefix=*/false);
    if (!bytes)
        return bad(field, bytes.error().message);
    return bytes;
}

} // namespace credit::chain::fisco
