// SPDX-License-Identifier: Apache-2.0
#include "market/OrderDeadline.h"

namespace credit::market {

std::optional<OrderDeadline> OrderDeadline::of(
    OrderState state, quint64 placedAtMs, quint64 acceptedAtMs, quint32 slaHours)
{
    const quint64 slaMs = quint64(slaHours) * 3600 * 1000;
    switch (state) {
    case OrderState::Placed:
        return OrderDeadline { placedAtMs + slaMs };
    case OrderState::Accepted:
        return OrderDeadline { acceptedAtMs + slaMs };
    default:
        // Delivered, closed or disputed: the report is no longer owed.
        return std::nullopt;
    }
}

qint64 OrderDeadline::remainingMs(quint64 nowMs) const
{
    return nowMs <= dueAtMs ? static_cast<qint64>(dueAtMs - nowMs) : -static_cast<qint64>(nowMs - dueAtMs);
}

} // namespace credit::market
