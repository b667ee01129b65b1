// SPDX-License-Identifier: Apache-2.0
// Opening one order's request envelope on a worker: fetched only because a
// verified block names it (checked against that hash, cached), opened with
// the institution's key, parsed strictly, and checked to name that order.
// Blocking; shared by the regulator's decryption and the bank's enterprise names.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/OrderRequest.h"

#include <QByteArray>

namespace credit::chain {
class DocumentFetcher;
}

namespace credit::desk {

//! The request of orderId, whose envelope's SM3 is documentHash (from the verified store).
Result<market::OrderRequest> openOrderRequest(
    chain::DocumentFetcher &fetcher, quint64 orderId, const QByteArray &documentHash, const crypto::Sm2PrivateKey &key);

} // namespace credit::desk
