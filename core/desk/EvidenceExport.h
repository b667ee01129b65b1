// SPDX-License-Identifier: Apache-2.0
// Builds the evidence bundle of one order (docs/EVIDENCE_BUNDLE.md) from the
// verified light store, fetching from a node only what the store does not
// keep — the sealers' signatures, the raw transactions, the receipts and the
// Merkle proofs — and accepting each fetched part only if it matches the
// header the light node verified (same hash; proofs folding to its roots).
#pragma once

#include "chain/CancelToken.h"
#include "chain/ChainRpc.h"
#include "chain/NetworkProfile.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "evidence/EvidenceBundle.h"

#include <QString>

namespace credit::desk {

//! The bundle for order `orderId`, signed by the exporter's key.
//!
//! - storePath: the light store file (light.sqlite), opened read-only for the call.
//! - profile: the network's chain id, group, contract and genesis hash (the anchor
//!   the store must have been anchored at).
//! - rpc: a node of that network; used only for blocks the store has verified.
//! - cancel: checked between requests; a cancelled export returns an error and
//!   nothing else happens (abort requests in flight through the RPC's own token).
//!
//! Blocking (SQLite reads and one request per block, transaction and receipt):
//! call it from a worker thread, e.g. a DeskSession chain-worker job. Before
//! returning, the bundle is verified offline exactly as `creditctl evidence verify`
//! would; an error names the check that failed rather than handing out a bundle
//! that would not verify. NotFound when the store has no verified event of the order.
Result<evidence::EvidenceBundle> exportEvidence(const QString &storePath, const chain::NetworkProfile &profile,
    chain::ChainRpc &rpc, const crypto::Sm2PrivateKey &key, quint64 orderId, const chain::CancelToken &cancel,
    const Clock &clock = systemClock());

} // namespace credit::desk
