// SPDX-License-Identifier: Apache-2.0
#include "cli/Commands.h"
#include "cli/FileIo.h"
#include "cli/KeyAccess.h"
#include "cli/PasswordInput.h"
#include "codec/Hex.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm2Signature.h"

#include <QFileInfo>

namespace credit::cli {

namespace {

QJsonObject describeKey(const crypto::Sm2PrivateKey &key)
{
    return { { QStringLiteral("address"), hex::encodePrefixed(key.address()) },
        { QStringLiteral("publicKey"), hex::encode(key.publicKey().raw()) } };
}

const QStringList kKeyOrder = { QStringLiteral("file"), QStringLiteral("address"), QStringLiteral("publicKey"),
    QStringLiteral("encrypted"), QStringLiteral("kdf"), QStringLiteral("iterations"), QStringLiteral("cipher") };

Result<void> refuseOverwrite(const QString &path, const Args &args)
{
    if (QFileInfo::exists(path) && !args.has(QStringLiteral("force")))
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("%1 exists; refusing to overwrite a key file (use --force)").arg(path));
    return {};
}

//! Asks for a new password, writes the key encrypted to path and prints it.
int protectAndSave(const QString &path, const crypto::Sm2PrivateKey &key, Output &out)
{
    auto password = readPassword(QStringLiteral("New password for %1").arg(path), true);
    if (!password)
        return out.fail(password.error());
    if (auto saved = crypto::keyfile::save(path, key, password->view()); !saved)
        return out.fail(saved.error());
    QJsonObject o = describeKey(key);
    o.insert(QStringLiteral("file"), path);
    out.result(o, kKeyOrder);
    return kExitOk;
}

} // namespace

int keyNew(const Args &args, Output &out)
{
    const QString path = args.value(QStringLiteral("out"));
    if (path.isEmpty())
        return out.usage(QStringLiteral("key new needs --out FILE"));
    if (auto ok = refuseOverwrite(path, args); !ok)
        return out.fail(ok.error());
    auto key = crypto::Sm2PrivateKey::generate();
    if (!key)
        return out.fail(key.error());
    return protectAndSave(path, *key, out);
}

int keyImport(const Args &args, Output &out)
{
    const QString in = args.value(QStringLiteral("in"));
    const QString path = args.value(QStringLiteral("out"));
    if (in.isEmpty() || path.isEmpty())
        return out.usage(QStringLiteral("key import needs --in PLAIN.pem --out FILE"));
    if (auto ok = refuseOverwrite(path, args); !ok)
        return out.fail(ok.error());
    auto pem = crypto::keyfile::readFile(in);
    if (!pem)
        return out.fail(pem.error());
    auto key = crypto::keyfile::importPlainPem(*pem);
    if (!key)
        return out.fail(key.error());
    return protectAndSave(path, *key, out);
}

int keyInfo(const Args &args, Output &out)
{
    if (args.positional().size() != 1)
        return out.usage(QStringLiteral("key info needs exactly one FILE"));
    const QString path = args.positional().first();
    auto pem = crypto::keyfile::readFile(path);
    if (!pem)
        return out.fail(pem.error());
    auto info = crypto::keyfile::inspectPem(*pem);
    if (!info)
        return out.fail(info.error());
    auto key = openKey(path);
    if (!key)
        return out.fail(key.error());
    QJsonObject o = describeKey(*key);
    o.insert(QStringLiteral("file"), path);
    o.insert(QStringLiteral("encrypted"), info->encrypted);
    if (info->encrypted) {
        o.insert(QStringLiteral("kdf"), QStringLiteral("PBKDF2-") + info->prf);
        o.insert(QStringLiteral("iterations"), info->iterations);
        o.insert(QStringLiteral("cipher"), info->cipher);
    }
    out.result(o, kKeyOrder);
    return kExitOk;
}

int sign(const Args &args, Output &out)
{
    if (args.positional().size() != 1 || !args.has(QStringLiteral("data-hex")))
        return out.usage(QStringLiteral("sign needs FILE and --data-hex HEX"));
    auto data = hex::decode(args.value(QStringLiteral("data-hex")));
    if (!data)
        return out.fail(QStringLiteral("--data-hex: %1").arg(data.error().message));
    auto key = openKey(args.positional().first());
    if (!key)
        return out.fail(key.error());
    auto rs = key->sign(*data);
    if (!rs)
        return out.fail(rs.error());
    const QByteArray wire = *rs + key->publicKey().raw();
    out.result({ { QStringLiteral("signature"), hex::encode(wire) },
                   { QStringLiteral("address"), hex::encodePrefixed(key->address()) } },
        { QStringLiteral("signature"), QStringLiteral("address") });
    return kExitOk;
}

int verify(const Args &args, Output &out)
{
    if (!args.has(QStringLiteral("data-hex")) || !args.has(QStringLiteral("sig")))
        return out.usage(QStringLiteral("verify needs --pub HEX --data-hex HEX --sig HEX"));
    auto data = hex::decode(args.value(QStringLiteral("data-hex")));
    auto sig = hex::decode(args.value(QStringLiteral("sig")));
    if (!data || !sig)
        return out.fail(QStringLiteral("%1: %2").arg(!data ? QStringLiteral("--data-hex") : QStringLiteral("--sig"),
            !data ? data.error().message : sig.error().message));
    if (sig->size() != 64 && sig->size() != 128)
        return out.fail(
            QStringLiteral("--sig must be r‖s (64 bytes) or r‖s‖pub (128 bytes), got %1 bytes").arg(sig->size()));
    QByteArray pubBytes;
    if (args.has(QStringLiteral("pub"))) {
        auto pub = hex::decode(args.value(QStringLiteral("pub")));
        if (!pub)
            return out.fail(QStringLiteral("--pub: %1").arg(pub.error().message));
        pubBytes = *pub;
    } else if (sig->size() == 128) {
        pubBytes = sig->mid(64); // no --pub: trust the key carried in the signature
    } else {
        return out.usage(QStringLiteral("verify needs --pub HEX when --sig is only r‖s"));
    }
    auto pub = crypto::Sm2PublicKey::fromRaw(pubBytes);
    if (!pub)
        return out.fail(QStringLiteral("--pub: %1").arg(pub.error().message));
    const bool valid = pub->verify(*data, sig->left(64));
    QJsonObject o { { QStringLiteral("valid"), valid },
        { QStringLiteral("signer"), hex::encodePrefixed(pub->address()) } };
    if (sig->size() == 128 && sig->mid(64) != pubBytes)
        o.insert(QStringLiteral("note"), QStringLiteral("the public key inside the signature differs from --pub"));
    if (out.json())
        out.result(o, {});
    else
        out.result({ { QStringLiteral("result"), valid ? QStringLiteral("valid") : QStringLiteral("invalid") },
                       { QStringLiteral("signer"), o.value(QStringLiteral("signer")) },
                       { QStringLiteral("note"), o.value(QStringLiteral("note")) } },
            { QStringLiteral("result"), QStringLiteral("signer"), QStringLiteral("note") });
    return valid ? kExitOk : kExitNegative;
}

} // namespace credit::cli
