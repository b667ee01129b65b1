// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/MarketClient.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QList>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

//! Seals the request for `readers`, uploads the envelope and calls placeOrder
//! (blocking: the chain worker thread): the executed placeOrder. Errors say
//! which step failed.
Result<market::Outcome> placeOrder(
    market::MarketSession &session, const market::OrderRequest &request, const QList<crypto::Sm2PublicKey> &readers);

} // namespace credit::desk
