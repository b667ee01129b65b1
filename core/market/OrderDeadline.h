// SPDX-License-Identifier: Apache-2.0
// When a bureau owes an order's report (the SLA of UI.md "My orders"): the
// product's SLA hours run from acceptance, or from placement while the
// bureau has not answered yet. Orders that owe nothing have no deadline.
#pragma once

#include "market/MarketEnums.h"

#include <QtGlobal>

#include <optional>

namespace credit::market {

struct OrderDeadline {
    quint64 dueAtMs = 0; //!< epoch milliseconds, like block timestamps

    //! The deadline of an order in `state`: placedAtMs + sla while Placed,
    //! acceptedAtMs + sla while Accepted; nullopt in every other state.
    static std::optional<OrderDeadline> of(
        OrderState state, quint64 placedAtMs, quint64 acceptedAtMs, quint32 slaHours);

    //! Milliseconds left at nowMs; negative once overdue.
    qint64 remainingMs(quint64 nowMs) const;
    //! True when nowMs is past the deadline.
    bool overdue(quint64 nowMs) const { return nowMs > dueAtMs; }
};

} // namespace credit::market
