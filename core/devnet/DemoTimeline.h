// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "devnet/DemoDice.h"
#include "devnet/DemoPlan.h"

#include <QList>
#include <QString>

namespace credit::devnet {

//! Where a demo order ends up; every order state of PROTOCOL.md §7 is one.
enum class DemoFate : quint8 { Completed, Resolved, Rejected, Cancelled, Disputed, Delivered, Accepted, Placed };

//! Fates that leave the order waiting for someone (placed near the end of the history).
bool isOpenFate(DemoFate fate);

//! The fates of `count` orders in a shuffled order: fixed shares of the total
//! (Completed takes what the others leave), at least one order of each.
QList<DemoFate> demoFates(int count, DemoDice &dice);

//! One order's life, as offsets from its placement.
struct DemoTimeline {
    enum class Actor : quint8 { Bank, Bureau, Mediator };
    struct Step {
        qint64 offsetMs = 0;
        DemoStep step = DemoStep::PlaceOrder;
        Actor actor = Actor::Bank;
        QString text; //!< purpose, reason or resolution
    };
    QList<Step> steps; //!< starts with PlaceOrder at offset 0; offsets strictly increase

    qint64 span() const { return steps.isEmpty() ? 0 : steps.last().offsetMs; }
    //! Shrinks the offsets (a short history window), keeping them a minute apart at least.
    void scale(double factor);
};

//! Realistic delays: acceptance within hours, delivery within the SLA (one in
//! eight late, so the regulator sees breaches), confirmation within days,
//! mediation within two weeks; disputes after delivery, after completion,
//! over an overdue report, or raised by the bureau.
DemoTimeline demoTimeline(DemoFate fate, quint32 slaHours, DemoDice &dice);

} // namespace credit::devnet
