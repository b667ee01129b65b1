// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "devnet/TransactionExecutor.h"

namespace credit::devnet {

struct Genesis;

//! The CreditMarket contract on the devnet: core/market's native execution of
//! the contract's ABI over the contract state kept in the devnet's SQLite.
class MarketRuntime final : public TransactionExecutor {
public:
    Execution execute(ChainDb &db, const QByteArray &sender, const QByteArray &to, const QByteArray &data,
        quint64 blockNumber, quint64 timestampMs) override;

    //! The contract's constructor plus the genesis institutions, registered by
    //! the operator (call inside the transaction that writes block 0).
    //! writeInstitutions false: the genesis institutions are left to the
    //! demo history, which registers them by transactions (GENESIS.md).
    static Result<void> initialiseGenesisState(ChainDb &db, const Genesis &genesis, bool writeInstitutions = true);
};

} // namespace credit::devnet
