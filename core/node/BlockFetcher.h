// SPDX-License-Identifier: Apache-2.0
// Fetching blocks as a node serves them, for the verifier to judge: headers
// with signatures, tx hashes and receipts, in pipelined JSON-RPC batches.
#pragma once

#include "chain/BlockVerifier.h"
#include "chain/RpcError.h"
#include "node/SyncTypes.h"

namespace credit::chain {

class RpcClient;

//! Blocks first … first+count−1 from one endpoint: three round trips
//! (headers, bodies, receipts), whatever the count.
Result<QList<CandidateBlock>, SyncError> fetchBlocks(RpcClient &client, quint64 groupId, quint64 first, int count);

//! An RPC failure as a sync failure; `what` says what was being fetched.
SyncError rpcFailure(const RpcError &error, const QString &what);

} // namespace credit::chain
