// SPDX-License-Identifier: Apache-2.0
#include "codec/ChainJson.h"

#include "codec/Hex.h"

namespace credit::chain::json {

QString quantity(quint64 value) { return QStringLiteral("0x") + QString::number(value, 16); }

QString bytes(const QByteArray &value) { return hex::encodePrefixed(value); }

Result<quint64> toQuantity(const QJsonValue &value, const QString &field)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > 9007199254740991.0 || d != static_cast<double>(static_cast<qint64>(d)))
            return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 is not a non-negative integer").arg(field));
        return static_cast<quint64>(d);
    }
    if (!value.isString())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 must be a number or a hex string").arg(field));
    const QString text = value.toString();
    bool ok = false;
    quint64 v = 0;
    if (text.startsWith(QStringLiteral("0x")) || text.startsWith(QStringLiteral("0X"))) {
        const QString digits = text.mid(2);
        if (!digits.isEmpty() && digits.size() <= 16)
            v = digits.toULongLong(&ok, 16);
    } else if (!text.isEmpty() && text.size() <= 20) {
        v = text.toULongLong(&ok, 10);
    }
    if (!ok)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 is not a valid quantity: \"%2\"").arg(field, text.left(40)));
    return v;
}

Result<QByteArray> toBytes(const QJsonValue &value, const QString &field, int size)
{
    if (!value.isString() || !value.toString().startsWith(QStringLiteral("0x")))
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 must be a 0x-prefixed hex string").arg(field));
    auto b = hex::decode(value.toString());
    if (!b)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(field, b.error().message));
    if (size >= 0 && b->size() != size)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 must be %2 bytes, got %3").arg(field).arg(size).arg(b->size()));
    return b;
}

Result<QByteArray> toBytesLenient(const QJsonValue &value, const QString &field, int size)
{
    if (!value.isString())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1 must be a hex string").arg(field));
    auto b = hex::decodeFixed(value.toString(), size);
    if (!b)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(field, b.error().message));
    return b;
}

} // namespace credit::chain::json
