// SPDX-License-Identifier: Apache-2.0
// Internal to core/market: one function per contract function, each doing
// what the function of the same name in CreditMarket.sol does, check for
// check in the same order (the first failing check names the revert reason).
#pragma once

#include "market/RuleContext.h"
#include "market/StateRecords.h"

namespace credit::market::detail {

using Rule = Result<QByteArray> (*)(RuleContext &ctx, const Args &args);

// InstitutionRules.cpp
Result<QByteArray> registerInstitution(RuleContext &ctx, const Args &args);
Result<QByteArray> setInstitutionActive(RuleContext &ctx, const Args &args);
Result<QByteArray> getInstitution(RuleContext &ctx, const Args &args);
Result<QByteArray> operatorAccount(RuleContext &ctx, const Args &args);

// UserRules.cpp
Result<QByteArray> openUser(RuleContext &ctx, const Args &args);
Result<QByteArray> setUserActive(RuleContext &ctx, const Args &args);
Result<QByteArray> getUser(RuleContext &ctx, const Args &args);

// ProductRules.cpp
Result<QByteArray> listProduct(RuleContext &ctx, const Args &args);
Result<QByteArray> updateProduct(RuleContext &ctx, const Args &args);
Result<QByteArray> delistProduct(RuleContext &ctx, const Args &args);
Result<QByteArray> getProduct(RuleContext &ctx, const Args &args);

// AuthorisationRules.cpp
Result<QByteArray> recordAuthorisation(RuleContext &ctx, const Args &args);
Result<QByteArray> revokeAuthorisation(RuleContext &ctx, const Args &args);
Result<QByteArray> getAuthorisation(RuleContext &ctx, const Args &args);
//! covers(a, p): the product is named, or its whole series is.
bool authorisationCovers(const state::AuthorisationRecord &a, quint64 productId, Series series);

// OrderRules.cpp
Result<QByteArray> placeOrder(RuleContext &ctx, const Args &args);
Result<QByteArray> placeAuthorisedOrder(RuleContext &ctx, const Args &args);
Result<QByteArray> acceptOrder(RuleContext &ctx, const Args &args);
Result<QByteArray> rejectOrder(RuleContext &ctx, const Args &args);
Result<QByteArray> cancelOrder(RuleContext &ctx, const Args &args);
Result<QByteArray> deliverReport(RuleContext &ctx, const Args &args);
Result<QByteArray> confirmReceipt(RuleContext &ctx, const Args &args);
Result<QByteArray> deliverPart(RuleContext &ctx, const Args &args);
Result<QByteArray> getOrderParts(RuleContext &ctx, const Args &args);
Result<QByteArray> getOrder(RuleContext &ctx, const Args &args);

// DisputeRules.cpp
Result<QByteArray> raiseDispute(RuleContext &ctx, const Args &args);
Result<QByteArray> resolveDispute(RuleContext &ctx, const Args &args);

//! The rule of a function.
Rule ruleFor(Function id);

} // namespace credit::market::detail
