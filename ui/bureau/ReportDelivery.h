// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "chain/MarketClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace credit::market {
class MarketSession;
}

namespace credit::ui {

//! Delivers a report (PROTOCOL.md §8): seals the PDF for its readers, stores
//! the envelope, and anchors SM3 of the PDF and of the envelope on chain.
//! Blocking: runs on the session's worker thread.
class ReportDelivery final {
    Q_DECLARE_TR_FUNCTIONS(ReportDelivery)
public:
    struct Plan {
        quint64 orderId = 0;
        QByteArray pdf;
        //! The order's bank and every regulator, from verified blocks; the bureau itself is added.
        QList<QByteArray> readers;
    };

    //! The deliverReport transaction's outcome. Each reader's public key comes
    //! from the node and is refused unless it hashes to the reader's verified account.
    static Result<market::Outcome> deliver(market::MarketSession &session, const Plan &plan);
};

} // namespace credit::ui
