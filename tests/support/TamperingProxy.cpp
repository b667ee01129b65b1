// SPDX-License-Identifier: Apache-2.0
#include "TamperingProxy.h"

#include "ScriptedHttpServer.h"
#include "chain/CurlTransport.h"
#include "codec/BlockHeader.h"
#include "codec/ChainJson.h"
#include "crypto/Sm3.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace credit::test {

namespace {

const QString kHeaderMethod = QStringLiteral("getBlockHeaderByNumber");
const QString kBodyMethod = QStringLiteral("getBlockByNumber");
const QString kReceiptMethod = QStringLiteral("getTransactionReceipt");
const QString kSignatures = QStringLiteral("signatureList");

QString idKey(const QJsonValue &id)
{
    return id.toVariant().toString();
}

QString method(const QJsonObject &call)
{
    return call.value(QStringLiteral("method")).toString();
}

QJsonValue param(const QJsonObject &call, qsizetype i)
{
    return call.value(QStringLiteral("params")).toArray().at(i);
}

QByteArray flipLastByte(QByteArray bytes)
{
    if (!bytes.isEmpty())
        bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 0x01);
    return bytes;
}

} // namespace

TamperingProxy::TamperingProxy(const QString &upstreamUrl, Plan plan)
    : m_upstreamUrl(upstreamUrl), m_plan(std::move(plan)),
      // A fixed key nobody put in a sealer list: the failures are reproducible.
      m_outsider(crypto::Sm2PrivateKey::fromRaw(crypto::sm3("tampering-proxy outsider")).value())
{
    m_server = std::make_unique<ScriptedHttpServer>([this](const QByteArray &body, int) {
        const Reply r = handle(body);
        ScriptedHttpServer::Reply out = ScriptedHttpServer::json(r.body, r.status);
        out.delayMs = r.delayMs;
        return out;
    });
}

TamperingProxy::~TamperingProxy() = default;

QString TamperingProxy::url() const
{
    return m_server->url();
}

QString TamperingProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::HeaderField:
        return QStringLiteral("header field");
    case Mode::HashField:
        return QStringLiteral("hash field");
    case Mode::DropSignatures:
        return QStringLiteral("dropped signatures");
    case Mode::ForeignSignature:
        return QStringLiteral("non-sealer signature");
    case Mode::OutsideIndex:
        return QStringLiteral("signer index past the list");
    case Mode::DuplicateSigner:
        return QStringLiteral("duplicated signer");
    case Mode::NoSignatureList:
        return QStringLiteral("no signature list");
    case Mode::TransactionsRoot:
        return QStringLiteral("re-signed transactionsRoot");
    case Mode::ForgedSealerChange:
        return QStringLiteral("forged sealer change");
    case Mode::ReorderTransactions:
        return QStringLiteral("reordered transactions");
    case Mode::ReceiptLog:
        return QStringLiteral("receipt log data");
    case Mode::MissingReceipt:
        return QStringLiteral("missing receipt");
    case Mode::OtherChain:
        return QStringLiteral("block of another chain");
    case Mode::InvalidJson:
        return QStringLiteral("invalid JSON");
    case Mode::Stall:
        return QStringLiteral("stall");
    }
    return QStringLiteral("?");
}

TamperingProxy::Reply TamperingProxy::handle(const QByteArray &body)
{
    const QJsonDocument request = QJsonDocument::fromJson(body);
    QHash<QString, QJsonObject> calls; // by id: a batch's answers may come in any order
    bool concerns = false;
    const QJsonArray list = request.isArray() ? request.array() : QJsonArray { request.object() };
    for (const QJsonValue &v : list) {
        const QJsonObject call = v.toObject();
        calls.insert(idKey(call.value(QStringLiteral("id"))), call);
        concerns = concerns || concernsTarget(call);
    }

    if (!m_upstream)
        m_upstream = std::make_unique<chain::CurlTransport>(m_upstreamUrl, chain::RpcOptions {});
    auto forwarded = std::move(m_upstream->postAll({ body }).first());
    if (!forwarded)
        return { forwarded.error().toError().message.toUtf8(), 502, 0 };
    Reply reply { forwarded->body, forwarded->status, 0 };
    if (!concerns || m_plan.mode == Mode::None)
        return reply;
    if (m_plan.mode == Mode::Stall) {
        ++m_tampered;
        reply.delayMs = m_plan.stallMs;
        return reply;
    }
    if (m_plan.mode == Mode::InvalidJson) {
        ++m_tampered;
        reply.body.truncate(reply.body.size() / 2);
        return reply;
    }

    const QJsonDocument answer = QJsonDocument::fromJson(reply.body);
    const auto alter = [&](QJsonObject response) {
        const auto call = calls.constFind(idKey(response.value(QStringLiteral("id"))));
        if (call == calls.cend() || !concernsTarget(*call))
            return response;
        if (tamper(*call, response))
            ++m_tampered;
        if (method(*call) == kBodyMethod)
            rememberBody(response);
        return response;
    };
    if (answer.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : answer.array())
            out << alter(v.toObject());
        reply.body = QJsonDocument(out).toJson(QJsonDocument::Compact);
    } else if (answer.isObject()) {
        reply.body = QJsonDocument(alter(answer.object())).toJson(QJsonDocument::Compact);
    }
    return reply;
}

bool TamperingProxy::concernsTarget(const QJsonObject &call) const
{
    const QString m = method(call);
    if (m == kHeaderMethod || m == kBodyMethod) {
        const auto number = chain::json::toQuantity(param(call, 1), QStringLiteral("number"));
        return number && *number == m_plan.target;
    }
    return m == kReceiptMethod && m_targetTxs.contains(param(call, 1).toString().toLower());
}

bool TamperingProxy::tamper(const QJsonObject &call, QJsonObject &response)
{
    if (m_plan.mode == Mode::OtherChain)
        return fromOtherChain(call, response);
    const QString m = method(call);
    const QJsonValue result = response.value(QStringLiteral("result"));
    if (m == kReceiptMethod)
        return tamperReceipt(param(call, 1).toString().toLower(), response);
    if (!result.isObject())
        return false;
    QJsonObject object = result.toObject();
    bool changed = false;
    if (m == kHeaderMethod) {
        changed = tamperHeader(object);
    } else if (m == kBodyMethod && m_plan.mode == Mode::ReorderTransactions) {
        QJsonArray txs = object.value(QStringLiteral("transactions")).toArray();
        if (txs.size() >= 2) {
            const QJsonValue first = txs.at(0);
            txs[0] = txs.at(1);
            txs[1] = first;
            object.insert(QStringLiteral("transactions"), txs);
            changed = true;
        }
    }
    if (changed)
        response.insert(QStringLiteral("result"), object);
    return changed;
}

bool TamperingProxy::tamperHeader(QJsonObject &h)
{
    const auto hash = chain::json::toBytes(h.value(QStringLiteral("hash")), QStringLiteral("hash"), 32);
    auto signatures = chain::signaturesFromJson(h.value(kSignatures));
    if (!hash || !signatures)
        return false;
    QList<chain::SealerSignature> &sigs = *signatures;
    const auto signedBy = [](const crypto::Sm2PrivateKey &key, const QByteArray &digest) {
        return key.sign(digest).value() + key.publicKey().raw();
    };
    switch (m_plan.mode) {
    case Mode::HeaderField: {
        const auto gas = chain::json::toQuantity(h.value(QStringLiteral("gasUsed")), QStringLiteral("gasUsed"));
        if (!gas)
            return false;
        h.insert(QStringLiteral("gasUsed"), chain::json::quantity(*gas + 1));
        return true;
    }
    case Mode::HashField:
        h.insert(QStringLiteral("hash"), chain::json::bytes(flipLastByte(*hash)));
        return true;
    case Mode::DropSignatures:
        if (sigs.size() < m_plan.dropSignatures)
            return false;
        h.insert(kSignatures, chain::signaturesToJson(sigs.mid(m_plan.dropSignatures)));
        return true;
    case Mode::ForeignSignature:
        if (sigs.isEmpty())
            return false;
        sigs[0].signature = signedBy(m_outsider, *hash);
        h.insert(kSignatures, chain::signaturesToJson(sigs));
        return true;
    case Mode::OutsideIndex: {
        const auto sealers = static_cast<quint64>(h.value(QStringLiteral("sealerList")).toArray().size());
        sigs << chain::SealerSignature { sealers, signedBy(m_outsider, *hash) };
        h.insert(kSignatures, chain::signaturesToJson(sigs));
        return true;
    }
    case Mode::DuplicateSigner:
        if (sigs.size() < 2)
            return false;
        sigs.last() = sigs.first();
        h.insert(kSignatures, chain::signaturesToJson(sigs));
        return true;
    case Mode::NoSignatureList:
        h.remove(kSignatures);
        return true;
    case Mode::TransactionsRoot: {
        // What a quorum of colluding sealers could serve: only rule 4a can tell.
        auto header = chain::headerFromJson(h);
        if (!header)
            return false;
        header->transactionsRoot = crypto::sm3(header->transactionsRoot);
        const QByteArray forged = header->hash();
        QList<chain::SealerSignature> resigned;
        for (const auto &key : std::as_const(m_plan.sealerKeys)) {
            const qsizetype i = header->sealerList.indexOf(key.publicKey().raw());
            if (i >= 0)
                resigned << chain::SealerSignature { static_cast<quint64>(i), signedBy(key, forged) };
        }
        const QJsonObject fields = chain::headerToJson(*header, forged, h.value(QStringLiteral("number")).isDouble());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            h.insert(it.key(), it.value());
        h.insert(kSignatures, chain::signaturesToJson(resigned));
        return !resigned.isEmpty();
    }
    case Mode::ForgedSealerChange: {
        // Two real sealers and two newcomers sign a list that seats the newcomers:
        // a quorum of the new list, but only 2 of the 4 sealers trusted so far.
        auto header = chain::headerFromJson(h);
        if (!header || header->sealerList.size() != 4 || m_plan.sealerKeys.size() < 2)
            return false;
        const crypto::Sm2PrivateKey newcomers[2] = { m_outsider, crypto::Sm2PrivateKey::generate().value() };
        QList<crypto::Sm2PrivateKey> signers;
        for (const auto &key : std::as_const(m_plan.sealerKeys)) {
            const qsizetype i = header->sealerList.indexOf(key.publicKey().raw());
            if (i == 0 || i == 1)
                signers << key;
        }
        header->sealerList[2] = newcomers[0].publicKey().raw();
        header->sealerList[3] = newcomers[1].publicKey().raw();
        signers << newcomers[0] << newcomers[1];
        const QByteArray forged = header->hash();
        QList<chain::SealerSignature> resigned;
        for (const auto &key : std::as_const(signers))
            resigned << chain::SealerSignature {
                static_cast<quint64>(header->sealerList.indexOf(key.publicKey().raw())), signedBy(key, forged)
            };
        const QJsonObject fields = chain::headerToJson(*header, forged, h.value(QStringLiteral("number")).isDouble());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            h.insert(it.key(), it.value());
        h.insert(kSignatures, chain::signaturesToJson(resigned));
        return resigned.size() == 4;
    }
    default:
        return false;
    }
}

bool TamperingProxy::tamperReceipt(const QString &txHash, QJsonObject &response)
{
    if (txHash != m_lastTx)
        return false;
    if (m_plan.mode == Mode::MissingReceipt) {
        response.insert(QStringLiteral("result"), QJsonValue::Null);
        return true;
    }
    if (m_plan.mode != Mode::ReceiptLog)
        return false;
    QJsonObject receipt = response.value(QStringLiteral("result")).toObject();
    QJsonArray logs = receipt.value(QStringLiteral("logs")).toArray();
    if (logs.isEmpty())
        return false;
    QJsonObject log = logs.at(0).toObject();
    const auto data = chain::json::toBytes(log.value(QStringLiteral("data")), QStringLiteral("data"));
    if (!data || data->isEmpty())
        return false;
    log.insert(QStringLiteral("data"), chain::json::bytes(flipLastByte(*data)));
    logs[0] = log;
    receipt.insert(QStringLiteral("logs"), logs);
    response.insert(QStringLiteral("result"), receipt);
    return true;
}

bool TamperingProxy::fromOtherChain(const QJsonObject &call, QJsonObject &response)
{
    if (!m_other)
        m_other = std::make_unique<chain::CurlTransport>(m_plan.otherChainUrl, chain::RpcOptions {});
    QJsonObject single = call;
    single.insert(QStringLiteral("id"), 1);
    auto reply = std::move(m_other->postAll({ QJsonDocument(single).toJson(QJsonDocument::Compact) }).first());
    if (!reply)
        return false;
    const QJsonObject other = QJsonDocument::fromJson(reply->body).object();
    if (!other.contains(QStringLiteral("result")) && !other.contains(QStringLiteral("error")))
        return false;
    for (const QString &key : { QStringLiteral("result"), QStringLiteral("error") }) {
        response.remove(key);
        if (other.contains(key))
            response.insert(key, other.value(key));
    }
    return true;
}

void TamperingProxy::rememberBody(const QJsonObject &response)
{
    const QJsonArray txs
        = response.value(QStringLiteral("result")).toObject().value(QStringLiteral("transactions")).toArray();
    for (const QJsonValue &tx : txs)
        m_targetTxs.insert(tx.toString().toLower());
    if (!txs.isEmpty())
        m_lastTx = txs.last().toString().toLower();
}

} // namespace credit::test
