// SPDX-License-Identifier: Apache-2.0
// The offline verifier of an evidence bundle (docs/EVIDENCE_BUNDLE.md,
// PROTOCOL.md §4–§6). It trusts nothing in the bundle but the anchor — and
// that only when the user does not give one: every header hash is recomputed
// from its fields, every sealer set is chained from the genesis by quorums of
// the set before it, every proof is folded to a recomputed header's root.
// No network, no files: pure, and safe on any thread.
#pragma once

#include "evidence/EvidenceBundle.h"
#include "evidence/VerificationReport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace credit::evidence {

//! A document file the user supplied, by name (for messages) and SM3.
struct SuppliedDocument {
    QString name;
    QByteArray sm3;
};

struct VerifyOptions {
    QByteArray anchor; //!< 32-byte genesis hash the user trusts; empty: the bundle's own (the report says so)
    QList<SuppliedDocument> documents; //!< each must match a document the order references
};

//! Valid signatures needed from n sealers: n − ⌊(n−1)/3⌋ (PROTOCOL.md §4).
qsizetype quorumOf(qsizetype sealers);

//! Runs every check in the order of evidence::Check; stops at the first failure.
VerificationReport verifyBundle(const EvidenceBundle &bundle, const VerifyOptions &options = {});

//! Reads (bounded, see readBundle) and verifies a bundle file's bytes; a file
//! that does not read fails with Check::Bundle. The report carries the file's SM3.
VerificationReport verifyBundleFile(QByteArrayView json, const VerifyOptions &options = {});

} // namespace credit::evidence
