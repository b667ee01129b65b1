// SPDX-License-Identifier: Apache-2.0
#include "chain/BlockVerifier.h"

#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Merkle.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace credit::chain {

namespace {

// A forged chain could name arbitrarily many "sealers"; past this many cached
// keys the cache is dropped rather than grown (honest lists are a few dozen).
constexpr qsizetype kMaxCachedKeys = 1024;

VerifyFailure fail(quint64 block, VerifyRule rule, QString detail)
{
    VerifyFailure f;
    f.block = block;
    f.rule = rule;
    f.detail = std::move(detail);
    return f;
}

VerifyFailure signerFail(quint64 block, VerifyRule rule, quint64 index, QString detail)
{
    VerifyFailure f = fail(block, rule, std::move(detail));
    f.signerIndex = index;
    return f;
}

QString shortHex(const QByteArray &bytes)
{
    return hex::encodePrefixed(bytes);
}

// Tx hashes as getBlockByNumber(n, false) lists them: 32-byte "0x…" strings, each once
// (a repeated hash would make "which receipt is whose" ambiguous).
std::variant<QList<QByteArray>, VerifyFailure> parseTransactions(quint64 block, const QJsonArray &array)
{
    QList<QByteArray> out;
    QSet<QByteArray> seen;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto h = json::toBytes(array.at(i), QStringLiteral("transactions[%1]").arg(i), 32);
        if (!h)
            return fail(block, VerifyRule::Malformed, h.error().message);
        if (seen.contains(*h))
            return fail(block, VerifyRule::Malformed,
                QCoreApplication::translate("BlockVerifier", "transaction %1 is listed twice").arg(shortHex(*h)));
        seen.insert(*h);
        out << *h;
    }
    return out;
}

// A sealer list a header may carry: non-empty, no node twice (distinctness of
// signers is counted by index, so a repeated id would count one sealer twice),
// and a proposer index inside it.
std::optional<VerifyFailure> checkListShape(quint64 block, const BlockHeader &h)
{
    if (h.sealerList.isEmpty())
        return fail(
            block, VerifyRule::Malformed, QCoreApplication::translate("BlockVerifier", "the sealer list is empty"));
    if (QSet<QByteArray>(h.sealerList.cbegin(), h.sealerList.cend()).size() != h.sealerList.size())
        return fail(block, VerifyRule::Malformed,
            QCoreApplication::translate("BlockVerifier", "the sealer list names a node twice"));
    if (h.sealer >= static_cast<quint64>(h.sealerList.size()))
        return fail(block, VerifyRule::Malformed,
            QCoreApplication::translate("BlockVerifier", "proposer index %1 is outside the %2-entry sealer list")
                .arg(h.sealer)
                .arg(h.sealerList.size()));
    return std::nullopt;
}

// Rule 5 and the input of rule 4b: one receipt per transaction, each saying it is
// that transaction's, in this block at that position. Returns receipts in block order.
std::variant<QList<Receipt>, VerifyFailure> matchReceipts(
    quint64 block, const QByteArray &blockHash, const QList<QByteArray> &txs, const QList<QJsonObject> &receipts)
{
    QHash<QByteArray, qsizetype> position;
    for (qsizetype i = 0; i < txs.size(); ++i)
        position.insert(txs[i], i);
    QList<std::optional<Receipt>> slots(txs.size());
    for (const QJsonObject &o : receipts) {
        auto txHash
            = json::toBytes(o.value(QStringLiteral("transactionHash")), QStringLiteral("receipt.transactionHash"), 32);
        auto number = json::toQuantity(o.value(QStringLiteral("blockNumber")), QStringLiteral("receipt.blockNumber"));
        auto hash = json::toBytes(o.value(QStringLiteral("blockHash")), QStringLiteral("receipt.blockHash"), 32);
        auto index
            = json::toQuantity(o.value(QStringLiteral("transactionIndex")), QStringLiteral("receipt.transactionIndex"));
        auto parsed = receiptFromJson(o);
        for (const Error *e : { txHash ? nullptr : &txHash.error(), number ? nullptr : &number.error(),
                 hash ? nullptr : &hash.error(), index ? nullptr : &index.error(), parsed ? nullptr : &parsed.error() })
            if (e)
                return fail(block, VerifyRule::Malformed, e->message);
        const QString tx = shortHex(*txHash);
        const auto at = position.constFind(*txHash);
        if (at == position.cend())
            return fail(block, VerifyRule::ReceiptMismatch,
                QCoreApplication::translate("BlockVerifier", "a receipt for %1, which is not in the block").arg(tx));
        if (*number != block || *hash != blockHash)
            return fail(block, VerifyRule::ReceiptMismatch,
                QCoreApplication::translate("BlockVerifier", "the receipt of %1 says block %2 (%3)")
                    .arg(tx)
                    .arg(*number)
                    .arg(shortHex(*hash)));
        if (*index != static_cast<quint64>(*at))
            return fail(block, VerifyRule::ReceiptMismatch,
                QCoreApplication::translate("BlockVerifier", "the receipt of %1 says index %2, the block has it at %3")
                    .arg(tx)
                    .arg(*index)
                    .arg(*at));
        if (slots[*at])
            return fail(block, VerifyRule::ReceiptMismatch,
                QCoreApplication::translate("BlockVerifier", "two receipts for %1").arg(tx));
        slots[*at] = std::move(*parsed);
    }
    QList<Receipt> out;
    out.reserve(txs.size());
    for (qsizetype i = 0; i < txs.size(); ++i) {
        if (!slots[i])
            return fail(block, VerifyRule::ReceiptMismatch,
                QCoreApplication::translate("BlockVerifier", "no receipt for %1 (%2 receipts for %3 transactions)")
                    .arg(shortHex(txs[i]))
                    .arg(receipts.size())
                    .arg(txs.size()));
        out << std::move(*slots[i]);
    }
    return out;
}

} // namespace

qsizetype sealerQuorum(qsizetype sealers)
{
    // With no sealers nothing can be final: 1 is a quorum no empty list reaches.
    return sealers <= 0 ? 1 : sealers - (sealers - 1) / 3;
}

QString ruleName(VerifyRule rule)
{
    switch (rule) {
    case VerifyRule::Malformed:
        return QStringLiteral("Malformed");
    case VerifyRule::ParentLink:
        return QStringLiteral("ParentLink");
    case VerifyRule::HeaderHash:
        return QStringLiteral("HeaderHash");
    case VerifyRule::Quorum:
        return QStringLiteral("Quorum");
    case VerifyRule::UnknownSigner:
        return QStringLiteral("UnknownSigner");
    case VerifyRule::DuplicateSigner:
        return QStringLiteral("DuplicateSigner");
    case VerifyRule::BadSignature:
        return QStringLiteral("BadSignature");
    case VerifyRule::SealerChange:
        return QStringLiteral("SealerChange");
    case VerifyRule::TransactionsRoot:
        return QStringLiteral("TransactionsRoot");
    case VerifyRule::ReceiptsRoot:
        return QStringLiteral("ReceiptsRoot");
    case VerifyRule::ReceiptMismatch:
        return QStringLiteral("ReceiptMismatch");
    }
    return QStringLiteral("Unknown");
}

QString VerifyFailure::message() const
{
    return QCoreApplication::translate("BlockVerifier", "block %1: %2: %3").arg(block).arg(ruleName(rule), detail);
}

Error VerifyFailure::toError() const
{
    return makeError(rule == VerifyRule::Malformed ? ErrorKind::InvalidInput : ErrorKind::Corrupt, message());
}

std::optional<crypto::Sm2PublicKey> BlockVerifier::keyFor(const QByteArray &nodeId) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_keys.constFind(nodeId);
        if (it != m_keys.cend())
            return *it;
    }
    // Parsed outside the lock: two threads may both parse a new id once; harmless.
    auto key = crypto::Sm2PublicKey::fromRaw(nodeId);
    if (!key)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    if (m_keys.size() >= kMaxCachedKeys)
        m_keys.clear();
    m_keys.insert(nodeId, *key);
    return *key;
}

std::variant<QList<quint64>, VerifyFailure> BlockVerifier::checkSigners(const TrustedTip &trusted, const BlockHeader &h,
    const QByteArray &hash, const QList<SealerSignature> &signatures) const
{
    const quint64 block = h.number;
    // Indexes name positions in the block's own list (PROTOCOL §4). While the list
    // is unchanged that is the trusted list, and it is read from there on purpose.
    const bool changed = h.sealerList != trusted.sealers;
    const QList<QByteArray> &list = changed ? h.sealerList : trusted.sealers;
    QSet<quint64> seen;
    QList<quint64> valid;
    for (const SealerSignature &s : signatures) {
        if (s.index >= static_cast<quint64>(list.size()))
            return signerFail(block, VerifyRule::UnknownSigner, s.index,
                QCoreApplication::translate("BlockVerifier", "signature index %1 is outside the %2-entry sealer list")
                    .arg(s.index)
                    .arg(list.size()));
        if (seen.contains(s.index))
            return signerFail(block, VerifyRule::DuplicateSigner, s.index,
                QCoreApplication::translate("BlockVerifier", "two signatures claim sealer %1").arg(s.index));
        seen.insert(s.index);
        const QByteArray &nodeId = list[static_cast<qsizetype>(s.index)];
        // The key comes from the list; a 128-byte signature's embedded pub is ignored.
        const auto key = keyFor(nodeId);
        if (!key || s.signature.size() < crypto::kSm2SignatureSize
            || !key->verify(hash, QByteArrayView(s.signature).first(crypto::kSm2SignatureSize)))
            return signerFail(block, VerifyRule::BadSignature, s.index,
                QCoreApplication::translate("BlockVerifier", "the signature of sealer %1 does not verify")
                    .arg(s.index));
        valid << s.index;
    }
    std::sort(valid.begin(), valid.end());

    // A changed list is only as trustworthy as the old sealers who signed it in.
    const qsizetype n = trusted.sealers.size();
    const qsizetype k = changed ? std::count_if(valid.cbegin(), valid.cend(),
                            [&](quint64 i) { return trusted.sealers.contains(list[static_cast<qsizetype>(i)]); })
                                : valid.size();
    const qsizetype m = sealerQuorum(n);
    if (k < m) {
        VerifyFailure f = fail(block, changed ? VerifyRule::SealerChange : VerifyRule::Quorum,
            changed ? QCoreApplication::translate(
                "BlockVerifier", "a new %1-entry sealer list signed by %2 of the %3 trusted sealers, %4 needed")
                          .arg(h.sealerList.size())
                          .arg(k)
                          .arg(n)
                          .arg(m)
                    : QCoreApplication::translate("BlockVerifier", "%1 of %2 sealers signed, %3 needed")
                          .arg(k)
                          .arg(n)
                          .arg(m));
        f.signers = k;
        f.sealers = n;
        f.needed = m;
        return f;
    }
    return valid;
}

Verification BlockVerifier::verify(const TrustedTip &trusted, const CandidateBlock &candidate) const
{
    const quint64 block = trusted.number + 1;
    auto header = headerFromJson(candidate.header);
    if (!header)
        return fail(block, VerifyRule::Malformed,
            QCoreApplication::translate("BlockVerifier", "header: %1").arg(header.error().message));
    auto hash = json::toBytes(candidate.header.value(QStringLiteral("hash")), QStringLiteral("hash"), 32);
    if (!hash)
        return fail(block, VerifyRule::Malformed, hash.error().message);
    auto signatures = signaturesFromJson(candidate.header.value(QStringLiteral("signatureList")));
    if (!signatures)
        return fail(block, VerifyRule::Malformed, signatures.error().message);
    auto txs = parseTransactions(block, candidate.transactions);
    if (auto *f = std::get_if<VerifyFailure>(&txs))
        return *f;
    if (auto f = checkListShape(block, *header))
        return *f;

    // 1. Parent link (the number too: a valid block of another height is not block n).
    if (header->number != block)
        return fail(block, VerifyRule::ParentLink,
            QCoreApplication::translate("BlockVerifier", "the node served block %1").arg(header->number));
    if (header->parentHash != trusted.hash)
        return fail(block, VerifyRule::ParentLink,
            QCoreApplication::translate("BlockVerifier", "parentHash %1, block %2 is %3")
                .arg(shortHex(header->parentHash))
                .arg(trusted.number)
                .arg(shortHex(trusted.hash)));
    // 2. Header hash.
    if (header->hash() != *hash)
        return fail(block, VerifyRule::HeaderHash,
            QCoreApplication::translate("BlockVerifier", "the fields hash to %1, the node says %2")
                .arg(shortHex(header->hash()), shortHex(*hash)));
    // 3. Signatures, quorum, sealer change.
    auto signers = checkSigners(trusted, *header, *hash, *signatures);
    if (auto *f = std::get_if<VerifyFailure>(&signers))
        return *f;
    // 4a. Transactions root.
    const auto &txHashes = std::get<QList<QByteArray>>(txs);
    if (merkle::root(txHashes) != header->transactionsRoot)
        return fail(block, VerifyRule::TransactionsRoot,
            QCoreApplication::translate("BlockVerifier", "the %1 transactions do not rebuild transactionsRoot")
                .arg(txHashes.size()));
    // 5, then 4b on the matched receipts.
    auto receipts = matchReceipts(block, *hash, txHashes, candidate.receipts);
    if (auto *f = std::get_if<VerifyFailure>(&receipts))
        return *f;
    auto &ordered = std::get<QList<Receipt>>(receipts);
    QList<QByteArray> receiptHashes;
    receiptHashes.reserve(ordered.size());
    for (const Receipt &r : ordered)
        receiptHashes << r.hash();
    if (merkle::root(receiptHashes) != header->receiptsRoot)
        return fail(block, VerifyRule::ReceiptsRoot,
            QCoreApplication::translate("BlockVerifier", "the %1 receipts do not rebuild receiptsRoot")
                .arg(ordered.size()));

    VerifiedBlock out;
    out.sealerListChanged = header->sealerList != trusted.sealers;
    out.sealers = header->sealerList;
    out.header = std::move(*header);
    out.hash = std::move(*hash);
    out.transactionHashes = txHashes;
    out.receipts = std::move(ordered);
    out.signerIndexes = std::move(std::get<QList<quint64>>(signers));
    return out;
}

} // namespace credit::chain
