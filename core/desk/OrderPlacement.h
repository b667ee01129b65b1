// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/MarketClient.h"
#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/AuthorisationDocument.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace credit::market {
class MarketSession;
}

namespace credit::desk {

//! What is needed to place one order.
struct OrderPlan {
    market::OrderRequest request; //!< request.authorisationId names the authorisation, 0: none
    QList<crypto::Sm2PublicKey> readers; //!< of the request: DocumentReaders::ofOrder
    //! An authorisation to record on the way (its id is request.authorisationId,
    //! it covers request.productId), sealed for authorisationReaders.
    std::optional<market::AuthorisationDocument> newAuthorisation;
    QList<crypto::Sm2PublicKey> authorisationReaders; //!< DocumentReaders::ofAuthorisation
};

//! Records the plan's new authorisation (when it has one), then seals the
//! request for its readers, uploads it and calls placeAuthorisedOrder (or
//! placeOrder without an authorisation). Blocking: the chain worker thread.
//! The executed order transaction; errors say which step failed.
Result<market::Outcome> placeOrder(market::MarketSession &session, const OrderPlan &plan);

//! Seals the authorisation's document for `readers`, uploads it and sends
//! recordAuthorisation with the given scope and the letter's validity.
Result<market::Outcome> recordAuthorisation(market::MarketSession &session,
    const market::AuthorisationDocument &document, quint8 series, const QList<quint64> &productIds,
    const QList<crypto::Sm2PublicKey> &readers);

} // namespace credit::desk
