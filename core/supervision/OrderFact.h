// SPDX-License-Identifier: Apache-2.0
// One order as the supervision figures see it: a compact row (about 64
// bytes) so that a million of them scan in milliseconds. Times are seconds
// since the epoch (0: not happened); institutions, products, enterprises and
// resolutions are indexes into the FactTable's dictionaries.
#pragma once

#include "market/MarketEnums.h"
#include "market/SupervisionRecords.h"

#include <QtGlobal>

namespace credit::supervision {

struct OrderFact {
    quint64 orderId = 0;
    quint32 placedS = 0, acceptedS = 0, rejectedS = 0, deliveredS = 0;
    quint32 disputeRaisedS = 0, disputeResolvedS = 0;
    quint32 month = 0; //!< yyyy * 100 + MM, China time of placement
    quint32 product = 0; //!< index into FactTable::products()
    quint32 enterprise = 0; //!< index into FactTable::enterprises(); 0: not decrypted
    quint32 placedBlock = 0;
    quint16 minuteOfWeek = 0; //!< China time of placement, 0 = Monday 00:00
    quint16 bank = 0, bureau = 0; //!< indexes into FactTable::institutions()
    quint16 resolution = 0; //!< index into FactTable::resolutions(); 0: none
    market::OrderState state = market::OrderState::None; //!< the state now
    bool hasLetter = false; //!< the order's authorisation hash is not zero (from the chain)
    //! The letter's validity when placed, from the decrypted request (Unknown until then).
    market::LetterStatus privateLetter = market::LetterStatus::Unknown;
    //! Index into FactTable::authorisations() of the recorded authorisation it was placed with; 0: none.
    quint32 authorisation = 0;
};

//! Seconds → yyyy * 100 + MM and minute of the week, both China time (UTC+8, no DST).
quint32 chinaMonth(quint32 utcSeconds);
quint16 chinaMinuteOfWeek(quint32 utcSeconds);

} // namespace credit::supervision
