// SPDX-License-Identifier: Apache-2.0
// FISCO BCOS 2.x's consensus precompiled contract (0x…1003), as the operator
// uses it: addSealer(string nodeID) and remove(string nodeID), signed and
// sent like any transaction. A FISCO node reports a refused change as a
// negative int256 in the output of a successful receipt (not as a revert), so
// the output is read here: the caller never mistakes a refusal for a change.
#pragma once

#include "chain/TransactionSender.h"
#include "common/Result.h"

#include <QByteArray>

namespace credit::chain {

enum class SealerChangeKind { Add, Remove };

class ConsensusClient final {
public:
    //! sender must outlive the client (the operator's key signs).
    explicit ConsensusClient(TransactionSender &sender) : m_sender(sender) { }

    //! The precompile's address, 0x0000…1003.
    static QByteArray address();
    //! The call data of addSealer/remove for a 64-byte node id (lower-case hex, as FISCO's console sends it).
    static Result<QByteArray> callData(SealerChangeKind kind, const QByteArray &nodeId);
    //! Reads the int256 a FISCO node returns: an error for a negative code, naming it.
    static Result<void> readResult(const QByteArray &output);

    //! Sends the change and waits for its receipt; the sealer list changes from the next block on.
    Result<SentTransaction> change(SealerChangeKind kind, const QByteArray &nodeId);

private:
    TransactionSender &m_sender;
};

} // namespace credit::chain
