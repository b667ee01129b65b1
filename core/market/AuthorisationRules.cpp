// SPDX-License-Identifier: Apache-2.0
// recordAuthorisation, revokeAuthorisation, getAuthorisation: an enterprise's
// authorisations (授权) as records of their own; placeAuthorisedOrder, which
// uses them, is with the other order rules.
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

namespace {

const QByteArray kZeroWord(32, '\0');
constexpr qsizetype kMaxAuthorisedProducts = 16; // MAX_AUTHORISED_PRODUCTS

// checkAuthorisedProducts(series, productIds).
Result<void> checkAuthorisedProducts(const RuleContext &ctx, quint64 series, const QList<quint64> &productIds)
{
    if (series == 0 && productIds.isEmpty())
        return revert("the authorisation covers no product");
    if (productIds.size() > kMaxAuthorisedProducts)
        return revert("too many products");
    for (qsizetype i = 0; i < productIds.size(); ++i) {
        auto product = loadProduct(ctx.state, productIds[i]);
        if (!product)
            return product.error();
        if (!product->has_value())
            return revert("unknown product");
        if (productIds.first(i).contains(productIds[i]))
            return revert("duplicate product");
    }
    return {};
}

} // namespace

bool authorisationCovers(const state::AuthorisationRecord &a, quint64 productId, Series series)
{
    if (a.series != 0 && a.series == static_cast<quint8>(series))
        return true;
    return a.productIds.contains(productId);
}

Result<QByteArray> recordAuthorisation(RuleContext &ctx, const Args &args)
{
    const quint64 id = args.uint(0);
    state::AuthorisationRecord a;
    a.bank = ctx.sender;
    a.enterpriseCommitment = args.fixed(1);
    a.letterHash = args.fixed(2);
    a.letterDocument = args.fixed(3);
    const quint64 series = args.uint(4);
    a.productIds = args.uints(5);
    a.purpose = args.bytes(6);
    a.validFrom = args.uint(7);
    a.validUntil = args.uint(8);

    if (auto caller = requireActiveCaller(ctx, Role::Bank, "caller is not a bank"); !caller)
        return caller.error();
    if (id == 0)
        return revert("authorisation id must not be zero");
    auto existing = loadAuthorisation(ctx.state, id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return revert("authorisation id already exists");
    if (a.enterpriseCommitment == kZeroWord)
        return revert("enterprise commitment is required");
    if (a.letterHash == kZeroWord)
        return revert("letter hash is required");
    if (a.letterDocument == kZeroWord)
        return revert("letter document is required");
    if (series > static_cast<quint64>(Series::Lianfu))
        return revert("unknown product series");
    if (auto covered = checkAuthorisedProducts(ctx, series, a.productIds); !covered)
        return covered.error();
    if (a.purpose.isEmpty())
        return revert("purpose is required");
    if (a.validUntil <= a.validFrom)
        return revert("validity ends before it begins");
    if (a.validUntil <= ctx.timestampMs)
        return revert("the authorisation has already expired");

    a.series = static_cast<quint8>(series);
    storeAuthorisation(ctx.state, id, a);
    QList<abi::Value> productIds;
    for (quint64 productId : a.productIds)
        productIds += abi::Value::fromUInt(productId);
    if (auto emitted = ctx.emitEvent(Event::AuthorisationRecorded,
            { abi::Value::fromUInt(id), abi::Value::address(ctx.sender), abi::Value::fixedBytes(a.enterpriseCommitment),
                abi::Value::fixedBytes(a.letterHash), abi::Value::fixedBytes(a.letterDocument),
                abi::Value::fromUInt(series), abi::Value::array(productIds), abi::Value::bytes(a.purpose),
                abi::Value::fromUInt(a.validFrom), abi::Value::fromUInt(a.validUntil) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> revokeAuthorisation(RuleContext &ctx, const Args &args)
{
    const quint64 id = args.uint(0);
    const QByteArray reason = args.bytes(1);

    auto record = loadAuthorisation(ctx.state, id);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown authorisation");
    state::AuthorisationRecord a = **record;
    if (a.bank != ctx.sender)
        return revert("caller is not the authorisation's bank");
    auto active = isActive(ctx.state, ctx.sender);
    if (!active)
        return active.error();
    if (!*active)
        return revert("caller's institution is not active");
    if (a.revoked)
        return revert("the authorisation is already revoked");
    if (reason.isEmpty())
        return revert("reason is required");

    a.revoked = true;
    storeAuthorisation(ctx.state, id, a);
    if (auto emitted = ctx.emitEvent(Event::AuthorisationRevoked,
            { abi::Value::fromUInt(id), abi::Value::address(ctx.sender), abi::Value::bytes(reason) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> getAuthorisation(RuleContext &ctx, const Args &args)
{
    const quint64 id = args.uint(0);
    auto record = loadAuthorisation(ctx.state, id);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown authorisation");

    const state::AuthorisationRecord &a = **record;
    QList<abi::Value> productIds;
    for (quint64 productId : a.productIds)
        productIds += abi::Value::fromUInt(productId);
    return encodeOutputs(Function::GetAuthorisation,
        { abi::Value::tuple({ abi::Value::fromUInt(id), abi::Value::address(a.bank),
            abi::Value::fixedBytes(a.enterpriseCommitment), abi::Value::fixedBytes(a.letterHash),
            abi::Value::fixedBytes(a.letterDocument), abi::Value::fromUInt(a.series), abi::Value::array(productIds),
            abi::Value::bytes(a.purpose), abi::Value::fromUInt(a.validFrom), abi::Value::fromUInt(a.validUntil),
            abi::Value::boolean(a.revoked), abi::Value::fromUInt(a.uses) }) });
}

} // namespace credit::market::detail
