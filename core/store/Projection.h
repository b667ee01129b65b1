// SPDX-License-Identifier: Apache-2.0
// CreditMarket events → projection rows. Runs inside LightStore's block
// transaction; any error aborts the whole block.
#pragma once

#include "common/Result.h"
#include "market/MarketEvents.h"
#include "store/Sqlite.h"

#include <QByteArray>

namespace credit::store {

struct EventSource {
    quint64 block = 0;
    QByteArray tx;
    quint32 logIndex = 0;
    quint64 timeMs = 0; //!< the block timestamp: the event's time
};

//! Applies one event. Order and dispute events must find the order their
//! OrderPlaced created: a verified chain never skips one, so a missing order
//! means the store and the chain disagree, and the block is refused.
Result<void> projectEvent(Database &db, const EventSource &source, const market::MarketEvent &event);

} // namespace credit::store
