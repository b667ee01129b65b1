// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"

namespace credit::cli {

namespace {
QString quantity(const QByteArray &bigEndian)
{
    // The bytes are minimal, so at most one leading zero nibble is left to drop.
    QString digits = QString::fromLatin1(bigEndian.toHex());
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return QStringLiteral("0x") + (digits.isEmpty() ? QStringLiteral("0") : digits);
}
} // namespace

int txDecode(const Args &args, Output &out)
{
    if (args.positional().size() != 1)
        return out.usage(QStringLiteral("tx decode needs one raw transaction in hex"));
    auto raw = hex::decode(args.positional().first().trimmed());
    if (!raw)
        return out.fail(QStringLiteral("the transaction is not hex: %1").arg(raw.error().message));
    auto t = tx::Transaction::decode(*raw);
    if (!t)
        return out.fail(t.error());
    const bool valid = t->verifySignature();
    const QJsonObject o {
        { QStringLiteral("hash"), hex::encodePrefixed(t->hash()) },
        { QStringLiteral("sender"), hex::encodePrefixed(t->sender()) },
        { QStringLiteral("signatureValid"), valid },
        { QStringLiteral("nonce"), quantity(t->nonce) },
        { QStringLiteral("gasPrice"), quantity(t->gasPrice) },
        { QStringLiteral("gas"), quantity(t->gas) },
        { QStringLiteral("blockLimit"), quantity(t->blockLimit) },
        { QStringLiteral("to"), t->to.isEmpty() ? QString() : hex::encodePrefixed(t->to) },
        { QStringLiteral("value"), quantity(t->value) },
        { QStringLiteral("data"), hex::encodePrefixed(t->data) },
        { QStringLiteral("chainId"), quantity(t->chainId) },
        { QStringLiteral("groupId"), quantity(t->groupId) },
        { QStringLiteral("extraData"), hex::encodePrefixed(t->extraData) },
        { QStringLiteral("publicKey"), hex::encode(t->publicKey) },
        { QStringLiteral("r"), hex::encodePrefixed(t->r) },
        { QStringLiteral("s"), hex::encodePrefixed(t->s) },
    };
    out.result(o,
        { QStringLiteral("hash"), QStringLiteral("sender"), QStringLiteral("signatureValid"), QStringLiteral("nonce"),
            QStringLiteral("gasPrice"), QStringLiteral("gas"), QStringLiteral("blockLimit"), QStringLiteral("to"),
            QStringLiteral("value"), QStringLiteral("data"), QStringLiteral("chainId"), QStringLiteral("groupId"),
            QStringLiteral("extraData"), QStringLiteral("publicKey"), QStringLiteral("r"), QStringLiteral("s") });
    return valid ? kExitOk : kExitNegative;
}

} // namespace credit::cli
