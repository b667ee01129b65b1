// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "cli/CliContext.h"
#include "common/Result.h"

#include <memory>

namespace credit::cli {

//! A connection to a node for one creditctl run: --endpoint URL [--group N]
//! [--chain-id N] (the chain id is asked from the node when not given).
struct ChainSession {
    std::unique_ptr<chain::RpcClient> client;
    std::unique_ptr<chain::FiscoRpc> rpc;
    quint64 chainId = 0;
    quint64 groupId = 1;

    static Result<ChainSession> connect(const Args &args);
};

//! The options every chain verb takes, for Args::parse.
QStringList chainValueOptions();

//! A 20-byte address from hex text, with the option's name in the error.
Result<QByteArray> parseAddress(const QString &text, const QString &option);

} // namespace credit::cli
