// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/MarketClient.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

//! Delivers a report (PROTOCOL.md §8): seals the PDF for its readers, stores
//! the envelope, and anchors SM3 of the PDF and of the envelope on chain.
//! Blocking: runs on the session's worker thread.
class ReportDelivery final {
    Q_DECLARE_TR_FUNCTIONS(ReportDelivery)
public:
    struct Plan {
        quint64 orderId = 0;
        QByteArray pdf;
        //! The order's bank, the bureau and every regulator: DocumentReaders::ofOrder (verified keys).
        QList<crypto::Sm2PublicKey> readers;
    };

    //! The deliverReport transaction's outcome.
    static Result<market::Outcome> deliver(market::MarketSession &session, const Plan &plan);
    //! 链融, by a partner bureau: seals the part (plan.pdf holds its bytes) for
    //! DocumentReaders::ofPart, stores it and anchors it with deliverPart.
    static Result<market::Outcome> deliverPart(market::MarketSession &session, const Plan &plan);

private:
    //! Seals for the plan's readers and stores: SM3 of the envelope, checked against the store's name.
    static Result<QByteArray> sealAndStore(market::MarketSession &session, const Plan &plan);
};

} // namespace credit::desk
