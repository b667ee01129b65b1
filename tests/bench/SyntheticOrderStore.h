// SPDX-License-Identifier: Apache-2.0
// A light store with many orders for UI benchmarks, written straight through
// LightStore::commitBlocks (the projection code the sync uses) from
// fabricated blocks: what matters here is the size of the tables the screens
// read, not signatures, so nothing in it would pass the verifier.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::bench {

struct SyntheticOrders {
    QByteArray bank; //!< the bank with the most orders (a heavy user's view)
    QByteArray bureau;
    int orders = 0;
    int ordersOfBank = 0;
};

//! Creates `path` with 5 banks, 3 bureaus, 30 products and `orders` orders
//! (a third accepted, a sixth delivered), 1,000 orders per block. heavyBank
//! (20 bytes) is the bank with half of the orders: the signed-in user's view.
Result<SyntheticOrders> writeSyntheticOrderStore(const QString &path, int orders, const QByteArray &heavyBank);

} // namespace credit::bench
