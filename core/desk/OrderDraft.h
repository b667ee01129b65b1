// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"
#include "market/MarketRecords.h"

#include <QDate>
#include <QString>

#include <optional>

namespace credit::desk {

//! What the loan officer filled in, before it becomes an order.
struct OrderDraft {
    market::ProductInfo product;
    QString enterpriseName, enterpriseCode, purpose;
    //! The letter with its validity (fileName, mediaType, dates, bytes); absent when none was attached.
    std::optional<market::AuthorisationLetter> letter;
};

} // namespace credit::desk
