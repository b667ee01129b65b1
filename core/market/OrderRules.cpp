// SPDX-License-Identifier: Apache-2.0
// placeOrder and the bank's and bureau's transitions of an order; getOrder;
// the 链融 parts of an order (deliverPart, getOrderParts).
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

namespace {

const QByteArray kZeroWord(32, '\0');

abi::Value stateValue(OrderState state)
{
    return abi::Value::fromUInt(static_cast<quint64>(state));
}

// The events that carry nothing but the order, the actor and the new state.
Result<QByteArray> emitPlain(RuleContext &ctx, Event event, quint64 orderId, OrderState state)
{
    if (auto emitted
        = ctx.emitEvent(event, { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender), stateValue(state) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

// orderableProduct(bank, orderId, productId): the checks placeOrder and
// placeAuthorisedOrder share, in their order.
Result<state::ProductRecord> orderableProduct(const RuleContext &ctx, quint64 orderId, quint64 productId)
{
    if (auto caller = requireActiveCaller(ctx, Role::Bank, "caller is not a bank"); !caller)
        return caller.error();
    if (orderId == 0)
        return revert("order id must not be zero");
    auto existing = loadOrder(ctx.state, orderId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return revert("order id already exists");
    auto product = loadProduct(ctx.state, productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return revert("unknown product");
    const state::ProductRecord &p = **product;
    if (!p.listed)
        return revert("product is delisted");
    auto bureauActive = isActive(ctx.state, p.bureau);
    if (!bureauActive)
        return bureauActive.error();
    if (!*bureauActive)
        return revert("the product's bureau is not active");
    return p;
}

// openOrder(...): stores the new order and emits OrderPlaced.
Result<QByteArray> openOrder(RuleContext &ctx, quint64 orderId, quint64 productId, const state::ProductRecord &p,
    const QByteArray &authorisationHash, const QByteArray &requestDocument)
{
    state::OrderRecord order;
    order.productId = productId;
    order.bank = ctx.sender;
    order.bureau = p.bureau;
    order.state = OrderState::Placed;
    order.priceFen = p.priceFen;
    order.slaHours = p.slaHours;
    order.authorisationHash = authorisationHash;
    order.requestDocument = requestDocument;
    order.placedAt = ctx.timestampMs;
    order.updatedAt = ctx.timestampMs;
    storeOrder(ctx.state, orderId, order);
    for (const QByteArray &partner : p.partnerBureaus)
        storeOrderPart(ctx.state, orderId, partner, state::OrderPartRecord {});
    if (auto emitted = ctx.emitEvent(Event::OrderPlaced,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender), stateValue(OrderState::Placed),
                abi::Value::fromUInt(productId), abi::Value::address(p.bureau), abi::Value::fromUInt(p.priceFen),
                abi::Value::fixedBytes(authorisationHash), abi::Value::fixedBytes(requestDocument) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

// allPartsDelivered(orderId): every partner bureau's part is in.
Result<bool> allPartsDelivered(const RuleContext &ctx, quint64 orderId, quint64 productId)
{
    auto product = loadProduct(ctx.state, productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return true;
    for (const QByteArray &partner : (*product)->partnerBureaus) {
        auto part = loadOrderPart(ctx.state, orderId, partner);
        if (!part)
            return part.error();
        if (part->has_value() && (*part)->partHash == kZeroWord)
            return false;
    }
    return true;
}

} // namespace

Result<QByteArray> placeOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const quint64 productId = args.uint(1);
    const QByteArray authorisationHash = args.fixed(2);
    const QByteArray requestDocument = args.fixed(3);

    auto product = orderableProduct(ctx, orderId, productId);
    if (!product)
        return product.error();
    if (product->authorisationRequired)
        return revert("the product needs a recorded authorisation");
    if (requestDocument == kZeroWord)
        return revert("request document is required");
    return openOrder(ctx, orderId, productId, *product, authorisationHash, requestDocument);
}

Result<QByteArray> placeAuthorisedOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const quint64 productId = args.uint(1);
    const quint64 authorisationId = args.uint(2);
    const QByteArray requestDocument = args.fixed(3);

    auto product = orderableProduct(ctx, orderId, productId);
    if (!product)
        return product.error();
    auto record = loadAuthorisation(ctx.state, authorisationId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return revert("unknown authorisation");
    state::AuthorisationRecord a = **record;
    if (a.bank != ctx.sender)
        return revert("the authorisation belongs to another bank");
    if (a.revoked)
        return revert("the authorisation is revoked");
    if (ctx.timestampMs < a.validFrom || ctx.timestampMs >= a.validUntil)
        return revert("the authorisation is not valid at this time");
    if (!authorisationCovers(a, productId, product->series))
        return revert("the authorisation does not cover the product");
    if (requestDocument == kZeroWord)
        return revert("request document is required");

    a.uses += 1;
    storeAuthorisation(ctx.state, authorisationId, a);
    if (auto emitted = ctx.emitEvent(Event::AuthorisationUsed,
            { abi::Value::fromUInt(authorisationId), abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender),
                abi::Value::fromUInt(productId) });
        !emitted)
        return emitted.error();
    return openOrder(ctx, orderId, productId, *product, a.letterHash, requestDocument);
}

Result<QByteArray> acceptOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    auto order = bureauOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (auto inState = requireState(*order, OrderState::Placed); !inState)
        return inState.error();

    moveTo(ctx, *order, OrderState::Accepted);
    storeOrder(ctx.state, orderId, *order);
    return emitPlain(ctx, Event::OrderAccepted, orderId, OrderState::Accepted);
}

Result<QByteArray> rejectOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const QByteArray reason = args.bytes(1);
    auto order = bureauOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (auto inState = requireState(*order, OrderState::Placed); !inState)
        return inState.error();
    if (reason.isEmpty())
        return revert("reason is required");

    moveTo(ctx, *order, OrderState::Rejected);
    storeOrder(ctx.state, orderId, *order);
    if (auto emitted = ctx.emitEvent(Event::OrderRejected,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender), stateValue(OrderState::Rejected),
                abi::Value::bytes(reason) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> cancelOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    auto order = bankOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (auto inState = requireState(*order, OrderState::Placed); !inState)
        return inState.error();

    moveTo(ctx, *order, OrderState::Cancelled);
    storeOrder(ctx.state, orderId, *order);
    return emitPlain(ctx, Event::OrderCancelled, orderId, OrderState::Cancelled);
}

Result<QByteArray> deliverReport(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const QByteArray reportHash = args.fixed(1);
    const QByteArray reportDocument = args.fixed(2);
    auto order = bureauOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (auto inState = requireState(*order, OrderState::Accepted); !inState)
        return inState.error();
    auto partsIn = allPartsDelivered(ctx, orderId, order->productId);
    if (!partsIn)
        return partsIn.error();
    if (!*partsIn)
        return revert("a partner bureau's part is still awaited");
    if (reportHash == kZeroWord)
        return revert("report hash is required");
    if (reportDocument == kZeroWord)
        return revert("report document is required");

    order->reportHash = reportHash;
    order->reportDocument = reportDocument;
    moveTo(ctx, *order, OrderState::Delivered);
    storeOrder(ctx.state, orderId, *order);
    if (auto emitted = ctx.emitEvent(Event::ReportDelivered,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender), stateValue(OrderState::Delivered),
                abi::Value::fixedBytes(reportHash), abi::Value::fixedBytes(reportDocument) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> deliverPart(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const QByteArray partHash = args.fixed(1);
    const QByteArray partDocument = args.fixed(2);
    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order.error();
    auto loaded = loadOrderPart(ctx.state, orderId, ctx.sender);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return revert("caller is not a partner bureau of the order");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    if (auto inState = requireState(*order, OrderState::Accepted); !inState)
        return inState.error();
    state::OrderPartRecord part = **loaded;
    if (part.partHash != kZeroWord)
        return revert("the part is already delivered");
    if (partHash == kZeroWord)
        return revert("part hash is required");
    if (partDocument == kZeroWord)
        return revert("part document is required");

    part.partHash = partHash;
    part.partDocument = partDocument;
    part.deliveredAt = ctx.timestampMs;
    storeOrderPart(ctx.state, orderId, ctx.sender, part);
    if (auto emitted = ctx.emitEvent(Event::PartDelivered,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender), stateValue(order->state),
                abi::Value::fixedBytes(partHash), abi::Value::fixedBytes(partDocument) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> getOrderParts(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order.error();
    auto product = loadProduct(ctx.state, order->productId);
    if (!product)
        return product.error();
    QList<abi::Value> parts;
    if (product->has_value()) {
        for (const QByteArray &partner : (*product)->partnerBureaus) {
            auto part = loadOrderPart(ctx.state, orderId, partner);
            if (!part)
                return part.error();
            if (!part->has_value())
                continue;
            const state::OrderPartRecord &r = **part;
            parts += abi::Value::tuple({ abi::Value::address(partner), abi::Value::fixedBytes(r.partHash),
                abi::Value::fixedBytes(r.partDocument), abi::Value::fromUInt(r.deliveredAt) });
        }
    }
    return encodeOutputs(Function::GetOrderParts, { abi::Value::array(std::move(parts)) });
}

Result<QByteArray> confirmReceipt(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    auto order = bankOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (auto inState = requireState(*order, OrderState::Delivered); !inState)
        return inState.error();

    moveTo(ctx, *order, OrderState::Completed);
    storeOrder(ctx.state, orderId, *order);
    return emitPlain(ctx, Event::OrderCompleted, orderId, OrderState::Completed);
}

Result<QByteArray> getOrder(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order.error();

    const state::OrderRecord &o = *order;
    return encodeOutputs(Function::GetOrder,
        { abi::Value::tuple({ abi::Value::fromUInt(orderId), abi::Value::fromUInt(o.productId),
            abi::Value::address(o.bank), abi::Value::address(o.bureau), stateValue(o.state),
            abi::Value::fromUInt(o.priceFen), abi::Value::fromUInt(o.slaHours),
            abi::Value::fixedBytes(o.authorisationHash), abi::Value::fixedBytes(o.requestDocument),
            abi::Value::fixedBytes(o.reportHash), abi::Value::fixedBytes(o.reportDocument),
            abi::Value::address(o.mediator), abi::Value::address(o.disputeRaisedBy), abi::Value::fromUInt(o.placedAt),
            abi::Value::fromUInt(o.updatedAt) }) });
}

} // namespace credit::market::detail
