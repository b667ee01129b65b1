// SPDX-License-Identifier: Apache-2.0
// The light node's verification core (PROTOCOL.md §4–§6): decides whether a
// block served by an untrusted node extends the trusted chain. Pure: no
// network, no database. The caller fetches, this checks, the caller stores.
#pragma once

#include "codec/BlockHeader.h"
#include "codec/Receipt.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>
#include <variant>

namespace credit::chain {

//! Valid signatures needed from n sealers: n − ⌊(n−1)/3⌋ (PBFT with f = ⌊(n−1)/3⌋).
qsizetype sealerQuorum(qsizetype sealers);

//! What the verifier trusts: the last verified block (or the genesis/checkpoint
//! anchor from the network profile) and the sealer list in force after it.
struct TrustedTip {
    quint64 number = 0;
    QByteArray hash; //!< 32 bytes
    QList<QByteArray> sealers; //!< 64-byte node ids
};

//! A block exactly as the node served it.
struct CandidateBlock {
    QJsonObject header; //!< getBlockHeaderByNumber(n, true): fields + "hash" + "signatureList"
    QJsonArray transactions; //!< getBlockByNumber(n, false)."transactions": tx hashes in block order
    QList<QJsonObject> receipts; //!< getTransactionReceipt for each of those, in any order
};

//! A block that passed every rule; safe to store.
struct VerifiedBlock {
    BlockHeader header;
    QByteArray hash;
    QList<QByteArray> transactionHashes; //!< block order
    QList<Receipt> receipts; //!< block order: receipts[i] belongs to transactionHashes[i]
    QList<quint64> signerIndexes; //!< ascending indexes into header.sealerList of valid signers
    QList<QByteArray> sealers; //!< the trusted sealer list from now on (= header.sealerList)
    bool sealerListChanged = false;

    //! The anchor for verifying the next block.
    TrustedTip tip() const { return { header.number, hash, sealers }; }
};

//! Which §6 rule a block broke.
enum class VerifyRule {
    Malformed, //!< a field does not parse (or is structurally impossible)
    ParentLink, //!< parentHash or number does not follow the trusted tip
    HeaderHash, //!< the fields do not hash to `hash`
    Quorum, //!< too few distinct valid signers from an unchanged list
    UnknownSigner, //!< a signature's index is outside the sealer list
    DuplicateSigner, //!< two signatures claim the same index
    BadSignature, //!< a signature does not verify with the list's key
    SealerChange, //!< a new sealer list without a quorum of the old one signing
    TransactionsRoot, //!< the tx hashes do not rebuild transactionsRoot
    ReceiptsRoot, //!< the receipts do not rebuild receiptsRoot
    ReceiptMismatch, //!< receipts missing, extra, or not of this block's transactions
};

//! Stable English name of a rule ("ParentLink", …), for logs, JSON and quarantine reasons.
QString ruleName(VerifyRule rule);

//! Why a block was refused: which block, which rule, and the detail.
struct VerifyFailure {
    quint64 block = 0; //!< the height that was being verified
    VerifyRule rule = VerifyRule::Malformed;
    QString detail;
    //! For UnknownSigner / DuplicateSigner / BadSignature: the signature's sealer index.
    std::optional<quint64> signerIndex;
    //! For Quorum / SealerChange: k valid distinct signers of n sealers, m needed.
    qsizetype signers = 0, sealers = 0, needed = 0;

    //! "block 12: Quorum: …" — one line for a quarantine reason or an exit message.
    QString message() const;
    //! As a generic Error (ErrorKind::Corrupt, or InvalidInput for Malformed).
    Error toError() const;
};

//! Either a VerifiedBlock or a VerifyFailure.
class [[nodiscard]] Verification {
public:
    Verification(VerifiedBlock block) : m_state(std::move(block)) { } // NOLINT(google-explicit-constructor)
    Verification(VerifyFailure failure) : m_state(std::move(failure)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<VerifiedBlock>(m_state); }
    explicit operator bool() const { return ok(); }
    const VerifiedBlock &block() const & { return std::get<VerifiedBlock>(m_state); }
    VerifiedBlock &&block() && { return std::get<VerifiedBlock>(std::move(m_state)); }
    const VerifyFailure &failure() const { return std::get<VerifyFailure>(m_state); }

private:
    std::variant<VerifiedBlock, VerifyFailure> m_state;
};

//! Verifies blocks one after another. Keeps parsed SM2 keys per node id across
//! blocks (parsing a point costs about a tenth of a verify). verify() is
//! thread-safe, so several blocks may be checked at once from a pool.
class BlockVerifier final {
public:
    //! Checks every rule of PROTOCOL.md §6 for block trusted.number + 1.
    Verification verify(const TrustedTip &trusted, const CandidateBlock &candidate) const;

private:
    //! Rule 3: returns the ascending valid signer indexes, or the failure.
    std::variant<QList<quint64>, VerifyFailure> checkSigners(const TrustedTip &trusted, const BlockHeader &header,
        const QByteArray &hash, const QList<SealerSignature> &signatures) const;
    //! The key for a node id, parsed once; std::nullopt when the id is not a curve point.
    std::optional<crypto::Sm2PublicKey> keyFor(const QByteArray &nodeId) const;

    mutable QMutex m_mutex;
    mutable QHash<QByteArray, crypto::Sm2PublicKey> m_keys;
};

} // namespace credit::chain
