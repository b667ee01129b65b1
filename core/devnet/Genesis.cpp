// SPDX-License-Identifier: Apache-2.0
#include "devnet/Genesis.h"

#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"
#include "crypto/Sm3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::devnet {

namespace {
constexpr qint64 kMaxGenesisSize = 16 * 1024 * 1024;
constexpr int kMaxSealers = 100;

Error bad(const QString &why)
{
    return makeError(ErrorKind::InvalidInput, QStringLiteral("genesis: %1").arg(why));
}

Result<QByteArray> address(const QJsonValue &v, const QString &field)
{
    auto a = hex::decodeFixed(v.toString(), crypto::kAddressSize);
    if (!v.isString() || !a)
        return bad(QStringLiteral("%1 must be a 20-byte hex address").arg(field));
    return a;
}
Result<QList<crypto::Sm2PrivateKey>> parseKeys(const QJsonArray &keys, const QString &field)
{
    QList<crypto::Sm2PrivateKey> out;
    for (const auto &s : keys) {
        auto raw = hex::decodeFixed(s.toString(), crypto::kSm2PrivateKeySize);
        if (!raw)
            return bad(QStringLiteral("%1: a key is not 32 bytes of hex").arg(field));
        auto key = crypto::Sm2PrivateKey::fromRaw(*raw);
        crypto::cleanse(*raw);
        if (!key)
            return bad(QStringLiteral("%1: %2").arg(field, key.error().message));
        out << *key;
    }
    return out;
}
} // namespace

chain::BlockHeader Genesis::header() const
{
    chain::BlockHeader h;
    h.parentHash = QByteArray(32, '\0');
    h.stateRoot = QByteArray(32, '\0');
    h.transactionsRoot = merkle::root({});
    h.receiptsRoot = merkle::root({});
    h.dbHash = QByteArray(32, '\0');
    h.number = 0;
    h.timestamp = timestamp;
    h.extraData = { fileHash };
    h.sealer = 0;
    for (const auto &k : sealerKeys)
        h.sealerList << k.publicKey().raw();
    return h;
}

Result<Genesis> Genesis::parse(const QByteArray &bytes)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    const QJsonObject o = doc.object();
    Genesis g;
    g.fileHash = crypto::sm3(bytes);
    for (const auto &[field, target] :
        { std::pair { QStringLiteral("chainId"), &g.chainId }, std::pair { QStringLiteral("groupId"), &g.groupId },
            std::pair { QStringLiteral("timestamp"), &g.timestamp } }) {
        auto v = chain::json::toQuantity(o.value(field), field);
        if (!v)
            return bad(v.error().message);
        *target = *v;
    }
    const QJsonArray sealers = o.value(QStringLiteral("sealerKeys")).toArray();
    if (sealers.isEmpty() || sealers.size() > kMaxSealers)
        return bad(QStringLiteral("sealerKeys must list 1 to %1 private keys").arg(kMaxSealers));
    auto sealerKeys = parseKeys(sealers, QStringLiteral("sealerKeys"));
    if (!sealerKeys)
        return sealerKeys.error();
    g.sealerKeys = *sealerKeys;
    auto standby = parseKeys(o.value(QStringLiteral("standbyKeys")).toArray(), QStringLiteral("standbyKeys"));
    if (!standby)
        return standby.error();
    g.standbyKeys = *standby;
    auto op = address(o.value(QStringLiteral("operator")), QStringLiteral("operator"));
    auto contract = address(o.value(QStringLiteral("contractAddress")), QStringLiteral("contractAddress"));
    if (!op)
        return op.error();
    if (!contract)
        return contract.error();
    g.operatorAccount = *op;
    g.contractAddress = *contract;

    for (const auto &item : o.value(QStringLiteral("institutions")).toArray()) {
        const QJsonObject i = item.toObject();
        GenesisInstitution inst;
        auto account = address(i.value(QStringLiteral("account")), QStringLiteral("institutions.account"));
        if (!account)
            return account.error();
        auto pub = hex::decodeFixed(i.value(QStringLiteral("publicKey")).toString(), crypto::kSm2PublicKeySize);
        if (!pub || crypto::addressOf(*pub) != *account)
            return bad(QStringLiteral("institution %1: publicKey must be the 64-byte key of its account")
                           .arg(i.value(QStringLiteral("name")).toString()));
        inst.account = *account;
        inst.publicKey = *pub;
        inst.code = i.value(QStringLiteral("code")).toString();
        inst.name = i.value(QStringLiteral("name")).toString();
        inst.role = i.value(QStringLiteral("role")).toInt();
        inst.region = static_cast<quint32>(i.value(QStringLiteral("region")).toInteger());
        if (inst.role < 1 || inst.role > 5 || inst.name.isEmpty())
            return bad(QStringLiteral("institution \"%1\" needs a name and a role 1..5").arg(inst.name));
        g.institutions << inst;
    }
    return g;
}

Result<Genesis> Genesis::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::NotFound, QStringLiteral("cannot read genesis file %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxGenesisSize)
        return bad(QStringLiteral("%1 is larger than 16 MiB").arg(path));
    return parse(f.readAll());
}

} // namespace credit::devnet
