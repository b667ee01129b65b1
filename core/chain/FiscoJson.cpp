// SPDX-License-Identifier: Apache-2.0
#include "chain/FiscoJson.h"

#include "codec/ChainJson.h"

#include <QCoreApplication>

namespace credit::chain::fisco {

namespace {

//! A node's answer that does not parse is the node's fault: Corrupt, not the caller's InvalidInput.
template<typename T> Result<T> fromNode(Result<T> r)
{
    if (r)
        return r;
    return makeError(ErrorKind::Corrupt, r.error().message);
}

} // namespace

QString quantity(quint64 value)
{
    return json::quantity(value);
}

Result<quint64> parseQuantity(const QJsonValue &value, QStringView field)
{
    // Nodes answer hex or JSON integers, never decimal strings.
    return fromNode(json::toQuantity(value, field.toString(), false));
}

Result<QByteArray> parseHash(const QJsonValue &value, QStringView field)
{
    return fromNode(json::toBytes(value, field.toString(), 32));
}

Result<QByteArray> parseAddress(const QJsonValue &value, QStringView field)
{
    return fromNode(json::toBytes(value, field.toString(), 20));
}

Result<QByteArray> parseBytes(const QJsonValue &value, QStringView field)
{
    return fromNode(json::toBytes(value, field.toString()));
}

Result<QByteArray> parseNodeId(const QJsonValue &value, QStringView field)
{
    if (!value.isString() || value.toString().startsWith(u"0x"))
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("FiscoJson", "%1 must be 128 hex digits without 0x").arg(field));
    return fromNode(json::toBytesLenient(value, field.toString(), 64));
}

} // namespace credit::chain::fisco
