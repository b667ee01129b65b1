// SPDX-License-Identifier: Apache-2.0
// The enterprise each of the bank's orders is about, read back from the
// request envelope the bank sealed to itself (among its readers) when it
// placed the order. Blocking: the bank's desk runs it on its own worker, so
// sends never wait behind it, and hands each answer to the screen as it comes.
#pragma once

#include "chain/CancelToken.h"
#include "crypto/Sm2Key.h"

#include <QList>
#include <QPromise>
#include <QString>

#include <memory>

namespace credit::desk {

//! One order's enterprise, or why its request could not be opened (problem not empty).
struct OrderEnterprise {
    quint64 orderId = 0;
    QString name;
    QString code; //!< unified social credit code
    QString problem;
};

//! Where the requests come from; everything a worker needs, no session.
struct OrderEnterpriseSource {
    QString store; //!< the light store (its own read-only connection)
    QString documentCache;
    QString documentStoreUrl;
    crypto::Sm2PrivateKey key;
    //! Fired when the desk goes: the fetch in flight ends and no further order is opened.
    std::shared_ptr<const chain::CancelToken> cancel;
};

//! Opens the orders' requests in the order given, one result per order as it
//! is known; stops early when the promise or the source is cancelled.
void openOrderEnterprises(
    QPromise<OrderEnterprise> &promise, const OrderEnterpriseSource &source, const QList<quint64> &orderIds);

} // namespace credit::desk
