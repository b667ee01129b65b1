// SPDX-License-Identifier: Apache-2.0
#include "desk/OrderRequestOpening.h"

#include "crypto/Envelope.h"
#include "crypto/SecretBytes.h"
#include "node/DocumentFetcher.h"

#include <QCoreApplication>

namespace credit::desk {

Result<market::OrderRequest> openOrderRequest(
    chain::DocumentFetcher &fetcher, quint64 orderId, const QByteArray &documentHash, const crypto::Sm2PrivateKey &key)
{
    auto fetched = fetcher.fetch(documentHash);
    if (!fetched)
        return fetched.error();
    auto plain = crypto::envelope::open(fetched->envelope, key);
    if (!plain)
        return plain.error();
    auto request = market::OrderRequest::parse(*plain);
    crypto::cleanse(*plain);
    if (!request)
        return request.error();
    if (request->orderId != orderId)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("RequestDecryption", "the request of order %1 names order %2")
                .arg(orderId)
                .arg(request->orderId));
    return request;
}

} // namespace credit::desk
