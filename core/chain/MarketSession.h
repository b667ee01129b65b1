// SPDX-License-Identifier: Apache-2.0
// One institution acting on the chain: its unlocked key, a transaction
// sender and typed CreditMarket calls over one endpoint, and the document
// store. Blocking throughout: the terminal keeps one on a worker thread
// (ui's TerminalContext) and never touches it from the GUI thread.
#pragma once

#include "chain/DocumentStoreClient.h"
#include "chain/FiscoRpc.h"
#include "chain/MarketClient.h"
#include "chain/NetworkProfile.h"
#include "chain/RpcClient.h"
#include "chain/TransactionSender.h"
#include "crypto/Sm2Key.h"

#include <memory>

namespace credit::market {

class MarketSession final {
public:
    //! endpoint: the one to send through (the light node's serving endpoint).
    MarketSession(const chain::NetworkProfile &profile, const QString &endpoint, crypto::Sm2PrivateKey key,
        const chain::RpcOptions &options = {});
    Q_DISABLE_COPY_MOVE(MarketSession)

    //! Typed contract calls, signed with the session's key; views as the key's account.
    MarketClient &market() { return *m_market; }
    chain::DocumentStoreClient &documents() { return *m_documents; }
    chain::FiscoRpc &rpc() { return *m_rpc; }
    //! Signs and sends any transaction with the session's key (e.g. to a precompiled contract).
    chain::TransactionSender &sender() { return *m_sender; }
    const crypto::Sm2PrivateKey &key() const { return m_key; }
    QByteArray account() const { return m_key.address(); }
    const chain::NetworkProfile &profile() const { return m_profile; }

private:
    chain::NetworkProfile m_profile;
    crypto::Sm2PrivateKey m_key;
    std::unique_ptr<chain::RpcClient> m_client;
    std::unique_ptr<chain::FiscoRpc> m_rpc;
    std::unique_ptr<chain::TransactionSender> m_sender;
    std::unique_ptr<MarketClient> m_market;
    std::unique_ptr<chain::DocumentStoreClient> m_documents;
};

} // namespace credit::market
