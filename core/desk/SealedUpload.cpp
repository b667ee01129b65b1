// SPDX-License-Identifier: Apache-2.0
#include "desk/SealedUpload.h"

#include "chain/MarketSession.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>

namespace credit::desk {

Result<QByteArray> sealCheckAndUpload(market::MarketSession &session, const QByteArray &plaintext,
    const QList<crypto::Sm2PublicKey> &readers,
    const std::function<Result<QByteArray>(const QByteArray &documentHash)> &callData)
{
    auto envelope = crypto::envelope::seal(plaintext, readers);
    if (!envelope)
        return makeError(envelope.error().kind,
            QCoreApplication::translate("SealedUpload", "Sealing the document failed: %1")
                .arg(envelope.error().message));
    const QByteArray documentHash = crypto::sm3(*envelope);
    // The contract's own answer first (a frozen user, a delisted product…).
    if (auto allowed = session.market().dryRun(callData(documentHash)); !allowed)
        return makeError(allowed.error().kind,
            QCoreApplication::translate("SealedUpload", "The chain refused it: %1").arg(allowed.error().message));
    auto stored = session.documents().upload(*envelope);
    if (!stored)
        return makeError(stored.error().kind,
            QCoreApplication::translate("SealedUpload",
                "The document store did not take the document: %1. Check the network connection and submit again.")
                .arg(stored.error().message));
    if (*stored != documentHash)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate(
                "SealedUpload", "The document store named the document wrongly; nothing was sent."));
    return documentHash;
}

} // namespace credit::desk
