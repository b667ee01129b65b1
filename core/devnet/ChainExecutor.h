// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "devnet/ConsensusPrecompile.h"
#include "devnet/TransactionExecutor.h"

#include <memory>

namespace credit::devnet {

//! Routes each call by its `to`: the consensus precompile (0x…1003), the
//! contract runtime at the genesis contract address, and — as on an EVM chain —
//! a successful no-op for an address without code. A deployment (empty `to`)
//! fails with NoDeployPermission: the devnet runs no EVM code (docs/DECISIONS.md).
class ChainExecutor final : public TransactionExecutor {
public:
    ChainExecutor(QByteArray contractAddress, std::unique_ptr<TransactionExecutor> contract)
        : m_contractAddress(std::move(contractAddress)), m_contract(std::move(contract))
    {
    }

    //! The precompile needs the producer, which needs this executor: wired after both exist.
    void attachConsensus(BlockProducer &producer, const QByteArray &operatorAccount)
    {
        m_consensus = std::make_unique<ConsensusPrecompile>(producer, operatorAccount);
    }

    Execution execute(ChainDb &db, const QByteArray &sender, const QByteArray &to, const QByteArray &data,
        quint64 blockNumber, quint64 timestampMs) override
    {
        if (to.isEmpty())
            return { chain::kStatusNoDeployPermission, {}, {} };
        if (to == m_contractAddress)
            return m_contract->execute(db, sender, to, data, blockNumber, timestampMs);
        if (m_consensus && to == ConsensusPrecompile::address())
            return m_consensus->execute(sender, data);
        return {};
    }

private:
    QByteArray m_contractAddress;
    std::unique_ptr<TransactionExecutor> m_contract;
    std::unique_ptr<ConsensusPrecompile> m_consensus;
};

} // namespace credit::devnet
