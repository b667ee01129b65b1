// SPDX-License-Identifier: Apache-2.0
// The evidence pack's machine bundle (docs/EVIDENCE_BUNDLE.md): everything a
// stranger needs to check, offline, what the chain recorded about one order —
// from the trust anchor (the genesis hash) through every sealer-set change to
// each step's sealed header, transaction, receipt and Merkle proofs.
#pragma once

#include "codec/BlockHeader.h"
#include "codec/Merkle.h"
#include "codec/Receipt.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace credit::evidence {

//! The one format version this build reads and writes.
inline constexpr int kFormatVersion = 1;
//! The "format" member every bundle carries, so a file is recognisable.
inline constexpr QLatin1StringView kFormatName("creditchain-evidence");

//! A block header as served, with the sealers' signatures over its hash. The
//! claimed hash is kept only to compare: the verifier recomputes it from the fields.
struct SealedHeader {
    chain::BlockHeader header;
    QByteArray claimedHash; //!< the bundle's "hash" member (32 bytes); never trusted
    QList<chain::SealerSignature> signatures;
    friend bool operator==(const SealedHeader &, const SealedHeader &) = default;
};

//! One step of the order: one contract event of one transaction.
struct EvidenceStep {
    QString kind; //!< the contract event's name, e.g. "OrderAccepted"
    SealedHeader block;
    QByteArray rawTransaction; //!< the signed transaction's RLP
    quint64 transactionIndex = 0; //!< its position in the block (the Merkle leaf index)
    merkle::Proof transactionProof;
    chain::Receipt receipt; //!< the hashed fields, logs included
    merkle::Proof receiptProof;
    quint32 logIndex = 0; //!< which log of the receipt is the step's event
    QJsonObject event; //!< the event as the exporter decoded it; the verifier decodes it again and compares
    friend bool operator==(const EvidenceStep &, const EvidenceStep &) = default;
};

//! A document the order references on chain, by its SM3.
struct DocumentRef {
    QString role; //!< "request", "authorisation", "report", "report-envelope"
    QByteArray sm3; //!< 32 bytes
    friend bool operator==(const DocumentRef &, const DocumentRef &) = default;
};

//! Who exported the bundle, and their signature over its manifest (EvidenceManifest.h).
struct ExporterSeal {
    QByteArray publicKey; //!< 64-byte SM2 public key
    qint64 exportedAtMs = 0; //!< the exporter's clock, milliseconds since the epoch
    QByteArray signature; //!< SM2 r ‖ s (64 bytes) over the manifest, ID 1234567812345678
    friend bool operator==(const ExporterSeal &, const ExporterSeal &) = default;
};

struct EvidenceBundle {
    int formatVersion = kFormatVersion;
    quint64 chainId = 0;
    quint64 groupId = 0;
    QByteArray contractAddress; //!< 20 bytes: the CreditMarket contract whose events the steps are
    quint64 orderId = 0;
    QByteArray anchor; //!< 32 bytes: the genesis hash the bundle claims to start from
    chain::BlockHeader genesis; //!< block 0; must hash to anchor; its sealer list is the first set
    //! Every block after genesis, up to the last step, whose sealer list differs from
    //! the one before it, in block order, each with its signatures.
    QList<SealedHeader> sealerChanges;
    QList<EvidenceStep> steps; //!< chain order
    QList<DocumentRef> documents;
    ExporterSeal exporter;
    friend bool operator==(const EvidenceBundle &, const EvidenceBundle &) = default;
};

} // namespace credit::evidence
