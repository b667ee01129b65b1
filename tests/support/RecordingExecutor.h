// SPDX-License-Identifier: Apache-2.0
// A transaction executor for devnet tests that are about the chain, not the
// contract: it records data → sender in contract state, logs the call, and
// fails (status 22) when the data starts with "fail", after writing, so the
// producer's rollback is exercised.
#pragma once

#include "crypto/Sm3.h"
#include "devnet/ChainDb.h"
#include "devnet/TransactionExecutor.h"

namespace credit::test {

class RecordingExecutor final : public devnet::TransactionExecutor {
public:
    devnet::Execution execute(devnet::ChainDb &db, const QByteArray &sender, const QByteArray &, const QByteArray &data,
        quint64, quint64) override
    {
        (void)db.statePut(data, sender);
        if (data.startsWith("fail"))
            return { chain::kStatusRevert, QByteArray("reason"), {} };
        return { chain::kStatusSuccess, crypto::sm3(data), { { sender, { crypto::sm3(data) }, data } } };
    }
};

} // namespace credit::test
