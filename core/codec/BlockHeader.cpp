// SPDX-License-Identifier: Apache-2.0
#include "codec/BlockHeader.h"

#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Rlp.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace credit::chain {

namespace {
constexpr int kHashSize = 32;
constexpr int kMaxSealers = 1000;
constexpr int kMaxExtraData = 64;
} // namespace

QByteArray BlockHeader::encode() const
{
    QList<QByteArray> extra;
    for (const auto &e : extraData)
        extra << rlp::encodeBytes(e);
    QList<QByteArray> sealers;
    for (const auto &s : sealerList)
        sealers << rlp::encodeBytes(s);
    return rlp::encodeList({ rlp::encodeBytes(parentHash), rlp::encodeBytes(stateRoot),
        rlp::encodeBytes(transactionsRoot), rlp::encodeBytes(receiptsRoot), rlp::encodeBytes(dbHash),
        rlp::encodeBytes(logsBloom), rlp::encodeUInt(number), rlp::encodeUInt(gasLimit), rlp::encodeUInt(gasUsed),
        rlp::encodeUInt(timestamp), rlp::encodeList(extra), rlp::encodeUInt(sealer), rlp::encodeList(sealers) });
}

QByteArray BlockHeader::hash() const
{
    return crypto::sm3(encode());
}

QJsonObject headerToJson(const BlockHeader &h, const QByteArray &hash, bool numberAsInteger)
{
    QJsonArray extra;
    for (const auto &e : h.extraData)
        extra << json::bytes(e);
    QJsonArray sealers;
    for (const auto &s : h.sealerList)
        sealers << hex::encode(s); // FISCO writes node ids without 0x
    return {
        { QStringLiteral("hash"), json::bytes(hash) },
        { QStringLiteral("parentHash"), json::bytes(h.parentHash) },
        { QStringLiteral("stateRoot"), json::bytes(h.stateRoot) },
        { QStringLiteral("transactionsRoot"), json::bytes(h.transactionsRoot) },
        { QStringLiteral("receiptsRoot"), json::bytes(h.receiptsRoot) },
        { QStringLiteral("dbHash"), json::bytes(h.dbHash) },
        { QStringLiteral("logsBloom"), json::bytes(h.logsBloom) },
        { QStringLiteral("number"),
            numberAsInteger ? QJsonValue(static_cast<qint64>(h.number)) : QJsonValue(json::quantity(h.number)) },
        { QStringLiteral("gasLimit"), json::quantity(h.gasLimit) },
        { QStringLiteral("gasUsed"), json::quantity(h.gasUsed) },
        { QStringLiteral("timestamp"), json::quantity(h.timestamp) },
        { QStringLiteral("extraData"), extra },
        { QStringLiteral("sealer"), json::quantity(h.sealer) },
        { QStringLiteral("sealerList"), sealers },
    };
}

QJsonArray signaturesToJson(const QList<SealerSignature> &signatures)
{
    QJsonArray out;
    for (const auto &s : signatures)
        out << QJsonObject { { QStringLiteral("index"), json::quantity(s.index) },
            { QStringLiteral("signature"), json::bytes(s.signature) } };
    return out;
}

Result<BlockHeader> headerFromJson(const QJsonObject &o)
{
    BlockHeader h;
    struct HashField {
        const char *name;
        QByteArray *target;
        int size;
    };
    const HashField hashes[] = { { "parentHash", &h.parentHash, kHashSize }, { "stateRoot", &h.stateRoot, kHashSize },
        { "transactionsRoot", &h.transactionsRoot, kHashSize }, { "receiptsRoot", &h.receiptsRoot, kHashSize },
        { "dbHash", &h.dbHash, kHashSize }, { "logsBloom", &h.logsBloom, kBloomSize } };
    for (const auto &f : hashes) {
        const QString name = QString::fromLatin1(f.name);
        auto v = json::toBytes(o.value(name), name, f.size);
        if (!v)
            return v.error();
        *f.target = *v;
    }
    struct NumberField {
        const char *name;
        quint64 *target;
    };
    const NumberField numbers[] = { { "number", &h.number }, { "gasLimit", &h.gasLimit }, { "gasUsed", &h.gasUsed },
        { "timestamp", &h.timestamp }, { "sealer", &h.sealer } };
    for (const auto &f : numbers) {
        auto v = json::toQuantity(o.value(QLatin1String(f.name)), QString::fromLatin1(f.name));
        if (!v)
            return v.error();
        *f.target = *v;
    }
    const QJsonValue extra = o.value(QStringLiteral("extraData"));
    const QJsonValue sealers = o.value(QStringLiteral("sealerList"));
    if (!extra.isArray() || extra.toArray().size() > kMaxExtraData)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("BlockHeader", "extraData must be an array of hex strings"));
    if (!sealers.isArray() || sealers.toArray().isEmpty() || sealers.toArray().size() > kMaxSealers)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("BlockHeader", "sealerList must be a non-empty array of node ids"));
    for (const auto &e : extra.toArray()) {
        auto v = json::toBytes(e, QStringLiteral("extraData"));
        if (!v)
            return v.error();
        h.extraData << *v;
    }
    for (const auto &s : sealers.toArray()) {
        auto v = json::toBytesLenient(s, QStringLiteral("sealerList"), kNodeIdSize);
        if (!v)
            return v.error();
        h.sealerList << *v;
    }
    if (h.sealer >= static_cast<quint64>(h.sealerList.size()))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("BlockHeader", "sealer index %1 is outside the sealer list").arg(h.sealer));
    return h;
}

Result<QList<SealerSignature>> signaturesFromJson(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().size() > kMaxSealers)
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("BlockHeader", "signatureList must be an array"));
    QList<SealerSignature> out;
    for (const auto &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        auto index = json::toQuantity(o.value(QStringLiteral("index")), QStringLiteral("signatureList.index"));
        if (!index)
            return index.error();
        auto sig = json::toBytes(o.value(QStringLiteral("signature")), QStringLiteral("signatureList.signature"));
        if (!sig)
            return sig.error();
        if (sig->size() != 128 && sig->size() != 64)
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("BlockHeader", "a sealer signature is r‖s‖pub (128 bytes), got %1")
                    .arg(sig->size()));
        out << SealerSignature { *index, *sig };
    }
    return out;
}

} // namespace credit::chain
