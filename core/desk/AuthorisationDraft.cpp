// SPDX-License-Identifier: Apache-2.0
#include "desk/AuthorisationDesk.h"

#include "desk/OrderDraft.h"
#include "market/Uscc.h"

namespace credit::desk {

QString AuthorisationDraft::problem(QDate today) const
{
    if (enterpriseName.trimmed().isEmpty())
        return tr("Enter the enterprise's name.");
    if (!uscc::check(enterpriseCode).ok())
        return tr("Enter a valid unified social credit code.");
    if (purpose.trimmed().isEmpty())
        return tr("Say what the enterprise authorises the bank to query for.");
    if (series == 0 && productIds.isEmpty())
        return tr("Choose the products or the series the letter covers.");
    return letterProblem(letter, today);
}

} // namespace credit::desk
