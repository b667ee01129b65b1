// SPDX-License-Identifier: Apache-2.0
// registerInstitution, setInstitutionActive, getInstitution, operatorAccount.
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

namespace {
constexpr qsizetype kCodeLength = 18; // unified social credit code
constexpr qsizetype kPublicKeySize = 64; // SM2 x || y
} // namespace

Result<QByteArray> registerInstitution(RuleContext &ctx, const Args &args)
{
    const QByteArray account = args.address(0);
    const QByteArray code = args.bytes(1);
    const QByteArray name = args.bytes(2);
    const quint64 role = args.uint(3);
    const quint64 regionCode = args.uint(4);
    const QByteArray publicKey = args.bytes(5);

    if (auto isOperator = requireOperator(ctx); !isOperator)
        return isOperator.error();
    if (account == QByteArray(20, '\0'))
        return revert("account is the zero address");
    if (account == ctx.sender) // the caller is the operator by now
        return revert("the operator cannot be registered as an institution");
    auto existing = loadInstitution(ctx.state, account);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return revert("institution is already registered");
    auto user = loadUser(ctx.state, account);
    if (!user)
        return user.error();
    if (user->has_value())
        return revert("account is a user account");
    if (role < static_cast<quint64>(Role::Bureau) || role > static_cast<quint64>(Role::Mediator))
        return revert("role must be bureau, bank, regulator or mediator");
    if (code.size() != kCodeLength)
        return revert("institution code must be 18 characters");
    if (name.isEmpty())
        return revert("institution name is empty");
    if (publicKey.size() != kPublicKeySize)
        return revert("public key must be 64 bytes");

    const state::InstitutionRecord record { static_cast<Role>(role), static_cast<quint32>(regionCode), true, code, name,
        publicKey };
    storeInstitution(ctx.state, account, record);
    if (auto emitted = ctx.emitEvent(Event::InstitutionRegistered,
            { abi::Value::address(account), abi::Value::bytes(code), abi::Value::bytes(name),
                abi::Value::fromUInt(role), abi::Value::fromUInt(regionCode), abi::Value::bytes(publicKey) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> setInstitutionActive(RuleContext &ctx, const Args &args)
{
    const QByteArray account = args.address(0);
    const bool active = args.boolean(1);

    if (auto isOperator = requireOperator(ctx); !isOperator)
        return isOperator.error();
    auto institution = loadInstitution(ctx.state, account);
    if (!institution)
        return institution.error();
    if (!institution->has_value())
        return revert("unknown institution");

    state::InstitutionRecord record = **institution;
    record.active = active;
    storeInstitution(ctx.state, account, record);
    if (auto emitted
        = ctx.emitEvent(Event::InstitutionStatusChanged, { abi::Value::address(account), abi::Value::boolean(active) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> getInstitution(RuleContext &ctx, const Args &args)
{
    const QByteArray account = args.address(0);
    auto institution = loadInstitution(ctx.state, account);
    if (!institution)
        return institution.error();
    if (!institution->has_value())
        return revert("unknown institution");

    const state::InstitutionRecord &r = **institution;
    return encodeOutputs(Function::GetInstitution,
        { abi::Value::tuple({ abi::Value::address(account), abi::Value::fromUInt(static_cast<quint64>(r.role)),
            abi::Value::fromUInt(r.regionCode), abi::Value::boolean(r.active), abi::Value::bytes(r.code),
            abi::Value::bytes(r.name), abi::Value::bytes(r.publicKey) }) });
}

Result<QByteArray> operatorAccount(RuleContext &ctx, const Args &)
{
    auto account = loadOperator(ctx.state);
    if (!account)
        return account.error();
    return encodeOutputs(Function::OperatorAccount, { abi::Value::address(*account) });
}

} // namespace credit::market::detail
