// SPDX-License-Identifier: Apache-2.0
#include "codec/Hex.h"

#include <QCoreApplication>

namespace credit::hex {

namespace {
int nibble(QChar c)
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
} // namespace

QString encode(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString encodePrefixed(const QByteArray &bytes)
{
    return QStringLiteral("0x") + encode(bytes);
}

Result<QByteArray> decode(QStringView text, bool allowPrefix)
{
    if (text.startsWith(u"0x") || text.startsWith(u"0X")) {
        if (!allowPrefix)
            return makeError(
                ErrorKind::InvalidInput, QCoreApplication::translate("Hex", "hex must not start with 0x here"));
        text = text.mid(2);
    }
    if (text.size() % 2 != 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Hex", "hex has an odd number of digits (%1)").arg(text.size()));
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Hex", "not a hex digit at position %1").arg(hi < 0 ? 2 * i : 2 * i + 1));
        out[i] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

Result<QByteArray> decodeFixed(QStringView text, int length, bool allowPrefix)
{
    auto bytes = decode(text, allowPrefix);
    if (!bytes)
        return bytes;
    if (bytes->size() != length)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Hex", "expected %1 bytes of hex, got %2").arg(length).arg(bytes->size()));
    return bytes;
}

} // namespace credit::hex
