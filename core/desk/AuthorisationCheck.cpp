// SPDX-License-Identifier: Apache-2.0
#include "desk/AuthorisationCheck.h"

#include "crypto/Sm3.h"
#include "market/AuthorisationDocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace credit::desk {

QString authorisationMismatch(const market::OrderRequest &request, const QList<market::AuthorisationInfo> &recorded)
{
    if (request.authorisationId == 0)
        return {};
    const auto found = std::find_if(recorded.cbegin(), recorded.cend(),
        [&](const market::AuthorisationInfo &a) { return a.authorisationId == request.authorisationId; });
    if (found == recorded.cend())
        return QCoreApplication::translate("AuthorisationCheck",
            "The request names authorisation %1, which no verified block records for the ordering bank. "
            "Do not fulfil it: reject the order.")
            .arg(request.authorisationId);
    if (market::enterpriseCommitment(request.commitmentSalt, request.enterpriseCode) != found->enterpriseCommitment)
        return QCoreApplication::translate("AuthorisationCheck",
            "Authorisation %1 on chain was given by another enterprise than the request names (%2). "
            "Do not fulfil it: reject the order.")
            .arg(request.authorisationId)
            .arg(request.enterpriseCode);
    if (!request.authorisation || crypto::sm3(request.authorisation->content) != found->letterHash)
        return QCoreApplication::translate("AuthorisationCheck",
            "The letter in the request is not the letter recorded as authorisation %1. "
            "Do not fulfil it: reject the order.")
            .arg(request.authorisationId);
    return {};
}

} // namespace credit::desk
