// SPDX-License-Identifier: Apache-2.0
// The bundle as JSON (docs/EVIDENCE_BUNDLE.md). The reader takes files from
// strangers: it refuses an oversized or deeply nested file before parsing it,
// and names the member that is wrong in every other refusal.
#pragma once

#include "common/Result.h"
#include "evidence/EvidenceBundle.h"

#include <QByteArray>
#include <QByteArrayView>

namespace credit::evidence {

//! Largest bundle the reader accepts. An order has a handful of steps of a few
//! kilobytes each; this leaves room for hundreds of steps and sealer changes.
inline constexpr qsizetype kMaxBundleBytes = 16 * 1024 * 1024;
//! Deepest nesting of arrays and objects the reader accepts (the schema needs 6).
inline constexpr int kMaxNestingDepth = 16;
//! Most steps, sealer changes, documents and signatures per header a bundle may carry.
inline constexpr qsizetype kMaxSteps = 4096;
inline constexpr qsizetype kMaxSealerChanges = 4096;
inline constexpr qsizetype kMaxDocuments = 64;
inline constexpr qsizetype kMaxSignatures = 1024;

//! The bundle as indented JSON.
QByteArray writeBundle(const EvidenceBundle &bundle);

//! Reads a bundle. ErrorKind::InvalidInput, with a message naming the problem:
//! too large, nested too deeply, not JSON, another format or version, or a
//! member missing or malformed. Checks shape only; verifyBundle() checks meaning.
Result<EvidenceBundle> readBundle(QByteArrayView json);

} // namespace credit::evidence
