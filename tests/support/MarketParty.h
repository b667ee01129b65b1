// SPDX-License-Identifier: Apache-2.0
// One institution's session against a devnet in integration tests: its key,
// a blocking RPC client, a transaction sender and a MarketClient.
#pragma once

#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "chain/TransactionSender.h"
#include "crypto/Sm2Key.h"
#include "chain/MarketClient.h"

#include <memory>

namespace credit::test {

struct MarketParty {
    crypto::Sm2PrivateKey key = crypto::Sm2PrivateKey::generate().value();
    std::unique_ptr<chain::RpcClient> client;
    std::unique_ptr<chain::FiscoRpc> rpc;
    std::unique_ptr<chain::TransactionSender> sender;
    std::unique_ptr<market::MarketClient> market;

    void connect(const QString &url, const QByteArray &contract)
    {
        client = std::make_unique<chain::RpcClient>(url);
        rpc = std::make_unique<chain::FiscoRpc>(*client, 1);
        chain::SenderOptions o;
        o.pollIntervalMs = 20; // devnets in tests seal every few tens of ms
        o.receiptTimeoutMs = 20000;
        sender = std::make_unique<chain::TransactionSender>(*rpc, key, 1, 1, o);
        market = std::make_unique<market::MarketClient>(*rpc, *sender, contract, key.address());
    }
};

} // namespace credit::test
