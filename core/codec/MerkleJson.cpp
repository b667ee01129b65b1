// SPDX-License-Identifier: Apache-2.0
#include "codec/MerkleJson.h"

#include "codec/Hex.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace credit::merkle {

namespace {

const QString kLeft = QStringLiteral("left");
const QString kRight = QStringLiteral("right");

QJsonArray hexArray(const QList<QByteArray> &nodes)
{
    QJsonArray out;
    for (const QByteArray &node : nodes)
        out.append(hex::encode(node));
    return out;
}

Error malformed(qsizetype level, const QString &what)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("MerkleJson", "Merkle proof JSON, level %1: %2").arg(level).arg(what));
}

Result<QList<QByteArray>> nodesFrom(const QJsonObject &object, const QString &key, qsizetype level)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return malformed(level, QCoreApplication::translate("MerkleJson", "\"%1\" must be an array").arg(key));
    const QJsonArray array = value.toArray();
    if (array.size() > kFanOut - 1)
        return malformed(level,
            QCoreApplication::translate("MerkleJson", "\"%1\" has %2 entries; at most %3")
                .arg(key)
                .arg(array.size())
                .arg(kFanOut - 1));
    QList<QByteArray> nodes;
    for (const auto &entry : array) {
        if (!entry.isString())
            return malformed(
                level, QCoreApplication::translate("MerkleJson", "\"%1\" entries must be hex strings").arg(key));
        auto bytes = hex::decode(entry.toString());
        if (!bytes)
            return malformed(level, bytes.error().message);
        nodes.append(std::move(bytes).value());
    }
    return nodes;
}

} // namespace

QJsonArray proofToJson(const Proof &proof)
{
    QJsonArray out;
    for (const ProofLevel &level : proof)
        out.append(QJsonObject { { kLeft, hexArray(level.left) }, { kRight, hexArray(level.right) } });
    return out;
}

Result<Proof> proofFromJson(const QJsonArray &json)
{
    if (json.size() > kMaxProofLevels)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("MerkleJson", "Merkle proof JSON has %1 levels; at most %2")
                .arg(json.size())
                .arg(kMaxProofLevels));
    Proof proof;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!json[i].isObject())
            return malformed(i, QCoreApplication::translate("MerkleJson", "not an object"));
        const QJsonObject object = json[i].toObject();
        auto left = nodesFrom(object, kLeft, i);
        if (!left)
            return left.error();
        auto right = nodesFrom(object, kRight, i);
        if (!right)
            return right.error();
        proof.append(ProofLevel { std::move(left).value(), std::move(right).value() });
    }
    return proof;
}

} // namespace credit::merkle
