// SPDX-License-Identifier: Apache-2.0
// The CreditMarket contract executed natively: what the EVM does running
// CreditMarket.sol, from call data to return data, state writes and logs.
// The devnet runs every transaction to the contract through execute(); the
// terminal never does (it reads verified events), but may call() views.
#pragma once

#include "common/Result.h"
#include "market/ContractState.h"
#include "market/MarketLog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace credit::market {

struct ExecutionResult {
    //! True when the call reverted (FISCO receipt status 22, RevertInstruction).
    bool reverted = false;
    //! Return data; on a revert with a reason: SM3 Error(string) selector c703cb12 + ABI string.
    //! Empty on a revert without reason (unknown selector, call data that does not decode).
    QByteArray output;
    //! Emitted logs in order; always empty on a revert.
    QList<Log> logs;
    //! The reason of a revert, empty when there is none.
    QString revertReason;
};

//! What the constructor does: records the deployer as the operator. For genesis;
//! fails if the address is not 20 bytes or an operator is already recorded.
Result<void> initialiseOperator(ContractState &state, const QByteArray &operatorAddress);

//! Executes one transaction to the contract. On success the writes are applied
//! to state; on a revert state is not touched at all (every rule runs on a
//! BufferedContractState that is applied only on success), so a caller needs
//! no rollback of its own. sender and contractAddress are 20 bytes (a call
//! with anything else reverts with a reason saying so). blockNumber is
//! block.number, which the contract does not read today.
ExecutionResult execute(ContractState &state, const QByteArray &contractAddress, const QByteArray &sender,
    QByteArrayView callData, qint64 blockTimestampMs, quint64 blockNumber);

//! The JSON-RPC `call`: executes like execute() but never writes state and
//! returns no logs. Meant for the view functions (getOrder, ...).
ExecutionResult call(const ContractState &state, const QByteArray &contractAddress, const QByteArray &sender,
    QByteArrayView callData, qint64 blockTimestampMs, quint64 blockNumber);

} // namespace credit::market
