// SPDX-License-Identifier: Apache-2.0
#include "desk/UsableAuthorisations.h"

#include "market/AuthorisationDocument.h"

namespace credit::desk {

namespace {

bool covers(const market::AuthorisationInfo &a, const market::ProductInfo &product)
{
    return a.productIds.contains(product.productId) || (a.series != 0 && a.series == quint8(product.series));
}

} // namespace

QList<UsableAuthorisation> usableAuthorisations(const QList<market::AuthorisationInfo> &recorded,
    const QHash<quint64, AuthorisationLetterView> &letters, const market::ProductInfo &product,
    const QString &enterpriseCode, quint64 nowMs)
{
    QList<UsableAuthorisation> out;
    if (!product.authorisationRequired || enterpriseCode.isEmpty())
        return out;
    for (const market::AuthorisationInfo &a : recorded) {
        if (!a.validAt(nowMs) || !covers(a, product))
            continue;
        const auto letter = letters.constFind(a.authorisationId);
        if (letter == letters.cend() || letter->enterpriseCode != enterpriseCode
            || market::enterpriseCommitment(letter->commitmentSalt, enterpriseCode) != a.enterpriseCommitment)
            continue;
        out << UsableAuthorisation { a, *letter };
    }
    return out;
}

void useRecordedAuthorisation(OrderDraft &draft, const UsableAuthorisation &usable)
{
    draft.recordedAuthorisationId = usable.info.authorisationId;
    draft.commitmentSalt = usable.letter.commitmentSalt;
    draft.letter = market::AuthorisationLetter { usable.letter.fileName, usable.letter.mediaType,
        usable.letter.validFrom, usable.letter.validUntil, usable.letter.content };
}

} // namespace credit::desk
