// SPDX-License-Identifier: Apache-2.0
// A light store with many orders for UI benchmarks, written straight through
// LightStore::commitBlocks (the projection code the sync uses) from
// fabricated blocks: what matters here is the size of the tables the screens
// read, not signatures, so nothing in it would pass the verifier.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"

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
//! withAuthorisations: the orders of products that need a letter are placed
//! with recorded authorisations (one per bank and 300 orders, every fifth
//! short-lived, every seventh revoked when the bank records its next one).
Result<SyntheticOrders> writeSyntheticOrderStore(
    const QString &path, int orders, const QByteArray &heavyBank, bool withAuthorisations = false);

//! The regulator's decrypted copy for that store (issue 14): for orders 1..orders,
//! one of 50,000 enterprises in 31 provinces, most with a valid letter, some
//! expired or not yet valid, some without. Written through PrivateCopy (SM4 rows).
Result<void> writeSyntheticRequestFacts(const QString &copyPath, const crypto::Sm2PrivateKey &key, int orders);

//! One more block on the store: `orders` new orders after order `lastOrderId`
//! and the acceptance of as many earlier ones (the shape of a busy block).
Result<void> appendSyntheticBlock(const QString &path, int lastOrderId, int orders);

} // namespace credit::bench
