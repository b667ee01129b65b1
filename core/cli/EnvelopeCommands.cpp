// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"
#include "cli/FileIo.h"
#include "cli/PasswordInput.h"
#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm3.h"

#include <QJsonArray>

namespace credit::cli {

namespace {
// An envelope adds a few hundred bytes per recipient on top of the body.
constexpr qint64 kMaxEnvelopeFile = crypto::envelope::kMaxPlaintextSize + 64 * 1024;
} // namespace

int encrypt(const Args &args, Output &out)
{
    const QString to = args.value(QStringLiteral("to"));
    const QString in = args.value(QStringLiteral("in"));
    const QString outPath = args.value(QStringLiteral("out"));
    if (to.isEmpty() || in.isEmpty() || outPath.isEmpty())
        return out.usage(QStringLiteral("encrypt needs --to PUBHEX[,PUBHEX…] --in FILE --out FILE"));
    QList<crypto::Sm2PublicKey> recipients;
    QJsonArray addresses;
    for (const QString &part : to.split(u',', Qt::SkipEmptyParts)) {
        auto bytes = hex::decode(part.trimmed());
        if (!bytes)
            return out.fail(QStringLiteral("--to %1: %2").arg(part, bytes.error().message));
        auto pub = crypto::Sm2PublicKey::fromRaw(*bytes);
        if (!pub)
            return out.fail(QStringLiteral("--to %1: %2").arg(part, pub.error().message));
        recipients << *pub;
        addresses << hex::encodePrefixed(pub->address());
    }
    auto plain = readInputFile(in, crypto::envelope::kMaxPlaintextSize);
    if (!plain)
        return out.fail(plain.error());
    auto sealed = crypto::envelope::seal(*plain, recipients);
    if (!sealed)
        return out.fail(sealed.error());
    if (auto written = writeOutputFile(outPath, *sealed); !written)
        return out.fail(written.error());
    out.result(
        { { QStringLiteral("out"), outPath }, { QStringLiteral("bytes"), sealed->size() },
            { QStringLiteral("sm3"), hex::encode(crypto::sm3(*sealed)) }, { QStringLiteral("recipients"), addresses } },
        { QStringLiteral("out"), QStringLiteral("bytes"), QStringLiteral("sm3"), QStringLiteral("recipients") });
    return kExitOk;
}

int decrypt(const Args &args, Output &out)
{
    const QString in = args.value(QStringLiteral("in"));
    const QString outPath = args.value(QStringLiteral("out"));
    if (args.positional().size() != 1 || in.isEmpty() || outPath.isEmpty())
        return out.usage(QStringLiteral("decrypt needs KEYFILE --in FILE --out FILE"));
    auto sealed = readInputFile(in, kMaxEnvelopeFile);
    if (!sealed)
        return out.fail(sealed.error());
    // Check the envelope before asking for a password: a damaged file fails fast.
    if (auto info = crypto::envelope::inspect(*sealed); !info)
        return out.fail(info.error());
    auto pem = crypto::keyfile::readFile(args.positional().first());
    if (!pem)
        return out.fail(pem.error());
    auto password = readPassword(QStringLiteral("Password for %1").arg(args.positional().first()), false);
    if (!password)
        return out.fail(password.error());
    auto key = crypto::keyfile::fromEncryptedPem(*pem, password->view());
    if (!key)
        return out.fail(key.error());
    auto plain = crypto::envelope::open(*sealed, *key);
    if (!plain)
        return out.fail(plain.error());
    if (auto written = writeOutputFile(outPath, *plain); !written)
        return out.fail(written.error());
    out.result({ { QStringLiteral("out"), outPath }, { QStringLiteral("bytes"), plain->size() },
                   { QStringLiteral("sm3"), hex::encode(crypto::sm3(*plain)) } },
        { QStringLiteral("out"), QStringLiteral("bytes"), QStringLiteral("sm3") });
    return kExitOk;
}

} // namespace credit::cli
