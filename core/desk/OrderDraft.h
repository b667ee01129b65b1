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
    //! A recorded authorisation the order names instead of recording the letter
    //! anew (0: none); then letter is that authorisation's letter, and the salt
    //! its enterprise commitment's (desk/UsableAuthorisations).
    quint64 recordedAuthorisationId = 0;
    QByteArray commitmentSalt;

    //! What keeps this draft from being an order, in words for the loan officer
    //! (empty: none). `today` is the bank's calendar day (the letter must not
    //! have expired). The screens and creditctl ask the same question.
    QString problem(QDate today) const;
};

//! What keeps a letter from authorising anything today (empty: none): no
//! content, validity dates that do not parse or run backwards, expired, not begun.
QString letterProblem(const market::AuthorisationLetter &letter, QDate today);

} // namespace credit::desk
