// SPDX-License-Identifier: Apache-2.0
// raiseDispute and resolveDispute.
#include "market/Guards.h"
#include "market/Rules.h"

namespace credit::market::detail {

Result<QByteArray> raiseDispute(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const QByteArray mediator = args.address(1);
    const QByteArray reason = args.bytes(2);
    const QByteArray mediatorKeyEnvelope = args.bytes(3);

    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (ctx.sender != order->bank && ctx.sender != order->bureau)
        return revert("caller is not a party to the order");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    const OrderState state = order->state;
    if (state != OrderState::Accepted && state != OrderState::Delivered && state != OrderState::Completed)
        return revert("order is not in state Accepted, Delivered or Completed");
    auto mediatorOk = hasActiveRole(ctx.state, mediator, Role::Mediator);
    if (!mediatorOk)
        return mediatorOk.error();
    if (!*mediatorOk)
        return revert("mediator is not an active mediator");
    if (reason.isEmpty())
        return revert("reason is required");
    if (mediatorKeyEnvelope.isEmpty())
        return revert("mediator key envelope is required");

    order->mediator = mediator;
    order->disputeRaisedBy = ctx.sender;
    moveTo(ctx, *order, OrderState::Disputed);
    storeOrder(ctx.state, orderId, *order);
    if (auto emitted = ctx.emitEvent(Event::DisputeRaised,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender),
                abi::Value::fromUInt(static_cast<quint64>(OrderState::Disputed)), abi::Value::address(mediator),
                abi::Value::bytes(reason), abi::Value::bytes(mediatorKeyEnvelope) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

Result<QByteArray> resolveDispute(RuleContext &ctx, const Args &args)
{
    const quint64 orderId = args.uint(0);
    const QByteArray resolution = args.bytes(1);

    auto order = existingOrder(ctx, orderId);
    if (!order)
        return order.error();
    if (ctx.sender != order->mediator)
        return revert("caller is not the order's mediator");
    if (auto active = requireCallerActive(ctx); !active)
        return active.error();
    if (auto inState = requireState(*order, OrderState::Disputed); !inState)
        return inState.error();
    if (resolution.isEmpty())
        return revert("resolution is required");

    moveTo(ctx, *order, OrderState::Resolved);
    storeOrder(ctx.state, orderId, *order);
    if (auto emitted = ctx.emitEvent(Event::DisputeResolved,
            { abi::Value::fromUInt(orderId), abi::Value::address(ctx.sender),
                abi::Value::fromUInt(static_cast<quint64>(OrderState::Resolved)), abi::Value::bytes(resolution) });
        !emitted)
        return emitted.error();
    return QByteArray();
}

} // namespace credit::market::detail
