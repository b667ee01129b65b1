// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace credit::devnet {

class BlockProducer;
class ChainDb;
struct DemoSpec;
struct Genesis;

//! What writing the demo history produced.
struct DemoHistorySummary {
    quint64 firstBlock = 0;
    quint64 lastBlock = 0;
    int transactions = 0;
    int documents = 0; //!< envelopes put in the document store
};

//! Writes the demo market's past (DemoPlan) onto a chain that holds only its
//! genesis block: every action is a transaction signed with the acting
//! institution's demo key or one of its users' (the operator opens the
//! spec's users right after registering the institutions), admitted by the
//! same rules as sendRawTransaction, and sealed with a backdated timestamp
//! in [now − spec.months, now − 1 day].
//! Every document an order refers to is sealed in a real envelope and put in
//! the document store. Any receipt with a status other than 0 stops the run
//! with an error naming the action and the revert reason.
Result<DemoHistorySummary> writeDemoHistory(
    ChainDb &db, BlockProducer &producer, const Genesis &genesis, const DemoSpec &spec, qint64 nowMs);

//! Marks the chain as waiting for its demo history (call in the transaction
//! that writes block 0), so a first start that dies half-way is recognised.
Result<void> markDemoHistoryPending(ChainDb &db);
//! True when a chain was marked pending and its history never finished.
bool demoHistoryInterrupted(ChainDb &db);

} // namespace credit::devnet
