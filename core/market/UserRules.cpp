// SPDX-License-Identifier: Apache-2.0
// openUser, setUserActive, getUser: the user accounts of an institution (开立查询用户).
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

namespace {

constexpr qsizetype kPublicKeySize = 64; // SM2 x || y

// requireUserManager(institution): the operator, or the institution's own
// admin account while the institution is active.
Result<void> requireUserManager(const RuleContext &ctx, const QByteArray &institution)
{
    auto record = loadInstitution(ctx.state, institution);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown institution");
    auto operatorAccount = loadOperator(ctx.state);
    if (!operatorAccount)
        return operatorAccount.error();
    const bool isOperator = ctx.sender == *operatorAccount;
    if (!isOperator && ctx.sender != institution)
        return revert("caller is neither the operator nor the institution's admin");
    if (!isOperator && !(*record)->active)
        return revert("caller's institution is not active");
    return {};
}

} // namespace

Result<QByteArray> openUser(RuleContext &ctx, const Args &args)
{
    const QByteArray institution = args.address(0);
    const QByteArray user = args.address(1);
    const QByteArray name = args.bytes(2);
    const QByteArray publicKey = args.bytes(3);

    if (auto manager = requireUserManager(ctx, institution); !manager)
        return manager.error();
    if (user == QByteArray(20, '\0'))
        return revert("account is the zero address");
    auto operatorAccount = loadOperator(ctx.state);
    if (!operatorAccount)
        return operatorAccount.error();
    auto asInstitution = loadInstitution(ctx.state, user);
    if (!asInstitution)
        return asInstitution.error();
    auto asUser = loadUser(ctx.state, user);
    if (!asUser)
        return asUser.error();
    if (user == *operatorAccount || asInstitution->has_value() || asUser->has_value())
        return revert("account is already in use");
    if (name.isEmpty())
        return revert("user name is empty");
    if (publicKey.size() != kPublicKeySize)
        return revert("public key must be 64 bytes");

    storeUser(ctx.state, user, state::UserRecord { institution, true, name, publicKey });
    if (auto emitted = ctx.emitEvent(Event::UserOpened,
            { abi::Value::address(institution), abi::Value::address(user), abi::Value::bytes(name),
                abi::Value::bytes(publicKey), abi::Value::address(ctx.sender) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> setUserActive(RuleContext &ctx, const Args &args)
{
    const QByteArray user = args.address(0);
    const bool active = args.boolean(1);

    auto record = loadUser(ctx.state, user);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown user");
    state::UserRecord updated = **record;
    if (auto manager = requireUserManager(ctx, updated.institution); !manager)
        return manager.error();

    updated.active = active;
    storeUser(ctx.state, user, updated);
    if (auto emitted = ctx.emitEvent(Event::UserStatusChanged,
            { abi::Value::address(updated.institution), abi::Value::address(user), abi::Value::boolean(active),
                abi::Value::address(ctx.sender) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> getUser(RuleContext &ctx, const Args &args)
{
    const QByteArray user = args.address(0);
    auto record = loadUser(ctx.state, user);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown user");

    const state::UserRecord &r = **record;
    return encodeOutputs(Function::GetUser,
        { abi::Value::tuple({ abi::Value::address(user), abi::Value::address(r.institution),
            abi::Value::boolean(r.active), abi::Value::bytes(r.name), abi::Value::bytes(r.publicKey) }) });
}

} // namespace credit::market::detail
