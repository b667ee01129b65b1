// SPDX-License-Identifier: Apache-2.0
// The manifest the exporter signs: one line per fact, every block, transaction
// and receipt named by the hash recomputed from its fields (never a stated
// hash), so the signature covers everything the proofs tie to those hashes.
// docs/EVIDENCE_BUNDLE.md gives the exact lines.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "evidence/EvidenceBundle.h"

#include <QByteArray>

namespace credit::evidence {

//! The manifest's bytes (UTF-8 lines ending in "\n"). A step whose raw
//! transaction does not decode is named by SM3 of the raw bytes instead.
QByteArray manifestBytes(const EvidenceBundle &bundle);

//! Fills bundle.exporter (public key, time, signature) by signing the manifest with key.
Result<void> sealBundle(EvidenceBundle &bundle, const crypto::Sm2PrivateKey &key, qint64 exportedAtMs);

//! True when bundle.exporter.signature is the exporter key's signature over manifestBytes(bundle).
bool manifestSignatureValid(const EvidenceBundle &bundle);

} // namespace credit::evidence
