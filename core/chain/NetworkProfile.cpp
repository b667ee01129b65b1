// SPDX-License-Identifier: Apache-2.0
#include "chain/NetworkProfile.h"

#include "codec/Hex.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace credit::chain {

namespace {

Error invalid(const QString &field, const QString &what)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("NetworkProfile", "network profile: \"%1\" %2").arg(field, what));
}

//! A positive integer that a JSON double holds exactly (chain and group ids are small).
Result<quint64> positiveInteger(const QJsonObject &object, const QString &field)
{
    const QJsonValue v = object.value(field);
    if (!v.isDouble())
        return invalid(field, QCoreApplication::translate("NetworkProfile", "must be a number"));
    const double d = v.toDouble();
    if (d < 1 || d > 9007199254740991.0 || d != static_cast<double>(static_cast<quint64>(d)))
        return invalid(field, QCoreApplication::translate("NetworkProfile", "must be a positive integer"));
    return static_cast<quint64>(d);
}

Result<QByteArray> fixedHex(const QJsonObject &object, const QString &field, int length)
{
    const QJsonValue v = object.value(field);
    if (!v.isString())
        return invalid(field, QCoreApplication::translate("NetworkProfile", "must be a hex string"));
    auto bytes = hex::decodeFixed(v.toString(), length);
    if (!bytes)
        return invalid(field,
            QCoreApplication::translate("NetworkProfile", "must be %1 bytes of hex: %2")
                .arg(length)
                .arg(bytes.error().message));
    return bytes;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}

} // namespace

Result<NetworkProfile> NetworkProfile::fromJson(const QJsonObject &object)
{
    NetworkProfile p;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(
            QStringLiteral("name"), QCoreApplication::translate("NetworkProfile", "must be a non-empty string"));
    p.name = name.toString();
    auto chainId = positiveInteger(object, QStringLiteral("chainId"));
    if (!chainId)
        return chainId.error();
    p.chainId = *chainId;
    auto groupId = positiveInteger(object, QStringLiteral("groupId"));
    if (!groupId)
        return groupId.error();
    p.groupId = *groupId;

    const QJsonValue endpoints = object.value(QStringLiteral("endpoints"));
    if (!endpoints.isArray() || endpoints.toArray().isEmpty())
        return invalid(QStringLiteral("endpoints"),
            QCoreApplication::translate("NetworkProfile", "must be a non-empty array of URLs"));
    for (const QJsonValue &e : endpoints.toArray()) {
        if (!e.isString() || !isHttpUrl(e.toString()))
            return invalid(QStringLiteral("endpoints"),
                QCoreApplication::translate("NetworkProfile", "holds \"%1\", which is not an http(s) URL")
                    .arg(e.toVariant().toString()));
        p.endpoints << e.toString();
    }

    auto genesis = fixedHex(object, QStringLiteral("genesisHash"), 32);
    if (!genesis)
        return genesis.error();
    p.genesisHash = *genesis;
    auto contract = fixedHex(object, QStringLiteral("contractAddress"), 20);
    if (!contract)
        return contract.error();
    p.contractAddress = *contract;

    // The document store is optional (a read-only regulator may not fetch documents).
    const QJsonValue store = object.value(QStringLiteral("documentStore"));
    if (!store.isUndefined() && !store.isNull()) {
        if (!store.isString() || (!store.toString().isEmpty() && !isHttpUrl(store.toString())))
            return invalid(QStringLiteral("documentStore"),
                QCoreApplication::translate("NetworkProfile", "must be an http(s) URL"));
        p.documentStore = store.toString();
    }
    return p;
}

Result<NetworkProfile> NetworkProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
            QCoreApplication::translate("NetworkProfile", "cannot read network profile %1: %2")
                .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("NetworkProfile", "network profile %1 is not a JSON object: %2")
                .arg(path, parseError.errorString()));
    auto profile = fromJson(doc.object());
    if (!profile)
        return makeError(profile.error().kind, QStringLiteral("%1: %2").arg(path, profile.error().message));
    return profile;
}

QJsonObject NetworkProfile::toJson() const
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("chainId"), static_cast<qint64>(chainId) },
        { QStringLiteral("groupId"), static_cast<qint64>(groupId) },
        { QStringLiteral("endpoints"), QJsonArray::fromStringList(endpoints) },
        { QStringLiteral("genesisHash"), hex::encodePrefixed(genesisHash) },
        { QStringLiteral("contractAddress"), hex::encodePrefixed(contractAddress) },
        { QStringLiteral("documentStore"), documentStore } };
}

} // namespace credit::chain
