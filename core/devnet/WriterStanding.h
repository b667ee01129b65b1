// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace credit::devnet {

class ChainDb;

//! What the chain's state says about an account that wants to write to the
//! document store.
enum class WriterStanding {
    Active, //!< an active registered institution
    Inactive, //!< a registered institution that is not active
    Unknown, //!< no institution has this account
};

//! Read from the CreditMarket contract's committed state in db (STATE.md).
//! Issue 15 seam: once institutions have users, an active user of an active
//! institution is Active too; this is the one place to add that lookup.
WriterStanding writerStanding(ChainDb &db, const QByteArray &account);

} // namespace credit::devnet
