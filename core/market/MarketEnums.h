// SPDX-License-Identifier: Apache-2.0
// The small vocabularies of the CreditMarket contract. The numbers are the
// contract's (uint8 on the wire), so they never change.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace credit::market {

enum class Role : quint8 {
    Operator = 1, //!< the deployer; registers institutions (not an institution record itself)
    Bureau = 2,
    Bank = 3,
    Regulator = 4,
    Mediator = 5,
};

enum class Series : quint8 {
    Liantong = 1, //!< 链通
    Lianrong = 2, //!< 链融, the only series with partner bureaus
    Lianfu = 3, //!< 链服
};

//! Order states in the contract's enum order (PROTOCOL.md §7).
enum class OrderState : quint8 {
    None = 0, //!< no such order
    Placed = 1,
    Accepted = 2,
    Rejected = 3,
    Cancelled = 4,
    Delivered = 5,
    Completed = 6,
    Disputed = 7,
    Resolved = 8,
};

//! "operator", "bureau", "bank", "regulator", "mediator".
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
std::optional<Role> roleFromNumber(quint64 number);

//! The series' product name: "链通", "链融", "链服".
QString seriesName(Series series);
std::optional<Series> seriesFromNumber(quint64 number);

//! The contract's name of the state: "Placed", "Accepted", ... (also used in revert reasons).
QString orderStateName(OrderState state);
std::optional<OrderState> orderStateFromNumber(quint64 number);

} // namespace credit::market
