// SPDX-License-Identifier: Apache-2.0
// A CreditMarket event log as the bundle states it: the event's name and its
// arguments by name (addresses and bytes as 0x-hex, integers as decimal
// strings, strings as text). Exporter and verifier both derive it from the
// receipt's log, so a changed "event" member no longer matches.
#pragma once

#include "codec/Receipt.h"
#include "common/Result.h"
#include "evidence/EvidenceBundle.h"
#include "market/MarketEvents.h"

#include <QJsonObject>

namespace credit::evidence {

//! An order event decoded from a receipt log.
struct DecodedOrderEvent {
    QString name; //!< e.g. "OrderAccepted"
    market::OrderTransition transition; //!< order, actor, state after the event
    market::MarketEvent event;
    QJsonObject json; //!< {"name", "arguments": {…}}
};

//! Decodes log as a CreditMarket order event. InvalidInput when it is no
//! CreditMarket event, a malformed one, or one that is not about an order.
Result<DecodedOrderEvent> decodeOrderEvent(const chain::LogEntry &log);

//! The documents an order event references on chain, with their bundle roles
//! (OrderPlaced: request, authorisation; ReportDelivered: report, report-envelope);
//! all-zero hashes (no letter given) are left out.
QList<DocumentRef> documentsOf(const market::MarketEvent &event);

} // namespace credit::evidence
