// SPDX-License-Identifier: Apache-2.0
// Orders for the transition tests: the actions of PROTOCOL.md §7, a way to
// bring a fresh order into any state, and the diagram itself written out as
// the expected outcome of every action in every state.
#pragma once

#include "MarketFixture.h"

#include <optional>

namespace credit::market::test {

enum class Action { Accept, Reject, Cancel, Deliver, Confirm, DisputeByBank, DisputeByBureau, Resolve };
inline constexpr Action kAllActions[] = { Action::Accept, Action::Reject, Action::Cancel, Action::Deliver,
    Action::Confirm, Action::DisputeByBank, Action::DisputeByBureau, Action::Resolve };

QString actionName(Action action);
//! Who performs the action in the normal course: the order's bank, bureau or mediator.
QByteArray actorOf(const MarketFixture &f, Action action);
//! The call data of the action on the order, with valid arguments.
Result<QByteArray> callOf(const MarketFixture &f, Action action, quint64 orderId);

//! Places order orderId on MarketFixture::kProduct and moves it to target by
//! the shortest path (Disputed and Resolved through Accepted). Empty on success.
QString driveTo(MarketFixture &f, quint64 orderId, OrderState target);

//! The outcome §7 prescribes: the new state, or the revert reason.
struct Expected {
    std::optional<OrderState> next;
    QString reason;
};
Expected expectedOutcome(Action action, OrderState current);

} // namespace credit::market::test
