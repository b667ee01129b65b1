// SPDX-License-Identifier: Apache-2.0
#include "desk/OrderPlacement.h"

#include "chain/MarketSession.h"
#include "crypto/Sm3.h"
#include "desk/SealedUpload.h"
#include "market/MarketCalls.h"

#include <QCoreApplication>

namespace credit::desk {

Result<market::Outcome> recordAuthorisation(market::MarketSession &session,
    const market::AuthorisationDocument &document, quint8 series, const QList<quint64> &productIds,
    const QList<crypto::Sm2PublicKey> &readers)
{
    market::calls::AuthorisationTerms terms;
    terms.authorisationId = document.authorisationId;
    terms.enterpriseCommitment = document.commitment();
    terms.letterHash = crypto::sm3(document.letter.content);
    terms.series = series;
    terms.productIds = productIds;
    terms.purpose = document.purpose;
    const qint64 from = market::validityStartMs(document.letter.validFrom);
    const qint64 until = market::validityEndMs(document.letter.validUntil);
    if (from < 0 || until < 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("OrderPlacement", "The letter's validity dates are not dates."));
    terms.validFromMs = static_cast<quint64>(from);
    terms.validUntilMs = static_cast<quint64>(until);
    auto stored = sealCheckAndUpload(session, document.toJson(), readers, [&terms](const QByteArray &hash) {
        market::calls::AuthorisationTerms t = terms;
        t.letterDocument = hash;
        return market::calls::recordAuthorisation(t);
    });
    if (!stored)
        return makeError(stored.error().kind,
            QCoreApplication::translate("OrderPlacement", "The authorisation was not recorded: %1")
                .arg(stored.error().message));
    terms.letterDocument = *stored;
    auto outcome = session.market().recordAuthorisation(terms);
    if (!outcome)
        return makeError(outcome.error().kind,
            QCoreApplication::translate("OrderPlacement", "The chain refused the authorisation: %1")
                .arg(outcome.error().message));
    return *outcome;
}

Result<market::Outcome> placeOrder(market::MarketSession &session, const OrderPlan &plan)
{
    const market::OrderRequest &request = plan.request;
    if (plan.newAuthorisation) {
        auto recorded
            = recordAuthorisation(session, *plan.newAuthorisation, 0, { request.productId }, plan.authorisationReaders);
        if (!recorded)
            return recorded.error();
    }
    const auto callData = [&request](const QByteArray &hash) {
        return request.authorisationId != 0
            ? market::calls::placeAuthorisedOrder(request.orderId, request.productId, request.authorisationId, hash)
            : market::calls::placeOrder(request.orderId, request.productId, request.authorisationHash(), hash);
    };
    auto stored = sealCheckAndUpload(session, request.toJson(), plan.readers, callData);
    if (!stored) {
        if (plan.newAuthorisation)
            return makeError(stored.error().kind,
                QCoreApplication::translate("OrderPlacement",
                    "The authorisation was recorded, but the order was not placed: %1. "
                    "Place the order again and choose the recorded authorisation.")
                    .arg(stored.error().message));
        return makeError(stored.error().kind,
            QCoreApplication::translate("OrderPlacement", "The order was not placed: %1").arg(stored.error().message));
    }
    auto outcome = request.authorisationId != 0
        ? session.market().placeAuthorisedOrder(request.orderId, request.productId, request.authorisationId, *stored)
        : session.market().placeOrder(request.orderId, request.productId, request.authorisationHash(), *stored);
    if (!outcome)
        return makeError(outcome.error().kind,
            QCoreApplication::translate("OrderPlacement", "The chain refused the order: %1")
                .arg(outcome.error().message));
    return *outcome;
}

} // namespace credit::desk
