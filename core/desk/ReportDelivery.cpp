// SPDX-License-Identifier: Apache-2.0
#include "desk/ReportDelivery.h"

#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "chain/MarketSession.h"

namespace credit::desk {

Result<QByteArray> ReportDelivery::sealAndStore(market::MarketSession &session, const Plan &plan)
{
    auto envelope = crypto::envelope::seal(plan.pdf, plan.readers);
    if (!envelope)
        return envelope.error();
    auto stored = session.documents().upload(*envelope);
    if (!stored)
        return stored.error();
    const QByteArray envelopeHash = crypto::sm3(*envelope);
    if (*stored != envelopeHash)
        return makeError(ErrorKind::Corrupt,
            tr("the document store named the report %1, not its hash %2")
                .arg(hex::encodePrefixed(*stored), hex::encodePrefixed(envelopeHash)));
    return envelopeHash;
}

Result<market::Outcome> ReportDelivery::deliver(market::MarketSession &session, const Plan &plan)
{
    auto envelopeHash = sealAndStore(session, plan);
    if (!envelopeHash)
        return envelopeHash.error();
    return session.market().deliverReport(plan.orderId, crypto::sm3(plan.pdf), *envelopeHash);
}

Result<market::Outcome> ReportDelivery::deliverPart(market::MarketSession &session, const Plan &plan)
{
    auto envelopeHash = sealAndStore(session, plan);
    if (!envelopeHash)
        return envelopeHash.error();
    return session.market().deliverPart(plan.orderId, crypto::sm3(plan.pdf), *envelopeHash);
}

} // namespace credit::desk
