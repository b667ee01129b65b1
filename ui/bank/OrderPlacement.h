// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QList>

namespace credit::market {
class MarketSession;
}

namespace credit::ui {

//! A placeOrder the node has executed.
struct PlacedOrder {
    QByteArray txHash;
    quint64 block = 0;
    QByteArray requestDocument;  //!< SM3 of the uploaded envelope
};

//! Seals the request for `readers`, uploads the envelope and calls placeOrder
//! (blocking: the chain worker thread). Errors say which step failed.
Result<PlacedOrder> placeOrder(market::MarketSession &session, const market::OrderRequest &request,
                               const QList<crypto::Sm2PublicKey> &readers);

} // namespace credit::ui
