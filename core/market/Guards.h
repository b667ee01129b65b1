// SPDX-License-Identifier: Apache-2.0
// Internal to core/market: typed reads and writes of the contract's records,
// and the checks the contract's private helpers make (requireActiveCaller,
// bureauOrder, ...), with the same reasons in the same order as the .sol.
#pragma once

#include "market/RuleContext.h"
#include "market/StateRecords.h"

#include <optional>

namespace credit::market::detail {

// Reads: nullopt when absent; ErrorKind::Corrupt when a stored record does not decode.
Result<QByteArray> loadOperator(const ContractState &state);
Result<std::optional<state::InstitutionRecord>> loadInstitution(const ContractState &state, QByteArrayView account);
Result<std::optional<state::UserRecord>> loadUser(const ContractState &state, QByteArrayView account);
Result<std::optional<state::ProductRecord>> loadProduct(const ContractState &state, quint64 productId);
Result<std::optional<state::OrderRecord>> loadOrder(const ContractState &state, quint64 orderId);
Result<std::optional<state::AuthorisationRecord>> loadAuthorisation(const ContractState &state, quint64 id);
//! The 链融 part of `bureau` in the order; nullopt when it is no partner of the order.
Result<std::optional<state::OrderPartRecord>> loadOrderPart(
    const ContractState &state, quint64 orderId, QByteArrayView bureau);

void storeInstitution(ContractState &state, QByteArrayView account, const state::InstitutionRecord &record);
void storeUser(ContractState &state, QByteArrayView account, const state::UserRecord &record);
void storeProduct(ContractState &state, quint64 productId, const state::ProductRecord &record);
void storeOrder(ContractState &state, quint64 orderId, const state::OrderRecord &record);
void storeAuthorisation(ContractState &state, quint64 id, const state::AuthorisationRecord &record);
void storeOrderPart(ContractState &state, quint64 orderId, QByteArrayView bureau, const state::OrderPartRecord &record);

//! institutions[account].active (false for an unknown account).
Result<bool> isActive(const ContractState &state, QByteArrayView account);
//! institutions[account].role == role && institutions[account].active.
Result<bool> hasActiveRole(const ContractState &state, QByteArrayView account, Role role);

//! require(msg.sender == operatorAccount, "caller is not the operator").
Result<void> requireOperator(const RuleContext &ctx);
//! actingInstitution(): the institution `sender` acts for, itself when it is
//! no user account, else its institution ("caller's user account is frozen").
Result<QByteArray> actingInstitution(const ContractState &state, QByteArrayView sender);

//! The caller has the role (else notThatRole) and is active.
Result<void> requireActiveCaller(const RuleContext &ctx, Role role, const char *notThatRole);
//! require(institutions[msg.sender].active, "caller's institution is not active").
Result<void> requireCallerActive(const RuleContext &ctx);

//! The product, which exists, belongs to the caller, who is active, and is listed.
Result<state::ProductRecord> ownedListedProduct(const RuleContext &ctx, quint64 productId);

//! The order, which exists ("unknown order").
Result<state::OrderRecord> existingOrder(const RuleContext &ctx, quint64 orderId);
//! The order, whose bureau is the caller, who is active.
Result<state::OrderRecord> bureauOrder(const RuleContext &ctx, quint64 orderId);
//! The order, whose bank is the caller, who is active.
Result<state::OrderRecord> bankOrder(const RuleContext &ctx, quint64 orderId);
//! require(order.state == expected, "order is not in state <expected>").
Result<void> requireState(const state::OrderRecord &order, OrderState expected);

//! order.state = next; order.updatedAt = block.timestamp.
void moveTo(const RuleContext &ctx, state::OrderRecord &order, OrderState next);

} // namespace credit::market::detail
