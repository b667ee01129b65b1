// SPDX-License-Identifier: Apache-2.0
// The order traffic of the sync benchmark's chain: who calls which
// CreditMarket function next, drawn from a seeded generator that keeps every
// order's state, so each call is one the contract accepts.
#pragma once

#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QList>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <utility>

namespace credit::bench {

//! One call to make: the signer and the ABI call data.
struct MarketCall {
    crypto::Sm2PrivateKey signer;
    QByteArray data;
};

class MarketTraffic final {
public:
    //! bureaus and banks are genesis institutions; the operator registers more as it goes.
    MarketTraffic(quint32 seed, crypto::Sm2PrivateKey operatorKey, QList<crypto::Sm2PrivateKey> bureaus,
        QList<crypto::Sm2PrivateKey> banks);

    //! The next call: registerInstitution, listProduct, placeOrder (or
    //! recordAuthorisation and placeAuthorisedOrder for a product that needs
    //! one), acceptOrder, rejectOrder, deliverReport or confirmReceipt, in
    //! proportions like a busy market's.
    MarketCall next();
    //! How many transactions the next block gets (uniform in [min, max]).
    int blockSize(int min, int max) { return min + static_cast<int>(m_random.bounded(quint32(max - min + 1))); }

private:
    struct OrderRef {
        quint64 id = 0;
        qsizetype bank = 0, bureau = 0;
    };
    MarketCall registerInstitution();
    MarketCall listProduct();
    MarketCall placeOrder();
    //! A letter for one bank and product, valid at any time; orders for it follow.
    MarketCall recordAuthorisation(qsizetype bank, quint64 product);
    //! Removes and returns a random order of the pool (swap with the last: order does not matter).
    OrderRef takeFrom(QList<OrderRef> &pool);

    QRandomGenerator m_random;
    crypto::Sm2PrivateKey m_operator;
    QList<crypto::Sm2PrivateKey> m_bureaus, m_banks;
    QList<std::pair<quint64, qsizetype>> m_products; // id, bureau index
    QList<OrderRef> m_placed, m_accepted, m_delivered;
    QSet<quint64> m_needsAuthorisation; // products that need a recorded authorisation
    QHash<std::pair<qsizetype, quint64>, quint64> m_authorisations; // (bank, product) -> authorisation id
    quint64 m_nextProduct = 1, m_nextOrder = 1, m_nextAuthorisation = 1;
};

} // namespace credit::bench
