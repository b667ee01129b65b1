// SPDX-License-Identifier: Apache-2.0
// What the bank's desks check and make before they send: that the session is
// a registered bank, and a fresh readable id (orders, authorisations).
#pragma once

#include "common/Result.h"
#include "market/MarketRecords.h"

namespace credit::desk {

class DeskSession;

//! The session's institution as the verified store has it, when it is a registered bank.
Result<market::InstitutionInfo> signedInBank(DeskSession &session);

//! A readable id like the demo's: epochMs as UTC yyyyMMddHHmmss, then three
//! random digits (1-999) so several fit in a second. The caller checks it is free.
quint64 timeStampedId(qint64 epochMs);

} // namespace credit::desk
