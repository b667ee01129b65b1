// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"
#include "market/OrderRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::desk {

//! What the bureau checks before it believes an order's authorisation: the
//! chain cannot see the enterprise, so the request's salt and credit code
//! must give the commitment the recorded authorisation holds, and the letter
//! inside must be the recorded letter. `recorded` are the order's bank's
//! authorisations from verified blocks. Empty when the request is consistent
//! (or names no recorded authorisation); else what is wrong and what to do.
QString authorisationMismatch(const market::OrderRequest &request, const QList<market::AuthorisationInfo> &recorded);

} // namespace credit::desk
