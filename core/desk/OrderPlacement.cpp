// SPDX-License-Identifier: Apache-2.0
#include "desk/OrderPlacement.h"

#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "chain/MarketSession.h"

#include <QCoreApplication>

namespace credit::desk {

Result<market::Outcome> placeOrder(
    market::MarketSession &session, const market::OrderRequest &request, const QList<crypto::Sm2PublicKey> &readers)
{
    auto envelope = crypto::envelope::seal(request.toJson(), readers);
    if (!envelope)
        return makeError(envelope.error().kind,
            QCoreApplication::translate("OrderPlacement", "Sealing the request failed: %1")
                .arg(envelope.error().message));
    // The contract's own answer first (a frozen user, a delisted product…):
    // a request the chain would refuse is never uploaded.
    if (auto allowed = session.market().checkPlaceOrder(
            request.orderId, request.productId, request.authorisationHash(), crypto::sm3(*envelope));
        !allowed)
        return makeError(allowed.error().kind,
            QCoreApplication::translate("OrderPlacement", "The chain refused the order: %1")
                .arg(allowed.error().message));
    auto stored = session.documents().upload(*envelope);
    if (!stored)
        return makeError(stored.error().kind,
            QCoreApplication::translate("OrderPlacement",
                "The document store did not take the request: %1. "
                "Check the network connection and submit again.")
                .arg(stored.error().message));
    if (*stored != crypto::sm3(*envelope))
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate(
                "OrderPlacement", "The document store named the request wrongly; nothing was sent."));
    auto outcome
        = session.market().placeOrder(request.orderId, request.productId, request.authorisationHash(), *stored);
    if (!outcome)
        return makeError(outcome.error().kind,
            QCoreApplication::translate("OrderPlacement", "The chain refused the order: %1")
                .arg(outcome.error().message));
    return *outcome;
}

} // namespace credit::desk
