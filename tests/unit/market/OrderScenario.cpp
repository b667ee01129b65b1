// SPDX-License-Identifier: Apache-2.0
#include "OrderScenario.h"

#include "market/MarketCalls.h"

namespace credit::market::test {

QString actionName(Action action)
{
    switch (action) {
    case Action::Accept:
        return QStringLiteral("accept");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Cancel:
        return QStringLiteral("cancel");
    case Action::Deliver:
        return QStringLiteral("deliver");
    case Action::Confirm:
        return QStringLiteral("confirm");
    case Action::DisputeByBank:
        return QStringLiteral("dispute by bank");
    case Action::DisputeByBureau:
        return QStringLiteral("dispute by bureau");
    case Action::Resolve:
        return QStringLiteral("resolve");
    }
    return QString();
}

QByteArray actorOf(const MarketFixture &f, Action action)
{
    switch (action) {
    case Action::Accept:
    case Action::Reject:
    case Action::Deliver:
    case Action::DisputeByBureau:
        return f.bureau;
    case Action::Cancel:
    case Action::Confirm:
    case Action::DisputeByBank:
        return f.bank;
    case Action::Resolve:
        return f.mediator;
    }
    return QByteArray();
}

Result<QByteArray> callOf(const MarketFixture &f, Action action, quint64 orderId)
{
    switch (action) {
    case Action::Accept:
        return calls::acceptOrder(orderId);
    case Action::Reject:
        return calls::rejectOrder(orderId, QStringLiteral("授权书与企业不符"));
    case Action::Cancel:
        return calls::cancelOrder(orderId);
    case Action::Deliver:
        return calls::deliverReport(orderId, hash(0xB1), hash(0xB2));
    case Action::Confirm:
        return calls::confirmReceipt(orderId);
    case Action::DisputeByBank:
    case Action::DisputeByBureau:
        return calls::raiseDispute(orderId, f.mediator, QStringLiteral("报告内容有误"), QByteArray(113, '\x5e'));
    case Action::Resolve:
        return calls::resolveDispute(orderId, QStringLiteral("征信机构更正后重新交付"));
    }
    return makeError(ErrorKind::Internal, QStringLiteral("no such action"));
}

QString driveTo(MarketFixture &f, quint64 orderId, OrderState target)
{
    if (target == OrderState::None)
        return QString();
    QList<Action> path;
    switch (target) {
    case OrderState::None:
    case OrderState::Placed:
        break;
    case OrderState::Rejected:
        path = { Action::Reject };
        break;
    case OrderState::Cancelled:
        path = { Action::Cancel };
        break;
    case OrderState::Accepted:
        path = { Action::Accept };
        break;
    case OrderState::Delivered:
        path = { Action::Accept, Action::Deliver };
        break;
    case OrderState::Completed:
        path = { Action::Accept, Action::Deliver, Action::Confirm };
        break;
    case OrderState::Disputed:
        path = { Action::Accept, Action::DisputeByBank };
        break;
    case OrderState::Resolved:
        path = { Action::Accept, Action::DisputeByBank, Action::Resolve };
        break;
    }
    if (QString failed = f.expectSuccess(f.bank,
            calls::placeAuthorisedOrder(orderId, MarketFixture::kProduct, MarketFixture::kAuthorisation, hash(0xA2)));
        !failed.isEmpty())
        return QStringLiteral("place: ") + failed;
    for (Action action : path) {
        if (QString failed = f.expectSuccess(actorOf(f, action), callOf(f, action, orderId)); !failed.isEmpty())
            return actionName(action) + QStringLiteral(": ") + failed;
    }
    return QString();
}

Expected expectedOutcome(Action action, OrderState current)
{
    using S = OrderState;
    if (current == S::None)
        return { std::nullopt, QStringLiteral("unknown order") };
    switch (action) {
    case Action::Accept:
        if (current == S::Placed)
            return { S::Accepted, {} };
        return { std::nullopt, QStringLiteral("order is not in state Placed") };
    case Action::Reject:
        if (current == S::Placed)
            return { S::Rejected, {} };
        return { std::nullopt, QStringLiteral("order is not in state Placed") };
    case Action::Cancel:
        if (current == S::Placed)
            return { S::Cancelled, {} };
        return { std::nullopt, QStringLiteral("order is not in state Placed") };
    case Action::Deliver:
        if (current == S::Accepted)
            return { S::Delivered, {} };
        return { std::nullopt, QStringLiteral("order is not in state Accepted") };
    case Action::Confirm:
        if (current == S::Delivered)
            return { S::Completed, {} };
        return { std::nullopt, QStringLiteral("order is not in state Delivered") };
    case Action::DisputeByBank:
    case Action::DisputeByBureau:
        if (current == S::Accepted || current == S::Delivered || current == S::Completed)
            return { S::Disputed, {} };
        return { std::nullopt, QStringLiteral("order is not in state Accepted, Delivered or Completed") };
    case Action::Resolve:
        if (current == S::Disputed)
            return { S::Resolved, {} };
        // Only a dispute names a mediator: before one, nobody is the order's
        // mediator, and the caller check fails before the state check.
        if (current == S::Resolved)
            return { std::nullopt, QStringLiteral("order is not in state Disputed") };
        return { std::nullopt, QStringLiteral("caller is not the order's mediator") };
    }
    return {};
}

} // namespace credit::market::test
