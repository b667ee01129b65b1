// SPDX-License-Identifier: Apache-2.0
#include "market/Guards.h"

namespace credit::market::detail {

namespace {

Error corrupt(const Error &error)
{
    return makeError(ErrorKind::Corrupt, QStringLiteral("corrupt contract state: ") + error.message);
}

template<typename Record, typename Decode>
Result<std::optional<Record>> load(const ContractState &state, const QByteArray &key, Decode decode)
{
    const std::optional<QByteArray> value = state.get(key);
    if (!value)
        return std::optional<Record>();
    auto record = decode(*value);
    if (!record)
        return corrupt(record.error());
    return std::optional<Record>(std::move(record).value());
}

} // namespace

Result<QByteArray> loadOperator(const ContractState &state)
{
    const std::optional<QByteArray> value = state.get(state::operatorKey());
    // The constructor always runs first (initialiseOperator at genesis).
    if (!value)
        return makeError(ErrorKind::Corrupt, QStringLiteral("corrupt contract state: no operator was initialised"));
    auto address = state::decodeOperator(*value);
    if (!address)
        return corrupt(address.error());
    return address;
}

Result<std::optional<state::InstitutionRecord>> loadInstitution(const ContractState &state, QByteArrayView account)
{
    return load<state::InstitutionRecord>(state, state::institutionKey(account), state::decodeInstitution);
}

Result<std::optional<state::UserRecord>> loadUser(const ContractState &state, QByteArrayView account)
{
    return load<state::UserRecord>(state, state::userKey(account), state::decodeUser);
}

Result<std::optional<state::ProductRecord>> loadProduct(const ContractState &state, quint64 productId)
{
    return load<state::ProductRecord>(state, state::productKey(productId), state::decodeProduct);
}

Result<std::optional<state::OrderRecord>> loadOrder(const ContractState &state, quint64 orderId)
{
    return load<state::OrderRecord>(state, state::orderKey(orderId), state::decodeOrder);
}

Result<std::optional<state::AuthorisationRecord>> loadAuthorisation(const ContractState &state, quint64 id)
{
    return load<state::AuthorisationRecord>(state, state::authorisationKey(id), state::decodeAuthorisation);
}

Result<std::optional<state::OrderPartRecord>> loadOrderPart(
    const ContractState &state, quint64 orderId, QByteArrayView bureau)
{
    return load<state::OrderPartRecord>(state, state::orderPartKey(orderId, bureau), state::decodeOrderPart);
}

void storeOrderPart(ContractState &state, quint64 orderId, QByteArrayView bureau, const state::OrderPartRecord &record)
{
    state.put(state::orderPartKey(orderId, bureau), state::encode(record));
}

void storeAuthorisation(ContractState &state, quint64 id, const state::AuthorisationRecord &record)
{
    state.put(state::authorisationKey(id), state::encode(record));
}

void storeInstitution(ContractState &state, QByteArrayView account, const state::InstitutionRecord &record)
{
    state.put(state::institutionKey(account), state::encode(record));
}

void storeUser(ContractState &state, QByteArrayView account, const state::UserRecord &record)
{
    state.put(state::userKey(account), state::encode(record));
}

void storeProduct(ContractState &state, quint64 productId, const state::ProductRecord &record)
{
    state.put(state::productKey(productId), state::encode(record));
}

void storeOrder(ContractState &state, quint64 orderId, const state::OrderRecord &record)
{
    state.put(state::orderKey(orderId), state::encode(record));
}

Result<bool> isActive(const ContractState &state, QByteArrayView account)
{
    auto institution = loadInstitution(state, account);
    if (!institution)
        return institution.error();
    return institution->has_value() && (*institution)->active;
}

Result<bool> hasActiveRole(const ContractState &state, QByteArrayView account, Role role)
{
    auto institution = loadInstitution(state, account);
    if (!institution)
        return institution.error();
    return institution->has_value() && (*institution)->role == role && (*institution)->active;
}

Result<void> requireOperator(const RuleContext &ctx)
{
    auto operatorAccount = loadOperator(ctx.state);
    if (!operatorAccount)
        return operatorAccount.error();
    if (ctx.sender != *operatorAccount)
        return revert("caller is not the operator");
    return {};
}

Result<QByteArray> actingInstitution(const ContractState &state, QByteArrayView sender)
{
    auto user = loadUser(state, sender);
    if (!user)
        return user.error();
    if (!user->has_value())
        return sender.toByteArray();
    if (!(*user)->active)
        return revert("caller's user account is frozen");
    return (*user)->institution;
}

Result<void> requireActiveCaller(const RuleContext &ctx, Role role, const char *notThatRole)
{
    auto institution = loadInstitution(ctx.state, ctx.sender);
    if (!institution)
        return institution.error();
    if (!institution->has_value() || (*institution)->role != role)
        return revert(notThatRole);
    if (!(*institution)->active)
        return revert("caller's institution is not active");
    return {};
}

Result<void> requireCallerActive(const RuleContext &ctx)
{
    auto active = isActive(ctx.state, ctx.sender);
    if (!active)
        return active.error();
    if (!*active)
        return revert("caller's institution is not active");
    return {};
}

Result<state::ProductRecord> ownedListedProduct(const RuleContext &ctx, quint64 productId)
{
    auto product = loadProduct(ctx.state, productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return revert("unknown product");
    if (ctx.sender != (*product)->bureau)
        return revert("caller is not the product's bureau");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    if (!(*product)->listed)
        return revert("product is delisted");
    return std::move(*product).value();
}

Result<state::OrderRecord> existingOrder(const RuleContext &ctx, quint64 orderId)
{
    auto order = loadOrder(ctx.state, orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return revert("unknown order");
    return std::move(*order).value();
}

Result<state::OrderRecord> bureauOrder(const RuleContext &ctx, quint64 orderId)
{
    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order;
    if (ctx.sender != order->bureau)
        return revert("caller is not the order's bureau");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    return order;
}

Result<state::OrderRecord> bankOrder(const RuleContext &ctx, quint64 orderId)
{
    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order;
    if (ctx.sender != order->bank)
        return revert("caller is not the order's bank");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    return order;
}

Result<void> requireState(const state::OrderRecord &order, OrderState expected)
{
    if (order.state != expected)
        return revert(QStringLiteral("order is not in state ") + orderStateName(expected));
    return {};
}

void moveTo(const RuleContext &ctx, state::OrderRecord &order, OrderState next)
{
    order.state = next;
    order.updatedAt = ctx.timestampMs;
}

} // namespace credit::market::detail
