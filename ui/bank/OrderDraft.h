// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/OrderRequest.h"
#include "store/MarketQueries.h"

#include <QDate>
#include <QString>

#include <optional>

namespace credit::ui {

//! What the loan officer filled in, before it becomes an order.
struct OrderDraft {
    store::ProductInfo product;
    QString enterpriseName, enterpriseCode, purpose;
    //! The letter with its validity (fileName, mediaType, dates, bytes); absent when none was attached.
    std::optional<market::AuthorisationLetter> letter;
};

} // namespace credit::ui
