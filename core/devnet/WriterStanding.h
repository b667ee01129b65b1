// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace credit::devnet {

class ChainDb;

//! What the chain's state says about an account that wants to write to the
//! document store.
enum class WriterStanding {
    Active, //!< an active registered institution, or an active user of one
    Inactive, //!< a registered institution that is not active (or a user of one)
    FrozenUser, //!< a user account that is frozen
    Unknown, //!< no institution or user has this account
};

//! Read from the CreditMarket contract's committed state in db (STATE.md):
//! an institution's admin account, or a user account standing for it.
WriterStanding writerStanding(ChainDb &db, const QByteArray &account);

} // namespace credit::devnet
