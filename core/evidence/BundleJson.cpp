// SPDX-License-Identifier: Apache-2.0
#include "evidence/BundleJson.h"

#include "codec/ChainJson.h"
#include "codec/MerkleJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace credit::evidence {

namespace {

Error bad(const QString &member, const QString &why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("EvidenceBundle", "evidence bundle: %1: %2").arg(member, why));
}

// Deepest nesting of arrays and objects, counted outside strings, stopping as
// soon as the limit is passed: QJsonDocument would otherwise recurse first.
bool nestedTooDeeply(QByteArrayView json, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return false;
}

// The hashed fields of a receipt only: what the Merkle proof covers.
QJsonObject receiptJson(const chain::Receipt &r)
{
    QJsonObject o = chain::receiptToJson(r, {});
    for (const char *context :
        { "transactionHash", "transactionIndex", "blockNumber", "blockHash", "from", "to", "input", "statusMsg" })
        o.remove(QLatin1String(context));
    return o;
}

QJsonObject sealedJson(const SealedHeader &s)
{
    return { { QStringLiteral("header"), chain::headerToJson(s.header, s.claimedHash, true) },
        { QStringLiteral("signatureList"), chain::signaturesToJson(s.signatures) } };
}

// Readers of one member each; `where` names it in errors ("steps[2].receipt").
class Reader {
public:
    explicit Reader(QString where) : m_where(std::move(where)) { }

    Result<QJsonObject> object(const QJsonObject &o, const char *name) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isObject())
            return bad(at(name), QCoreApplication::translate("EvidenceBundle", "an object is required"));
        return v.toObject();
    }
    Result<QJsonArray> array(const QJsonObject &o, const char *name, qsizetype max) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isArray())
            return bad(at(name), QCoreApplication::translate("EvidenceBundle", "an array is required"));
        if (v.toArray().size() > max)
            return bad(at(name), QCoreApplication::translate("EvidenceBundle", "more than %1 entries").arg(max));
        return v.toArray();
    }
    Result<quint64> integer(const QJsonObject &o, const char *name) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        // Whole numbers below 2^53 only: larger ones do not survive a double.
        constexpr double kMaxExact = 9007199254740991.0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > kMaxExact
            || v.toDouble() != static_cast<double>(v.toInteger()))
            return bad(
                at(name), QCoreApplication::translate("EvidenceBundle", "a whole number from 0 to 2^53 is required"));
        return static_cast<quint64>(v.toInteger());
    }
    Result<QByteArray> bytes(const QJsonObject &o, const char *name, int size) const
    {
        auto b = chain::json::toBytes(o.value(QLatin1String(name)), at(name), size);
        if (!b)
            return bad(at(name), b.error().message);
        return b;
    }
    Result<QString> text(const QJsonObject &o, const char *name) const
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isString())
            return bad(at(name), QCoreApplication::translate("EvidenceBundle", "a string is required"));
        return v.toString();
    }
    Result<SealedHeader> sealed(const QJsonObject &o) const
    {
        auto header = object(o, "header");
        if (!header)
            return header.error();
        SealedHeader s;
        auto fields = chain::headerFromJson(*header);
        if (!fields)
            return bad(at("header"), fields.error().message);
        s.header = std::move(*fields);
        auto hash = Reader(at("header")).bytes(*header, "hash", 32);
        if (!hash)
            return hash.error();
        s.claimedHash = *hash;
        auto list = array(o, "signatureList", kMaxSignatures);
        if (!list)
            return list.error();
        auto signatures = chain::signaturesFromJson(*list);
        if (!signatures)
            return bad(at("signatureList"), signatures.error().message);
        s.signatures = std::move(*signatures);
        return s;
    }
    Result<merkle::Proof> proof(const QJsonObject &o, const char *name) const
    {
        auto list = array(o, name, merkle::kMaxProofLevels);
        if (!list)
            return list.error();
        auto p = merkle::proofFromJson(*list);
        if (!p)
            return bad(at(name), p.error().message);
        return p;
    }
    QString at(const char *name) const
    {
        return m_where.isEmpty() ? QLatin1String(name) : m_where + u'.' + QLatin1String(name);
    }

private:
    QString m_where;
};

Result<EvidenceStep> readStep(const QJsonObject &o, const QString &where)
{
    const Reader r(where);
    EvidenceStep s;
    auto kind = r.text(o, "kind");
    auto sealed = r.sealed(o);
    auto tx = r.object(o, "transaction");
    auto receipt = r.object(o, "receipt");
    auto logIndex = r.integer(o, "logIndex");
    auto event = r.object(o, "event");
    for (const Error *e : { kind ? nullptr : &kind.error(), sealed ? nullptr : &sealed.error(),
             tx ? nullptr : &tx.error(), receipt ? nullptr : &receipt.error(), logIndex ? nullptr : &logIndex.error(),
             event ? nullptr : &event.error() })
        if (e)
            return *e;
    if (*logIndex > std::numeric_limits<quint32>::max())
        return bad(r.at("logIndex"), QCoreApplication::translate("EvidenceBundle", "out of range"));
    s.kind = *kind;
    s.block = std::move(*sealed);
    s.logIndex = static_cast<quint32>(*logIndex);
    s.event = *event;

    const Reader t(r.at("transaction"));
    auto raw = t.bytes(*tx, "raw", -1);
    auto index = t.integer(*tx, "index");
    auto txProof = t.proof(*tx, "proof");
    const Reader rc(r.at("receipt"));
    auto fields = rc.object(*receipt, "fields");
    auto receiptProof = rc.proof(*receipt, "proof");
    for (const Error *e :
        { raw ? nullptr : &raw.error(), index ? nullptr : &index.error(), txProof ? nullptr : &txProof.error(),
            fields ? nullptr : &fields.error(), receiptProof ? nullptr : &receiptProof.error() })
        if (e)
            return *e;
    auto parsed = chain::receiptFromJson(*fields);
    if (!parsed)
        return bad(rc.at("fields"), parsed.error().message);
    s.rawTransaction = *raw;
    s.transactionIndex = *index;
    s.transactionProof = std::move(*txProof);
    s.receipt = std::move(*parsed);
    s.receiptProof = std::move(*receiptProof);
    return s;
}

Result<void> readTop(const QJsonObject &o, EvidenceBundle &b)
{
    const Reader r({});
    auto format = r.text(o, "format");
    if (!format || *format != kFormatName)
        return bad(QStringLiteral("format"),
            QCoreApplication::translate("EvidenceBundle", "not a CreditChain evidence bundle"));
    auto version = r.integer(o, "version");
    if (!version)
        return version.error();
    if (*version != static_cast<quint64>(kFormatVersion))
        return bad(QStringLiteral("version"),
            QCoreApplication::translate("EvidenceBundle", "version %1 is not supported (this build reads version %2)")
                .arg(*version)
                .arg(kFormatVersion));
    auto chainId = r.integer(o, "chainId");
    auto groupId = r.integer(o, "groupId");
    auto contract = r.bytes(o, "contract", 20);
    auto orderId = r.integer(o, "orderId");
    auto anchor = r.bytes(o, "anchor", 32);
    auto genesis = r.object(o, "genesis");
    for (const Error *e : { chainId ? nullptr : &chainId.error(), groupId ? nullptr : &groupId.error(),
             contract ? nullptr : &contract.error(), orderId ? nullptr : &orderId.error(),
             anchor ? nullptr : &anchor.error(), genesis ? nullptr : &genesis.error() })
        if (e)
            return *e;
    auto genesisHeader = chain::headerFromJson(*genesis);
    if (!genesisHeader)
        return bad(QStringLiteral("genesis"), genesisHeader.error().message);
    b.formatVersion = kFormatVersion;
    b.chainId = *chainId;
    b.groupId = *groupId;
    b.contractAddress = *contract;
    b.orderId = *orderId;
    b.anchor = *anchor;
    b.genesis = std::move(*genesisHeader);
    return {};
}

Result<void> readLists(const QJsonObject &o, EvidenceBundle &b)
{
    const Reader r({});
    auto changes = r.array(o, "sealerChanges", kMaxSealerChanges);
    if (!changes)
        return changes.error();
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const QString where = QStringLiteral("sealerChanges[%1]").arg(i);
        if (!changes->at(i).isObject())
            return bad(where, QCoreApplication::translate("EvidenceBundle", "an object is required"));
        auto s = Reader(where).sealed(changes->at(i).toObject());
        if (!s)
            return s.error();
        b.sealerChanges << std::move(*s);
    }
    auto steps = r.array(o, "steps", kMaxSteps);
    if (!steps)
        return steps.error();
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const QString where = QStringLiteral("steps[%1]").arg(i);
        if (!steps->at(i).isObject())
            return bad(where, QCoreApplication::translate("EvidenceBundle", "an object is required"));
        auto s = readStep(steps->at(i).toObject(), where);
        if (!s)
            return s.error();
        b.steps << std::move(*s);
    }
    auto documents = r.array(o, "documents", kMaxDocuments);
    if (!documents)
        return documents.error();
    for (qsizetype i = 0; i < documents->size(); ++i) {
        const Reader d(QStringLiteral("documents[%1]").arg(i));
        const QJsonObject doc = documents->at(i).toObject();
        auto role = d.text(doc, "role");
        auto sm3 = d.bytes(doc, "sm3", 32);
        if (!role)
            return role.error();
        if (!sm3)
            return sm3.error();
        b.documents << DocumentRef { *role, *sm3 };
    }
    return {};
}

Result<void> readExporter(const QJsonObject &o, EvidenceBundle &b)
{
    auto exporter = Reader({}).object(o, "exporter");
    if (!exporter)
        return exporter.error();
    const Reader r(QStringLiteral("exporter"));
    auto key = r.bytes(*exporter, "publicKey", 64);
    auto at = r.integer(*exporter, "exportedAt");
    auto signature = r.bytes(*exporter, "signature", 64);
    for (const Error *e :
        { key ? nullptr : &key.error(), at ? nullptr : &at.error(), signature ? nullptr : &signature.error() })
        if (e)
            return *e;
    b.exporter = ExporterSeal { *key, static_cast<qint64>(*at), *signature };
    return {};
}

} // namespace

QByteArray writeBundle(const EvidenceBundle &b)
{
    QJsonArray changes;
    for (const SealedHeader &s : b.sealerChanges)
        changes << sealedJson(s);
    QJsonArray steps;
    for (const EvidenceStep &s : b.steps) {
        QJsonObject step = sealedJson(s.block);
        step.insert(QStringLiteral("kind"), s.kind);
        step.insert(QStringLiteral("transaction"),
            QJsonObject { { QStringLiteral("raw"), chain::json::bytes(s.rawTransaction) },
                { QStringLiteral("index"), static_cast<qint64>(s.transactionIndex) },
                { QStringLiteral("proof"), merkle::proofToJson(s.transactionProof) } });
        step.insert(QStringLiteral("receipt"),
            QJsonObject { { QStringLiteral("fields"), receiptJson(s.receipt) },
                { QStringLiteral("proof"), merkle::proofToJson(s.receiptProof) } });
        step.insert(QStringLiteral("logIndex"), static_cast<qint64>(s.logIndex));
        step.insert(QStringLiteral("event"), s.event);
        steps << step;
    }
    QJsonArray documents;
    for (const DocumentRef &d : b.documents)
        documents << QJsonObject { { QStringLiteral("role"), d.role },
            { QStringLiteral("sm3"), chain::json::bytes(d.sm3) } };
    QJsonObject genesis = chain::headerToJson(b.genesis, b.anchor, true);
    genesis.remove(QStringLiteral("hash")); // the anchor member says it once
    const QJsonObject o {
        { QStringLiteral("format"), QString(kFormatName) },
        { QStringLiteral("version"), b.formatVersion },
        { QStringLiteral("chainId"), static_cast<qint64>(b.chainId) },
        { QStringLiteral("groupId"), static_cast<qint64>(b.groupId) },
        { QStringLiteral("contract"), chain::json::bytes(b.contractAddress) },
        { QStringLiteral("orderId"), static_cast<qint64>(b.orderId) },
        { QStringLiteral("anchor"), chain::json::bytes(b.anchor) },
        { QStringLiteral("genesis"), genesis },
        { QStringLiteral("sealerChanges"), changes },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("documents"), documents },
        { QStringLiteral("exporter"),
            QJsonObject { { QStringLiteral("publicKey"), chain::json::bytes(b.exporter.publicKey) },
                { QStringLiteral("exportedAt"), b.exporter.exportedAtMs },
                { QStringLiteral("signature"), chain::json::bytes(b.exporter.signature) } } },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<EvidenceBundle> readBundle(QByteArrayView json)
{
    if (json.size() > kMaxBundleBytes)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "EvidenceBundle", "evidence bundle: %1 bytes is larger than the %2 bytes a bundle may have")
                .arg(json.size())
                .arg(kMaxBundleBytes));
    if (nestedTooDeeply(json, kMaxNestingDepth))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "EvidenceBundle", "evidence bundle: nested more than %1 levels deep; a bundle needs far fewer")
                .arg(kMaxNestingDepth));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("EvidenceBundle", "evidence bundle: not JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("EvidenceBundle", "evidence bundle: the top level must be an object"));
    EvidenceBundle b;
    const QJsonObject o = doc.object();
    if (auto r = readTop(o, b); !r)
        return r.error();
    if (auto r = readLists(o, b); !r)
        return r.error();
    if (auto r = readExporter(o, b); !r)
        return r.error();
    return b;
}

} // namespace credit::evidence
