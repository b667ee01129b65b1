// SPDX-License-Identifier: Apache-2.0
// What the offline verifier proved about a bundle, step by step, or the first
// check that failed. A plain value: the CLI prints it (JSON with --json), the
// terminal shows it, the certificate is drawn from it.
#pragma once

#include "evidence/EvidenceBundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace credit::evidence {

//! The checks, in the order the verifier runs them. Names are stable (JSON, scripts, tests).
enum class Check {
    Bundle, //!< the file: size, nesting, JSON, format, version, member shapes
    Anchor, //!< the bundle's anchor is not the one the user gave
    Genesis, //!< the genesis header does not hash to the anchor
    SealerSetHistory, //!< a sealer change not signed in by the set before it, or a header on another set
    HeaderHash, //!< a header's fields do not hash to its stated hash
    NonSealerSigner, //!< a signature by a key that is not the named sealer (or names no sealer)
    DuplicateSigner, //!< two signatures claim the same sealer
    SealerSignature, //!< a sealer's signature does not verify over the recomputed hash
    Quorum, //!< fewer distinct valid sealer signatures than the quorum
    StepOrder, //!< steps out of chain order, none, or not starting with the placement
    Transaction, //!< the raw transaction does not decode, or is for another chain, group or contract
    TransactionSignature, //!< its SM2 signature does not verify, or the actor is not its sender
    TransactionProof, //!< its Merkle proof does not fold to the header's transactionsRoot
    ReceiptProof, //!< the receipt's Merkle proof does not fold to the header's receiptsRoot
    ReceiptStatus, //!< the transaction failed (status ≠ 0)
    Event, //!< the log does not decode to the step the bundle claims
    DocumentHash, //!< a document not referenced on chain, or a supplied file that matches none
    ManifestSignature, //!< the exporter's signature over the manifest does not verify
};

//! "HeaderHash", …: the stable machine name.
QString checkName(Check check);

//! One step as proved.
struct ProvedStep {
    int index = 0;
    QString kind; //!< event name
    quint64 orderId = 0;
    QString state; //!< the order's state after the step ("Accepted", …)
    QByteArray actor; //!< 20-byte account of the institution that took the step
    QByteArray user; //!< the user account that signed for it (ActedBy); empty when the institution's own key did
    quint64 block = 0;
    quint64 blockTimeMs = 0;
    QByteArray blockHash; //!< recomputed
    QByteArray txHash; //!< recomputed
    qsizetype signers = 0; //!< distinct valid sealer signatures
    qsizetype sealers = 0; //!< size of the sealer set
    qsizetype needed = 0; //!< quorum
    bool transactionProofOk = false;
    bool receiptProofOk = false;
    QJsonObject event;
};

struct VerificationFailure {
    Check check = Check::Bundle;
    QString message; //!< translated
    int step = -1; //!< index into the bundle's steps; -1 when the failure is not a step's
};

struct VerificationReport {
    bool ok = false;
    QByteArray bundleSm3; //!< SM3 of the bundle file as read (empty when verified from a value)
    quint64 chainId = 0;
    quint64 groupId = 0;
    quint64 orderId = 0;
    QByteArray contractAddress;
    QByteArray anchor;
    bool anchorGiven = false; //!< the anchor was compared with one the user supplied
    int sealerChanges = 0; //!< sealer-set changes chained from the anchor
    QList<ProvedStep> steps; //!< the steps proved before any failure
    QList<DocumentRef> documents; //!< the document hashes proved referenced on chain
    int documentFilesMatched = 0; //!< supplied files whose SM3 matched a document
    QByteArray exporterAddress; //!< 20 bytes, from the exporter's public key
    qint64 exportedAtMs = 0;
    std::optional<VerificationFailure> failure;

    //! Machine form for --json (hex as 0x…, times in ms, failure with check name).
    QJsonObject toJson() const;
};

} // namespace credit::evidence
