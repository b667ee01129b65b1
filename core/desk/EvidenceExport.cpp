// SPDX-License-Identifier: Apache-2.0
#include "desk/EvidenceExport.h"

#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/MerkleJson.h"
#include "codec/Transaction.h"
#include "evidence/EventJson.h"
#include "evidence/EvidenceManifest.h"
#include "evidence/EvidenceVerifier.h"
#include "store/EvidenceQueries.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace credit::desk {

namespace {

Error refused(const QString &why)
{
    return makeError(ErrorKind::Corrupt, why);
}

// A u256 field of FISCO's transaction JSON ("0x1f") as the minimal big-endian bytes the RLP carries.
Result<QByteArray> integerBytes(const QJsonObject &o, const QString &field)
{
    QString text = o.value(field).toString();
    if (!text.startsWith(QLatin1String("0x")))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("EvidenceExport", "the node's transaction has no field %1").arg(field));
    text = text.mid(2);
    if (text.size() % 2)
        text.prepend(u'0');
    auto bytes = hex::decode(text, false);
    if (!bytes)
        return bytes.error();
    qsizetype zeros = 0;
    while (zeros < bytes->size() && bytes->at(zeros) == '\0')
        ++zeros;
    return bytes->mid(zeros);
}

// Rebuilds the signed transaction from getTransactionByHash's fields; the caller checks its hash.
Result<tx::Transaction> transactionFromJson(const QJsonObject &o)
{
    tx::Transaction t;
    const QJsonObject sig = o.value(QStringLiteral("signature")).toObject();
    struct Integer {
        QString field;
        const QJsonObject *from;
        QByteArray *target;
    };
    const Integer integers[] = { { QStringLiteral("nonce"), &o, &t.nonce },
        { QStringLiteral("gasPrice"), &o, &t.gasPrice }, { QStringLiteral("gas"), &o, &t.gas },
        { QStringLiteral("blockLimit"), &o, &t.blockLimit }, { QStringLiteral("value"), &o, &t.value },
        { QStringLiteral("chainId"), &o, &t.chainId }, { QStringLiteral("groupId"), &o, &t.groupId },
        { QStringLiteral("r"), &sig, &t.r }, { QStringLiteral("s"), &sig, &t.s } };
    for (const Integer &i : integers) {
        auto v = integerBytes(*i.from, i.field);
        if (!v)
            return v.error();
        *i.target = *v;
    }
    auto to = chain::json::toBytes(o.value(QStringLiteral("to")), QStringLiteral("to"), 20);
    auto input = chain::json::toBytes(o.value(QStringLiteral("input")), QStringLiteral("input"));
    auto extra = chain::json::toBytes(o.value(QStringLiteral("extraData")), QStringLiteral("extraData"));
    auto pub = chain::json::toBytes(sig.value(QStringLiteral("v")), QStringLiteral("signature.v"), 64);
    for (const Error *e : { to ? nullptr : &to.error(), input ? nullptr : &input.error(),
             extra ? nullptr : &extra.error(), pub ? nullptr : &pub.error() })
        if (e)
            return *e;
    t.to = *to == QByteArray(20, '\0') ? QByteArray() : *to;
    t.data = *input;
    t.extraData = *extra;
    t.publicKey = *pub;
    return t;
}

class Exporter {
public:
    Exporter(store::EvidenceQueries &queries, chain::ChainRpc &rpc, const chain::CancelToken &cancel)
        : m_q(queries), m_rpc(rpc), m_cancel(cancel)
    {
    }

    //! The documents the exported steps' events reference, in step order.
    const QList<evidence::DocumentRef> &documents() const { return m_documents; }

    Result<void> checkCancel() const
    {
        if (m_cancel.isCancelled())
            return makeError(
                ErrorKind::Network, QCoreApplication::translate("EvidenceExport", "the evidence export was cancelled"));
        return {};
    }

    //! The stored (verified) header with the signatures a node serves for it.
    Result<evidence::SealedHeader> sealed(quint64 number)
    {
        if (const auto it = m_sealed.constFind(number); it != m_sealed.cend())
            return *it;
        if (auto c = checkCancel(); !c)
            return c.error();
        auto stored = m_q.header(number);
        if (!stored)
            return stored.error();
        Result<QJsonObject> served = m_rpc.getBlockHeaderByNumber(number, true);
        if (!served)
            return served.error();
        auto fields = chain::headerFromJson(*served);
        auto signatures = chain::signaturesFromJson(served->value(QStringLiteral("signatureList")));
        if (!fields || !signatures)
            return refused(
                QCoreApplication::translate("EvidenceExport", "the node's header of block %1 does not read: %2")
                    .arg(number)
                    .arg(fields ? signatures.error().message : fields.error().message));
        if (fields->hash() != stored->hash)
            return refused(QCoreApplication::translate(
                "EvidenceExport", "the node served block %1 with other fields than the verified store has")
                               .arg(number));
        evidence::SealedHeader s { std::move(stored->header), stored->hash, std::move(*signatures) };
        m_sealed.insert(number, s);
        return s;
    }

    Result<evidence::EvidenceStep> step(const store::OrderStepRow &row)
    {
        auto block = sealed(row.block);
        if (!block)
            return block.error();
        const chain::BlockHeader &h = block->header;
        evidence::EvidenceStep s;
        s.block = *block;
        s.transactionIndex = row.txIndex;
        s.logIndex = row.logIndex;
        const QString tx = hex::encodePrefixed(row.tx);
        const auto index = static_cast<qsizetype>(row.txIndex);

        if (auto c = checkCancel(); !c)
            return c.error();
        Result<std::optional<QJsonObject>> withProof = m_rpc.getTransactionByHashWithProof(row.tx);
        if (!withProof)
            return withProof.error();
        if (!*withProof)
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("EvidenceExport", "the node does not know transaction %1").arg(tx));
        auto transaction = transactionFromJson((*withProof)->value(QStringLiteral("transaction")).toObject());
        auto txProof = merkle::proofFromJson((*withProof)->value(QStringLiteral("txProof")).toArray());
        if (!transaction || !txProof)
            return refused(QCoreApplication::translate("EvidenceExport", "the node's transaction %1 does not read: %2")
                               .arg(tx, transaction ? txProof.error().message : transaction.error().message));
        if (transaction->hash() != row.tx)
            return refused(QCoreApplication::translate(
                "EvidenceExport", "the node's fields of transaction %1 rebuild another transaction")
                               .arg(tx));
        if (auto r = merkle::verify(*txProof, index, row.tx, h.transactionsRoot); !r)
            return refused(QCoreApplication::translate(
                "EvidenceExport", "the node's proof of transaction %1 does not fold to block %2: %3")
                               .arg(tx)
                               .arg(row.block)
                               .arg(r.error().message));
        s.rawTransaction = transaction->encode();
        s.transactionProof = std::move(*txProof);

        if (auto c = checkCancel(); !c)
            return c.error();
        Result<std::optional<QJsonObject>> receiptWithProof = m_rpc.getTransactionReceiptByHashWithProof(row.tx);
        if (!receiptWithProof)
            return receiptWithProof.error();
        if (!*receiptWithProof)
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("EvidenceExport", "the node has no receipt of transaction %1").arg(tx));
        auto receipt
            = chain::receiptFromJson((*receiptWithProof)->value(QStringLiteral("transactionReceipt")).toObject());
        auto receiptProof = merkle::proofFromJson((*receiptWithProof)->value(QStringLiteral("receiptProof")).toArray());
        if (!receipt || !receiptProof)
            return refused(QCoreApplication::translate("EvidenceExport", "the node's receipt of %1 does not read: %2")
                               .arg(tx, receipt ? receiptProof.error().message : receipt.error().message));
        if (auto r = merkle::verify(*receiptProof, index, receipt->hash(), h.receiptsRoot); !r)
            return refused(QCoreApplication::translate(
                "EvidenceExport", "the node's proof of the receipt of %1 does not fold to block %2: %3")
                               .arg(tx)
                               .arg(row.block)
                               .arg(r.error().message));
        if (row.logIndex >= receipt->logs.size())
            return refused(QCoreApplication::translate("EvidenceExport", "the receipt of %1 has no log %2")
                               .arg(tx)
                               .arg(row.logIndex));
        auto event = evidence::decodeOrderEvent(receipt->logs[row.logIndex]);
        if (!event)
            return event.error();
        s.kind = event->name;
        s.event = event->json;
        m_documents << evidence::documentsOf(event->event);
        s.receipt = std::move(*receipt);
        s.receiptProof = std::move(*receiptProof);
        return s;
    }

private:
    store::EvidenceQueries &m_q;
    chain::ChainRpc &m_rpc;
    const chain::CancelToken &m_cancel;
    QHash<quint64, evidence::SealedHeader> m_sealed;
    QList<evidence::DocumentRef> m_documents;
};

} // namespace

Result<evidence::EvidenceBundle> exportEvidence(const QString &storePath, const chain::NetworkProfile &profile,
    chain::ChainRpc &rpc, const crypto::Sm2PrivateKey &key, quint64 orderId, const chain::CancelToken &cancel,
    const Clock &clock)
{
    auto store = store::LightStore::openReadOnly(storePath);
    if (!store)
        return store.error();
    store::EvidenceQueries queries((*store)->database());
    auto rows = queries.orderSteps(orderId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceExport", "order %1 has no verified event in this store (sync first?)")
                .arg(orderId));
    auto genesis = queries.header(0);
    if (!genesis)
        return genesis.error();
    if (!profile.genesisHash.isEmpty() && genesis->hash != profile.genesisHash)
        return refused(QCoreApplication::translate("EvidenceExport", "the store is anchored at %1, the network at %2")
                           .arg(hex::encodePrefixed(genesis->hash), hex::encodePrefixed(profile.genesisHash)));
    auto changes = queries.sealerChanges(rows->last().block);
    if (!changes)
        return changes.error();

    evidence::EvidenceBundle bundle;
    bundle.chainId = profile.chainId;
    bundle.groupId = profile.groupId;
    bundle.contractAddress = profile.contractAddress;
    bundle.orderId = orderId;
    bundle.anchor = genesis->hash;
    bundle.genesis = genesis->header;
    Exporter exporter(queries, rpc, cancel);
    for (const quint64 number : std::as_const(*changes)) {
        auto s = exporter.sealed(number);
        if (!s)
            return s.error();
        bundle.sealerChanges << *s;
    }
    for (const store::OrderStepRow &row : std::as_const(*rows)) {
        auto s = exporter.step(row);
        if (!s)
            return s.error();
        bundle.steps << std::move(*s);
    }
    bundle.documents = exporter.documents();
    if (auto sealed = evidence::sealBundle(bundle, key, clock.epochMs()); !sealed)
        return sealed.error();
    const evidence::VerificationReport report = evidence::verifyBundle(bundle, { profile.genesisHash, {} });
    if (!report.ok)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("EvidenceExport", "the bundle for order %1 does not verify (%2, step %3): %4")
                .arg(orderId)
                .arg(evidence::checkName(report.failure->check))
                .arg(report.failure->step)
                .arg(report.failure->message));
    return bundle;
}

} // namespace credit::desk
