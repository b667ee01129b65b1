// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "devnet/TransactionExecutor.h"

#include <QByteArray>

namespace credit::devnet {

class BlockProducer;

//! FISCO's consensus precompiled contract (0x…1003) on the devnet: the
//! operator adds or removes a sealer with addSealer(string nodeID) or
//! remove(string nodeID); the change shows in the NEXT block's sealerList.
class ConsensusPrecompile final {
public:
    ConsensusPrecompile(BlockProducer &producer, QByteArray operatorAccount)
        : m_producer(producer), m_operator(std::move(operatorAccount))
    {
    }

    static QByteArray address();
    Execution execute(const QByteArray &sender, const QByteArray &data);

private:
    BlockProducer &m_producer;
    QByteArray m_operator;
};

} // namespace credit::devnet
