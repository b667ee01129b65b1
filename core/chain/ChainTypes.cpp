// SPDX-License-Identifier: Apache-2.0
#include "chain/ChainTypes.h"

#include "chain/FiscoJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credit::chain {

namespace {

Error bad(const QString &what)
{
    return makeError(ErrorKind::Corrupt, what);
}

Result<QJsonObject> objectOf(const QJsonValue &value, QStringView what)
{
    if (!value.isObject())
        return bad(QCoreApplication::translate("ChainTypes", "%1 is not a JSON object").arg(what));
    return value.toObject();
}

// "Chain Id" is a decimal string in FISCO 2.x ("1"); accept a number or a
// 0x quantity too, since that costs nothing and proxies re-encode JSON.
Result<quint64> chainIdOf(const QJsonValue &value)
{
    if (value.isString() && !value.toString().startsWith(u"0x")) {
        bool ok = false;
        const quint64 id = value.toString().toULongLong(&ok, 10);
        if (!ok)
            return bad(QCoreApplication::translate("ChainTypes", "Chain Id is not a number (\"%1\")")
                           .arg(value.toString().left(24)));
        return id;
    }
    return fisco::parseQuantity(value, u"Chain Id");
}

} // namespace

Result<ClientVersion> ClientVersion::fromJson(const QJsonValue &value)
{
    auto object = objectOf(value, QCoreApplication::translate("ChainTypes", "the client version"));
    if (!object)
        return object.error();
    ClientVersion v;
    v.raw = *object;
    auto chainId = chainIdOf(v.raw.value(QStringLiteral("Chain Id")));
    if (!chainId)
        return chainId.error();
    v.chainId = *chainId;
    const QJsonValue supported = v.raw.value(QStringLiteral("Supported Version"));
    if (!supported.isString() || supported.toString().isEmpty())
        return bad(QCoreApplication::translate("ChainTypes", "the client version has no \"Supported Version\""));
    v.supportedVersion = supported.toString();
    v.nodeVersion = v.raw.value(QStringLiteral("FISCO-BCOS Version")).toString();
    return v;
}

Result<CallResult> CallResult::fromJson(const QJsonValue &value)
{
    auto object = objectOf(value, QCoreApplication::translate("ChainTypes", "the call result"));
    if (!object)
        return object.error();
    auto block = fisco::parseQuantity(object->value(QStringLiteral("currentBlockNumber")), u"currentBlockNumber");
    if (!block)
        return block.error();
    auto output = fisco::parseBytes(object->value(QStringLiteral("output")), u"output");
    if (!output)
        return output.error();
    auto status = fisco::parseQuantity(object->value(QStringLiteral("status")), u"status");
    if (!status)
        return status.error();
    return CallResult { *block, *output, *status };
}

Result<SyncStatus> SyncStatus::fromJson(const QJsonValue &value)
{
    auto object = objectOf(value, QCoreApplication::translate("ChainTypes", "the sync status"));
    if (!object)
        return object.error();
    SyncStatus s;
    s.raw = *object;
    auto number = fisco::parseQuantity(s.raw.value(QStringLiteral("blockNumber")), u"blockNumber");
    if (!number)
        return number.error();
    s.blockNumber = *number;
    s.knownHighestNumber = s.blockNumber;
    if (s.raw.contains(QStringLiteral("knownHighestNumber"))) {
        auto highest = fisco::parseQuantity(s.raw.value(QStringLiteral("knownHighestNumber")), u"knownHighestNumber");
        if (!highest)
            return highest.error();
        s.knownHighestNumber = *highest;
    }
    const QJsonValue syncing = s.raw.value(QStringLiteral("isSyncing"));
    if (!syncing.isBool())
        return bad(QCoreApplication::translate("ChainTypes", "isSyncing is not a boolean"));
    s.isSyncing = syncing.toBool();
    for (const auto &[key, target] : { std::pair { QStringLiteral("genesisHash"), &s.genesisHash },
             std::pair { QStringLiteral("latestHash"), &s.latestHash } }) {
        if (!s.raw.contains(key))
            continue;
        auto hash = fisco::parseHash(s.raw.value(key), key);
        if (!hash)
            return hash.error();
        *target = *hash;
    }
    s.peerCount = static_cast<int>(s.raw.value(QStringLiteral("peers")).toArray().size());
    return s;
}

Result<QList<QByteArray>> sealerListFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return bad(QCoreApplication::translate("ChainTypes", "the sealer list is not an array"));
    QList<QByteArray> out;
    for (const QJsonValue &entry : value.toArray()) {
        auto id = fisco::parseNodeId(entry, QCoreApplication::translate("ChainTypes", "a sealer node id"));
        if (!id)
            return id.error();
        out.append(*id);
    }
    return out;
}

Result<QList<quint64>> groupListFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return bad(QCoreApplication::translate("ChainTypes", "the group list is not an array"));
    QList<quint64> out;
    for (const QJsonValue &entry : value.toArray()) {
        auto id = fisco::parseQuantity(entry, QCoreApplication::translate("ChainTypes", "a group id"));
        if (!id)
            return id.error();
        out.append(*id);
    }
    return out;
}

} // namespace credit::chain
