// SPDX-License-Identifier: Apache-2.0
#include "chain/MarketSession.h"

namespace credit::market {

namespace {
//! The sender's receipt wait stops with the same token as the session's transfers.
chain::SenderOptions senderOptions(const chain::RpcOptions &options)
{
    chain::SenderOptions sender;
    sender.cancel = options.cancel;
    return sender;
}
} // namespace

MarketSession::MarketSession(const chain::NetworkProfile &profile, const QString &endpoint, crypto::Sm2PrivateKey key,
    const chain::RpcOptions &options)
    : m_profile(profile), m_key(std::move(key)), m_client(std::make_unique<chain::RpcClient>(endpoint, options)),
      m_rpc(std::make_unique<chain::FiscoRpc>(*m_client, profile.groupId)),
      m_sender(std::make_unique<chain::TransactionSender>(
          *m_rpc, m_key, profile.chainId, profile.groupId, senderOptions(options))),
      m_market(std::make_unique<MarketClient>(*m_rpc, *m_sender, profile.contractAddress, m_key.address())),
      m_documents(std::make_unique<chain::DocumentStoreClient>(profile.documentStore, options))
{
    // The store admits only registered institutions' signed writes (docs/DOCUMENT_STORE.md).
    m_documents->signUploadsWith(m_key);
}

} // namespace credit::market
