// SPDX-License-Identifier: Apache-2.0
#include "codec/ChainJson.h"

#include "codec/Hex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace credit::chain::json {

QString quantity(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString quantity(QByteArrayView bigEndian)
{
    QString digits = QString::fromLatin1(bigEndian.toByteArray().toHex());
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits[first] == u'0')
        ++first;
    return digits.isEmpty() ? QStringLiteral("0x0") : QStringLiteral("0x") + digits.mid(first);
}

QString bytes(const QByteArray &value)
{
    return hex::encodePrefixed(value);
}

Result<quint64> toQuantity(const QJsonValue &value, const QString &field, bool allowDecimal)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        constexpr double kMaxExact = 9007199254740992.0; // 2^53: beyond it doubles skip integers
        if (!std::isfinite(d) || d < 0 || std::trunc(d) != d || d >= kMaxExact)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("ChainJson", "%1 is not a whole non-negative number").arg(field));
        return static_cast<quint64>(d);
    }
    if (!value.isString())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ChainJson", "%1 must be a number or a hex string").arg(field));
    const QString text = value.toString();
    const bool isHex = text.startsWith(QStringLiteral("0x")) || text.startsWith(QStringLiteral("0X"));
    QStringView digits = isHex ? QStringView(text).mid(2) : QStringView(text);
    const auto isDigit = [isHex](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (isHex && ((u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')));
    };
    // Leading zeros are harmless ("0x01f5"); what remains must fit 64 bits.
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    bool ok = (isHex || allowDecimal) && !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), isDigit)
        && digits.size() <= (isHex ? 16 : 20);
    const quint64 v = ok ? digits.toULongLong(&ok, isHex ? 16 : 10) : 0;
    if (!ok)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ChainJson", "%1 is not a valid quantity: \"%2\"").arg(field, text.left(40)));
    return v;
}

Result<QByteArray> toBytes(const QJsonValue &value, const QString &field, int size)
{
    if (!value.isString() || !value.toString().startsWith(QStringLiteral("0x")))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ChainJson", "%1 must be a 0x-prefixed hex string").arg(field));
    auto b = hex::decode(value.toString());
    if (!b)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(field, b.error().message));
    if (size >= 0 && b->size() != size)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("ChainJson", "%1 must be %2 bytes, got %3")
                .arg(field)
                .arg(size)
                .arg(b->size()));
    return b;
}

Result<QByteArray> toBytesLenient(const QJsonValue &value, const QString &field, int size)
{
    if (!value.isString())
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("ChainJson", "%1 must be a hex string").arg(field));
    auto b = hex::decodeFixed(value.toString(), size);
    if (!b)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(field, b.error().message));
    return b;
}

} // namespace credit::chain::json
