// SPDX-License-Identifier: Apache-2.0
#include "market/MarketEvents.h"

#include "market/ValueReader.h"

#include <QCoreApplication>

namespace credit::market {

namespace {

using detail::ValueReader;

// The state word every order event carries after its two indexed arguments.
void checkState(ValueReader &in, OrderState expected, QString &mismatch)
{
    const OrderState state = in.state();
    if (state != expected && mismatch.isEmpty())
        mismatch = QCoreApplication::translate("MarketEvents", "carries state %1, the event means %2")
                       .arg(orderStateName(state), orderStateName(expected));
}

template<typename T> Result<T> orderEvent(ValueReader &in, const EventAbi &e, const QString &mismatch, T event)
{
    auto read = in.finish(std::move(event));
    if (read && !mismatch.isEmpty())
        return makeError(
            ErrorKind::InvalidInput, QCoreApplication::translate("MarketEvents", "%1 log: %2").arg(e.name, mismatch));
    return read;
}

Result<MarketEvent> widen(auto decoded)
{
    if (!decoded)
        return decoded.error();
    return MarketEvent(std::move(decoded).value());
}

Result<MarketEvent> decodeArguments(const EventAbi &e, const QList<abi::Value> &arguments)
{
    ValueReader in(arguments, e.name + QStringLiteral(" log"));
    QString mismatch;
    switch (e.id) {
    case Event::InstitutionRegistered:
        return widen(in.finish(InstitutionRegistered {
            in.address(), in.string(), in.string(), in.role(), static_cast<quint32>(in.uint()), in.bytes() }));
    case Event::InstitutionStatusChanged:
        return widen(in.finish(InstitutionStatusChanged { in.address(), in.boolean() }));
    case Event::ProductListed:
        return widen(in.finish(ProductListed { in.uint(), in.address(), in.series(), in.string(), in.string(),
            in.uint(), static_cast<quint32>(in.uint()), in.string(), in.boolean(), in.addresses() }));
    case Event::ProductUpdated:
        return widen(in.finish(
            ProductUpdated { in.uint(), in.address(), in.uint(), static_cast<quint32>(in.uint()), in.string() }));
    case Event::ProductDelisted:
        return widen(in.finish(ProductDelisted { in.uint(), in.address() }));
    case Event::UserOpened:
        return widen(in.finish(UserOpened { in.address(), in.address(), in.string(), in.bytes(), in.address() }));
    case Event::UserStatusChanged:
        return widen(in.finish(UserStatusChanged { in.address(), in.address(), in.boolean(), in.address() }));
    case Event::ActedBy:
        return widen(in.finish(ActedBy { in.address(), in.address() }));
    case Event::AuthorisationRecorded: {
        AuthorisationRecorded recorded;
        recorded.authorisationId = in.uint();
        recorded.bank = in.address();
        recorded.enterpriseCommitment = in.fixed();
        recorded.letterHash = in.fixed();
        recorded.letterDocument = in.fixed();
        recorded.series = static_cast<quint8>(in.uint());
        recorded.productIds = in.uints();
        recorded.purpose = in.string();
        recorded.validFromMs = in.uint();
        recorded.validUntilMs = in.uint();
        return widen(in.finish(std::move(recorded)));
    }
    case Event::AuthorisationRevoked:
        return widen(in.finish(AuthorisationRevoked { in.uint(), in.address(), in.string() }));
    case Event::AuthorisationUsed:
        return widen(in.finish(AuthorisationUsed { in.uint(), in.uint(), in.address(), in.uint() }));
    case Event::OrderPlaced: {
        OrderPlaced placed;
        placed.orderId = in.uint();
        placed.bank = in.address();
        checkState(in, OrderState::Placed, mismatch);
        placed.productId = in.uint();
        placed.bureau = in.address();
        placed.priceFen = in.uint();
        placed.authorisationHash = in.fixed();
        placed.requestDocument = in.fixed();
        return widen(orderEvent(in, e, mismatch, std::move(placed)));
    }
    default:
        break;
    }

    // The remaining events all start (orderId, actor, state).
    const quint64 orderId = in.uint();
    const QByteArray actor = in.address();
    switch (e.id) {
    case Event::OrderAccepted:
        checkState(in, OrderState::Accepted, mismatch);
        return widen(orderEvent(in, e, mismatch, OrderAccepted { orderId, actor }));
    case Event::OrderRejected: {
        checkState(in, OrderState::Rejected, mismatch);
        OrderRejected rejected { orderId, actor, in.string() };
        return widen(orderEvent(in, e, mismatch, std::move(rejected)));
    }
    case Event::OrderCancelled:
        checkState(in, OrderState::Cancelled, mismatch);
        return widen(orderEvent(in, e, mismatch, OrderCancelled { orderId, actor }));
    case Event::ReportDelivered: {
        checkState(in, OrderState::Delivered, mismatch);
        ReportDelivered delivered { orderId, actor, in.fixed(), in.fixed() };
        return widen(orderEvent(in, e, mismatch, std::move(delivered)));
    }
    case Event::OrderCompleted:
        checkState(in, OrderState::Completed, mismatch);
        return widen(orderEvent(in, e, mismatch, OrderCompleted { orderId, actor }));
    case Event::DisputeRaised: {
        checkState(in, OrderState::Disputed, mismatch);
        DisputeRaised raised { orderId, actor, in.address(), in.string(), in.bytes() };
        return widen(orderEvent(in, e, mismatch, std::move(raised)));
    }
    case Event::PartDelivered: {
        checkState(in, OrderState::Accepted, mismatch);
        PartDelivered delivered { orderId, actor, in.fixed(), in.fixed() };
        return widen(orderEvent(in, e, mismatch, std::move(delivered)));
    }
    case Event::DisputeResolved: {
        checkState(in, OrderState::Resolved, mismatch);
        DisputeResolved resolved { orderId, actor, in.string() };
        return widen(orderEvent(in, e, mismatch, std::move(resolved)));
    }
    default:
        break;
    }
    return makeError(
        ErrorKind::Internal, QCoreApplication::translate("MarketEvents", "%1 log: no decoder").arg(e.name));
}

// Member templates are not allowed in local classes, so the visitor lives here.
struct TransitionOf {
    std::optional<OrderTransition> operator()(const OrderPlaced &e) const
    {
        return OrderTransition { e.orderId, e.bank, OrderState::Placed };
    }
    std::optional<OrderTransition> operator()(const OrderAccepted &e) const
    {
        return OrderTransition { e.orderId, e.bureau, OrderState::Accepted };
    }
    std::optional<OrderTransition> operator()(const OrderRejected &e) const
    {
        return OrderTransition { e.orderId, e.bureau, OrderState::Rejected };
    }
    std::optional<OrderTransition> operator()(const OrderCancelled &e) const
    {
        return OrderTransition { e.orderId, e.bank, OrderState::Cancelled };
    }
    std::optional<OrderTransition> operator()(const ReportDelivered &e) const
    {
        return OrderTransition { e.orderId, e.bureau, OrderState::Delivered };
    }
    std::optional<OrderTransition> operator()(const OrderCompleted &e) const
    {
        return OrderTransition { e.orderId, e.bank, OrderState::Completed };
    }
    // 链融: a step of the order that leaves it Accepted (the trace and the evidence pack show it).
    std::optional<OrderTransition> operator()(const PartDelivered &e) const
    {
        return OrderTransition { e.orderId, e.bureau, OrderState::Accepted };
    }
    std::optional<OrderTransition> operator()(const DisputeRaised &e) const
    {
        return OrderTransition { e.orderId, e.raisedBy, OrderState::Disputed };
    }
    std::optional<OrderTransition> operator()(const DisputeResolved &e) const
    {
        return OrderTransition { e.orderId, e.mediator, OrderState::Resolved };
    }
    std::optional<OrderTransition> operator()(const auto &) const { return std::nullopt; }
};

} // namespace

Result<MarketEvent> decodeEvent(const Log &log)
{
    if (log.topics.isEmpty())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("MarketEvents", "an anonymous log is no CreditMarket event"));
    const EventAbi *e = eventByTopic(log.topics.front());
    if (!e)
        return makeError(
            ErrorKind::NotFound, QCoreApplication::translate("MarketEvents", "topic 0 is no CreditMarket event"));
    auto arguments = decodeLogArguments(*e, log);
    if (!arguments)
        return arguments.error();
    return decodeArguments(*e, *arguments);
}

std::optional<OrderTransition> orderTransition(const MarketEvent &event)
{
    return std::visit(TransitionOf {}, event);
}

} // namespace credit::market
