// SPDX-License-Identifier: Apache-2.0
#include "bureau/ReportDelivery.h"

#include "codec/Hex.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "chain/MarketSession.h"

namespace credit::ui {

Result<market::Outcome> ReportDelivery::deliver(market::MarketSession &session, const Plan &plan)
{
    QList<crypto::Sm2PublicKey> recipients{session.key().publicKey()};
    for (const QByteArray &account : plan.readers) {
        if (account == session.account())
            continue;
        auto institution = session.market().institution(account);
        if (!institution)
            return institution.error();
        // The node's answer is unauthenticated; the account is verified and is the hash of the key.
        if (crypto::addressOf(institution->publicKey) != account)
            return makeError(ErrorKind::Crypto, tr("the node gave a public key for %1 that does not belong to it")
                                                    .arg(hex::encodePrefixed(account)));
        auto key = crypto::Sm2PublicKey::fromRaw(institution->publicKey);
        if (!key)
            return key.error();
        recipients << *key;
    }
    auto envelope = crypto::envelope::seal(plan.pdf, recipients);
    if (!envelope)
        return envelope.error();
    auto stored = session.documents().upload(*envelope);
    if (!stored)
        return stored.error();
    const QByteArray envelopeHash = crypto::sm3(*envelope);
    if (*stored != envelopeHash)
        return makeError(ErrorKind::Corrupt, tr("the document store named the report %1, not its hash %2")
                                                 .arg(hex::encodePrefixed(*stored), hex::encodePrefixed(envelopeHash)));
    return session.market().deliverReport(plan.orderId, crypto::sm3(plan.pdf), envelopeHash);
}

} // namespace credit::ui
