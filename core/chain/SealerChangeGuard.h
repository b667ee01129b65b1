// SPDX-License-Identifier: Apache-2.0
// Before the operator sends addSealer/remove to the consensus precompile: will
// the chain, and every light node that verifies it, survive the change?
// A block that brings a new sealer list is trusted only when a quorum of the
// OLD list signs it from inside the new one (BlockVerifier's SealerChange
// rule), so a change that keeps fewer old sealers than that quorum would stop
// every verifying node — and the chain — at that block. Refused here, before
// anything is signed, in words the operator can act on.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::chain {

//! What the guard found about one proposed sealer list.
struct SealerChangeCheck {
    qsizetype before = 0; //!< sealers in force now
    qsizetype after = 0; //!< sealers in the proposed list
    qsizetype kept = 0; //!< sealers of today's list still in the proposed one
    qsizetype quorumBefore = 0; //!< signatures a block needs today
    qsizetype quorumAfter = 0; //!< signatures a block needs after the change
    //! Empty when the change is safe. Set when the kept sealers alone cannot
    //! reach the new quorum: the chain then also needs the new sealers running
    //! and in sync before the change (allowed, but the operator must confirm).
    QString caution;
};

//! Checks replacing `current` by `proposed` (node ids, 64-byte SM2 public keys).
//! An error (with the reason in plain words) when the proposed list is empty,
//! unchanged, or keeps fewer of today's sealers than today's quorum.
Result<SealerChangeCheck> checkSealerChange(const QList<QByteArray> &current, const QList<QByteArray> &proposed);

} // namespace credit::chain
