// SPDX-License-Identifier: Apache-2.0
#include "evidence/EvidenceVerifier.h"

#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "evidence/BundleJson.h"
#include "evidence/EventJson.h"
#include "evidence/EvidenceManifest.h"
#include "market/MarketEvents.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace credit::evidence {

namespace {

QString hexOf(const QByteArray &bytes)
{
    return hex::encodePrefixed(bytes);
}

//! The checks of one bundle, in order; the first failure is kept in the report.
class Verifier {
public:
    Verifier(const EvidenceBundle &bundle, const VerifyOptions &options, VerificationReport &report)
        : m_b(bundle), m_options(options), m_report(report)
    {
    }

    bool run()
    {
        m_report.chainId = m_b.chainId;
        m_report.groupId = m_b.groupId;
        m_report.orderId = m_b.orderId;
        m_report.contractAddress = m_b.contractAddress;
        m_report.anchor = m_b.anchor;
        m_report.anchorGiven = !m_options.anchor.isEmpty();
        m_report.exporterAddress = crypto::addressOf(m_b.exporter.publicKey);
        m_report.exportedAtMs = m_b.exporter.exportedAtMs;
        if (!anchor() || !sealerHistory() || !stepOrder())
            return false;
        for (int i = 0; i < m_b.steps.size(); ++i)
            if (!step(i))
                return false;
        return documents() && manifest();
    }

private:
    bool fail(Check check, QString message, int step = -1)
    {
        m_report.failure = VerificationFailure { check, std::move(message), step };
        return false;
    }

    bool anchor()
    {
        if (!m_options.anchor.isEmpty() && m_options.anchor != m_b.anchor)
            return fail(Check::Anchor,
                QCoreApplication::translate(
                    "EvidenceVerifier", "the bundle starts from %1, not from the anchor %2 you gave")
                    .arg(hexOf(m_b.anchor), hexOf(m_options.anchor)));
        if (m_b.genesis.number != 0 || m_b.genesis.hash() != m_b.anchor)
            return fail(Check::Genesis,
                QCoreApplication::translate(
                    "EvidenceVerifier", "the genesis header (block %1) hashes to %2, not to the anchor %3")
                    .arg(m_b.genesis.number)
                    .arg(hexOf(m_b.genesis.hash()), hexOf(m_b.anchor)));
        if (m_b.genesis.sealerList.isEmpty())
            return fail(
                Check::Genesis, QCoreApplication::translate("EvidenceVerifier", "the genesis header names no sealers"));
        return true;
    }

    //! Each change signed in by a quorum of the set before it, in block order.
    bool sealerHistory()
    {
        m_sets = { { 0, m_b.genesis.sealerList } };
        for (const SealedHeader &change : m_b.sealerChanges) {
            const auto [lastBlock, lastSet] = m_sets.last();
            if (change.header.number <= lastBlock)
                return fail(Check::SealerSetHistory,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "the sealer change of block %1 comes after that of block %2")
                        .arg(change.header.number)
                        .arg(lastBlock));
            if (change.header.sealerList == lastSet)
                return fail(Check::SealerSetHistory,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "block %1 is listed as a sealer change but keeps the sealers")
                        .arg(change.header.number));
            // In force from its own block on; sealed() counts the quorum in the set before it.
            m_sets << std::pair { change.header.number, change.header.sealerList };
            if (!sealed(change, -1))
                return false;
        }
        m_report.sealerChanges = static_cast<int>(m_b.sealerChanges.size());
        return true;
    }

    //! The sealer set in force after block `number` (inclusive) or before it (exclusive).
    const QList<QByteArray> &setAt(quint64 number, bool inclusive) const
    {
        for (auto it = m_sets.crbegin(); it != m_sets.crend(); ++it)
            if (inclusive ? it->first <= number : it->first < number)
                return it->second;
        return m_sets.first().second;
    }

    //! Header hash, then the seal: signatures index the block's own list; a
    //! quorum of the set in force before the block must be among the valid signers.
    bool sealed(const SealedHeader &s, int step)
    {
        const chain::BlockHeader &h = s.header;
        const QByteArray hash = h.hash();
        if (hash != s.claimedHash)
            return fail(Check::HeaderHash,
                QCoreApplication::translate(
                    "EvidenceVerifier", "block %1: the header's fields hash to %2, the bundle says %3")
                    .arg(h.number)
                    .arg(hexOf(hash), hexOf(s.claimedHash)),
                step);
        const QList<QByteArray> &trusted = setAt(h.number, false);
        if (h.sealerList != setAt(h.number, true))
            return fail(Check::SealerSetHistory,
                QCoreApplication::translate("EvidenceVerifier",
                    "block %1 names %2 sealers that the sealer-set history from the anchor does not lead to")
                    .arg(h.number)
                    .arg(h.sealerList.size()),
                step);
        QSet<quint64> seen;
        qsizetype valid = 0;
        for (const chain::SealerSignature &sig : s.signatures) {
            if (sig.index >= static_cast<quint64>(h.sealerList.size()))
                return fail(Check::NonSealerSigner,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "block %1: a signature names sealer %2 of a %3-sealer list")
                        .arg(h.number)
                        .arg(sig.index)
                        .arg(h.sealerList.size()),
                    step);
            const QByteArray &nodeId = h.sealerList[static_cast<qsizetype>(sig.index)];
            // 国密 signatures carry the signer's key after r ‖ s: one that is not the
            // named sealer's was made by someone else, whatever it verifies against.
            if (sig.signature.size() > crypto::kSm2SignatureSize
                && sig.signature.mid(crypto::kSm2SignatureSize) != nodeId)
                return fail(Check::NonSealerSigner,
                    QCoreApplication::translate("EvidenceVerifier",
                        "block %1: the signature for sealer %2 was made by a key that is not that sealer's")
                        .arg(h.number)
                        .arg(sig.index),
                    step);
            if (seen.contains(sig.index))
                return fail(Check::DuplicateSigner,
                    QCoreApplication::translate("EvidenceVerifier", "block %1: two signatures claim sealer %2")
                        .arg(h.number)
                        .arg(sig.index),
                    step);
            seen.insert(sig.index);
            const auto key = keyFor(nodeId);
            if (!key || sig.signature.size() < crypto::kSm2SignatureSize
                || !key->verify(hash, QByteArrayView(sig.signature).first(crypto::kSm2SignatureSize)))
                return fail(Check::SealerSignature,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "block %1: the signature of sealer %2 does not verify")
                        .arg(h.number)
                        .arg(sig.index),
                    step);
            if (trusted.contains(nodeId))
                ++valid;
        }
        const qsizetype needed = quorumOf(trusted.size());
        if (valid < needed) {
            const bool changed = h.sealerList != trusted;
            return fail(changed ? Check::SealerSetHistory : Check::Quorum,
                changed
                    ? QCoreApplication::translate("EvidenceVerifier",
                        "block %1 changes the sealers, signed by %2 of the %3 sealers before it, %4 needed")
                          .arg(h.number)
                          .arg(valid)
                          .arg(trusted.size())
                          .arg(needed)
                    : QCoreApplication::translate("EvidenceVerifier", "block %1: %2 of %3 sealers signed, %4 needed")
                          .arg(h.number)
                          .arg(valid)
                          .arg(trusted.size())
                          .arg(needed),
                step);
        }
        m_lastSeal = { valid, trusted.size(), needed };
        return true;
    }

    std::optional<crypto::Sm2PublicKey> keyFor(const QByteArray &nodeId)
    {
        const auto it = m_keys.constFind(nodeId);
        if (it != m_keys.cend())
            return *it;
        auto key = crypto::Sm2PublicKey::fromRaw(nodeId);
        const std::optional<crypto::Sm2PublicKey> parsed = key ? std::optional(*key) : std::nullopt;
        m_keys.insert(nodeId, parsed);
        return parsed;
    }

    bool stepOrder()
    {
        if (m_b.steps.isEmpty())
            return fail(Check::StepOrder, QCoreApplication::translate("EvidenceVerifier", "the bundle has no steps"));
        if (m_b.steps.first().kind != QLatin1String("OrderPlaced"))
            return fail(Check::StepOrder,
                QCoreApplication::translate("EvidenceVerifier", "the first step is %1, not the order's placement")
                    .arg(m_b.steps.first().kind),
                0);
        for (int i = 1; i < m_b.steps.size(); ++i) {
            const EvidenceStep &a = m_b.steps[i - 1];
            const EvidenceStep &b = m_b.steps[i];
            if (std::tuple(a.block.header.number, a.transactionIndex, a.logIndex)
                >= std::tuple(b.block.header.number, b.transactionIndex, b.logIndex))
                return fail(Check::StepOrder,
                    QCoreApplication::translate("EvidenceVerifier", "step %1 does not come after step %2 on the chain")
                        .arg(i)
                        .arg(i - 1),
                    i);
        }
        return true;
    }

    bool step(int i)
    {
        const EvidenceStep &s = m_b.steps[i];
        const chain::BlockHeader &h = s.block.header;
        if (!sealed(s.block, i))
            return false;
        auto tx = tx::Transaction::decode(s.rawTransaction);
        if (!tx)
            return fail(Check::Transaction,
                QCoreApplication::translate("EvidenceVerifier", "the transaction does not decode: %1")
                    .arg(tx.error().message),
                i);
        if (tx->chainIdValue() != m_b.chainId || tx->groupIdValue() != m_b.groupId || tx->to != m_b.contractAddress)
            return fail(Check::Transaction,
                QCoreApplication::translate(
                    "EvidenceVerifier", "the transaction is for chain %1, group %2, contract %3, not this bundle's")
                    .arg(tx->chainIdValue())
                    .arg(tx->groupIdValue())
                    .arg(hexOf(tx->to)),
                i);
        if (!tx->verifySignature())
            return fail(Check::TransactionSignature,
                QCoreApplication::translate("EvidenceVerifier", "the transaction's SM2 signature does not verify"), i);
        const QByteArray txHash = tx->hash();
        const auto index = static_cast<qsizetype>(s.transactionIndex);
        if (auto r = merkle::verify(s.transactionProof, index, txHash, h.transactionsRoot); !r)
            return fail(Check::TransactionProof,
                QCoreApplication::translate(
                    "EvidenceVerifier", "transaction %1 at index %2 is not proved into block %3: %4")
                    .arg(hexOf(txHash))
                    .arg(s.transactionIndex)
                    .arg(h.number)
                    .arg(r.error().message),
                i);
        if (auto r = merkle::verify(s.receiptProof, index, s.receipt.hash(), h.receiptsRoot); !r)
            return fail(Check::ReceiptProof,
                QCoreApplication::translate(
                    "EvidenceVerifier", "the receipt at index %1 is not proved into block %2: %3")
                    .arg(s.transactionIndex)
                    .arg(h.number)
                    .arg(r.error().message),
                i);
        if (s.receipt.status != chain::kStatusSuccess)
            return fail(Check::ReceiptStatus,
                QCoreApplication::translate("EvidenceVerifier", "the transaction failed on chain (status %1)")
                    .arg(s.receipt.status),
                i);
        auto event = stepEvent(s, *tx, i);
        if (!event)
            return false;
        ProvedStep p;
        p.index = i;
        p.kind = event->name;
        p.orderId = event->transition.orderId;
        p.state = market::orderStateName(event->transition.state);
        p.actor = event->transition.actor;
        if (tx->sender() != p.actor)
            p.user = tx->sender(); // stepEvent checked the receipt's ActedBy names it
        p.block = h.number;
        p.blockTimeMs = h.timestamp;
        p.blockHash = h.hash();
        p.txHash = txHash;
        std::tie(p.signers, p.sealers, p.needed) = m_lastSeal;
        p.transactionProofOk = p.receiptProofOk = true;
        p.event = event->json;
        m_report.steps << p;
        for (const DocumentRef &d : documentsOf(event->event))
            m_referenced.insert(d.sm3, d.role);
        return true;
    }

    std::optional<DecodedOrderEvent> stepEvent(const EvidenceStep &s, const tx::Transaction &tx, int i)
    {
        auto failed = [&](const QString &why) {
            fail(Check::Event, why, i);
            return std::nullopt;
        };
        if (s.logIndex >= s.receipt.logs.size())
            return failed(
                QCoreApplication::translate("EvidenceVerifier", "the receipt has %1 logs, the step names log %2")
                    .arg(s.receipt.logs.size())
                    .arg(s.logIndex));
        const chain::LogEntry &log = s.receipt.logs[s.logIndex];
        if (log.address != m_b.contractAddress)
            return failed(
                QCoreApplication::translate("EvidenceVerifier", "log %1 comes from %2, not from the contract %3")
                    .arg(s.logIndex)
                    .arg(hexOf(log.address), hexOf(m_b.contractAddress)));
        auto event = decodeOrderEvent(log);
        if (!event)
            return failed(QCoreApplication::translate("EvidenceVerifier", "log %1 does not decode: %2")
                              .arg(s.logIndex)
                              .arg(event.error().message));
        if (event->name != s.kind || event->transition.orderId != m_b.orderId || event->json != s.event)
            return failed(QCoreApplication::translate("EvidenceVerifier",
                "the chain recorded %1 of order %2, the bundle claims %3 of order %4 with other details")
                              .arg(event->name)
                              .arg(event->transition.orderId)
                              .arg(s.kind)
                              .arg(m_b.orderId));
        if (event->transition.actor != tx.sender() && !actedBy(s, event->transition.actor, tx.sender()))
            return failed(QCoreApplication::translate("EvidenceVerifier",
                "the event's actor %1 did not sign the transaction (%2 did), and the receipt names no user of %1 "
                "who took the step")
                              .arg(hexOf(event->transition.actor), hexOf(tx.sender())));
        return std::move(*event);
    }

    //! A user account took the step for its institution: the contract's
    //! ActedBy(institution, user) log follows the step's log in the same receipt.
    bool actedBy(const EvidenceStep &s, const QByteArray &institution, const QByteArray &user) const
    {
        if (s.logIndex + 1 >= s.receipt.logs.size())
            return false;
        const chain::LogEntry &next = s.receipt.logs[s.logIndex + 1];
        if (next.address != m_b.contractAddress)
            return false;
        const auto decoded = market::decodeEvent(market::Log { next.address, next.topics, next.data });
        const auto *acted = decoded ? std::get_if<market::ActedBy>(&*decoded) : nullptr;
        return acted && acted->institution == institution && acted->user == user;
    }

    bool documents()
    {
        QSet<QByteArray> listed;
        for (const DocumentRef &d : m_b.documents) {
            if (m_referenced.value(d.sm3) != d.role)
                return fail(Check::DocumentHash,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "the bundle lists %1 %2, which the order's events do not reference")
                        .arg(d.role, hexOf(d.sm3)));
            listed.insert(d.sm3);
        }
        m_report.documents = m_b.documents;
        for (const SuppliedDocument &file : m_options.documents) {
            if (!listed.contains(file.sm3))
                return fail(Check::DocumentHash,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "the file %1 (SM3 %2) is none of the order's documents")
                        .arg(file.name, hexOf(file.sm3)));
            ++m_report.documentFilesMatched;
        }
        return true;
    }

    bool manifest()
    {
        if (!manifestSignatureValid(m_b))
            return fail(Check::ManifestSignature,
                QCoreApplication::translate(
                    "EvidenceVerifier", "the exporter's signature over the manifest does not verify"));
        return true;
    }

    const EvidenceBundle &m_b;
    const VerifyOptions &m_options;
    VerificationReport &m_report;
    QList<std::pair<quint64, QList<QByteArray>>> m_sets; //!< (from block, sealers), ascending
    QHash<QByteArray, std::optional<crypto::Sm2PublicKey>> m_keys;
    QHash<QByteArray, QString> m_referenced; //!< document SM3 → role, from verified events
    std::tuple<qsizetype, qsizetype, qsizetype> m_lastSeal;
};

} // namespace

qsizetype quorumOf(qsizetype sealers)
{
    return sealers <= 0 ? 1 : sealers - (sealers - 1) / 3;
}

VerificationReport verifyBundle(const EvidenceBundle &bundle, const VerifyOptions &options)
{
    VerificationReport report;
    report.ok = Verifier(bundle, options, report).run();
    return report;
}

VerificationReport verifyBundleFile(QByteArrayView json, const VerifyOptions &options)
{
    auto bundle = readBundle(json);
    VerificationReport report;
    if (bundle)
        report = verifyBundle(*bundle, options);
    else
        report.failure = VerificationFailure { Check::Bundle, bundle.error().message, -1 };
    report.bundleSm3 = crypto::sm3(json);
    return report;
}

} // namespace credit::evidence
