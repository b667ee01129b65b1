// SPDX-License-Identifier: Apache-2.0
// listProduct, updateProduct, delistProduct, getProduct.
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

namespace {

// Bounds the duplicate check over partner bureaus (quadratic), as the .sol does.
constexpr qsizetype kMaxPartnerBureaus = 8;

QList<abi::Value> addressValues(const QList<QByteArray> &addresses)
{
    QList<abi::Value> out;
    for (const QByteArray &address : addresses)
        out += abi::Value::address(address);
    return out;
}

// checkPartners in the .sol.
Result<void> checkPartners(const RuleContext &ctx, quint64 series, const QList<QByteArray> &partners)
{
    if (series != static_cast<quint64>(Series::Lianrong) && !partners.isEmpty())
        return revert("only series 2 products may have partner bureaus");
    if (partners.size() > kMaxPartnerBureaus)
        return revert("too many partner bureaus");
    for (qsizetype i = 0; i < partners.size(); ++i) {
        if (partners[i] == ctx.sender)
            return revert("a partner bureau is the product's own bureau");
        auto bureau = hasActiveRole(ctx.state, partners[i], Role::Bureau);
        if (!bureau)
            return bureau.error();
        if (!*bureau)
            return revert("partner is not an active bureau");
        for (qsizetype j = 0; j < i; ++j) {
            if (partners[j] == partners[i])
                return revert("duplicate partner bureau");
        }
    }
    return {};
}

} // namespace

Result<QByteArray> listProduct(RuleContext &ctx, const Args &args)
{
    const quint64 productId = args.uint(0);
    const quint64 series = args.uint(1);
    const QByteArray name = args.bytes(2);
    const QByteArray description = args.bytes(3);
    const quint64 priceFen = args.uint(4);
    const quint64 slaHours = args.uint(5);
    const QByteArray deliveryFormat = args.bytes(6);
    const bool authorisationRequired = args.boolean(7);
    const QList<QByteArray> partners = args.addresses(8);

    if (auto caller = requireActiveCaller(ctx, Role::Bureau, "caller is not a bureau"); !caller)
        return caller.error();
    if (productId == 0)
        return revert("product id must not be zero");
    auto existing = loadProduct(ctx.state, productId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return revert("product id already exists");
    if (series < static_cast<quint64>(Series::Liantong) || series > static_cast<quint64>(Series::Lianfu))
        return revert("unknown product series");
    if (name.isEmpty())
        return revert("product name is empty");
    if (slaHours == 0)
        return revert("SLA must be at least one hour");
    if (auto checked = checkPartners(ctx, series, partners); !checked)
        return checked.error();

    const state::ProductRecord record { ctx.sender, static_cast<Series>(series), name, description, priceFen,
        static_cast<quint32>(slaHours), deliveryFormat, authorisationRequired, partners, true };
    storeProduct(ctx.state, productId, record);
    if (auto emitted = ctx.emitEvent(Event::ProductListed,
            { abi::Value::fromUInt(productId), abi::Value::address(ctx.sender), abi::Value::fromUInt(series),
                abi::Value::bytes(name), abi::Value::bytes(description), abi::Value::fromUInt(priceFen),
                abi::Value::fromUInt(slaHours), abi::Value::bytes(deliveryFormat),
                abi::Value::boolean(authorisationRequired), abi::Value::array(addressValues(partners)) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> updateProduct(RuleContext &ctx, const Args &args)
{
    const quint64 productId = args.uint(0);
    const quint64 priceFen = args.uint(1);
    const quint64 slaHours = args.uint(2);
    const QByteArray description = args.bytes(3);

    auto product = ownedListedProduct(ctx, productId);
    if (!product)
        return product.error();
    if (slaHours == 0)
        return revert("SLA must be at least one hour");

    product->priceFen = priceFen;
    product->slaHours = static_cast<quint32>(slaHours);
    product->description = description;
    storeProduct(ctx.state, productId, *product);
    if (auto emitted = ctx.emitEvent(Event::ProductUpdated,
            { abi::Value::fromUInt(productId), abi::Value::address(ctx.sender), abi::Value::fromUInt(priceFen),
                abi::Value::fromUInt(slaHours), abi::Value::bytes(description) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> delistProduct(RuleContext &ctx, const Args &args)
{
    const quint64 productId = args.uint(0);

    auto product = ownedListedProduct(ctx, productId);
    if (!product)
        return product.error();

    product->listed = false;
    storeProduct(ctx.state, productId, *product);
    if (auto emitted
        = ctx.emitEvent(Event::ProductDelisted, { abi::Value::fromUInt(productId), abi::Value::address(ctx.sender) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> getProduct(RuleContext &ctx, const Args &args)
{
    const quint64 productId = args.uint(0);
    auto product = loadProduct(ctx.state, productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return revert("unknown product");

    const state::ProductRecord &r = **product;
    return encodeOutputs(Function::GetProduct,
        { abi::Value::tuple({ abi::Value::fromUInt(productId), abi::Value::address(r.bureau),
            abi::Value::fromUInt(static_cast<quint64>(r.series)), abi::Value::bytes(r.name),
            abi::Value::bytes(r.description), abi::Value::fromUInt(r.priceFen), abi::Value::fromUInt(r.slaHours),
            abi::Value::bytes(r.deliveryFormat), abi::Value::boolean(r.authorisationRequired),
            abi::Value::array(addressValues(r.partnerBureaus)), abi::Value::boolean(r.listed) }) });
}

} // namespace credit::market::detail
