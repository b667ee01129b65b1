// SPDX-License-Identifier: Apache-2.0
#include "market/MarketEnums.h"

namespace credit::market {

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Bureau:
        return QStringLiteral("bureau");
    case Role::Bank:
        return QStringLiteral("bank");
    case Role::Regulator:
        return QStringLiteral("regulator");
    case Role::Mediator:
        return QStringLiteral("mediator");
    }
    return QStringLiteral("role %1").arg(static_cast<int>(role));
}

std::optional<Role> roleFromName(QStringView name)
{
    for (quint64 number = 1; number <= 5; ++number) {
        const Role role = static_cast<Role>(number);
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

std::optional<Role> roleFromNumber(quint64 number)
{
    if (number < 1 || number > 5)
        return std::nullopt;
    return static_cast<Role>(number);
}

QString seriesName(Series series)
{
    switch (series) {
    case Series::Liantong:
        return QStringLiteral("链通");
    case Series::Lianrong:
        return QStringLiteral("链融");
    case Series::Lianfu:
        return QStringLiteral("链服");
    }
    return QStringLiteral("series %1").arg(static_cast<int>(series));
}

std::optional<Series> seriesFromNumber(quint64 number)
{
    if (number < 1 || number > 3)
        return std::nullopt;
    return static_cast<Series>(number);
}

QString orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::None:
        return QStringLiteral("None");
    case OrderState::Placed:
        return QStringLiteral("Placed");
    case OrderState::Accepted:
        return QStringLiteral("Accepted");
    case OrderState::Rejected:
        return QStringLiteral("Rejected");
    case OrderState::Cancelled:
        return QStringLiteral("Cancelled");
    case OrderState::Delivered:
        return QStringLiteral("Delivered");
    case OrderState::Completed:
        return QStringLiteral("Completed");
    case OrderState::Disputed:
        return QStringLiteral("Disputed");
    case OrderState::Resolved:
        return QStringLiteral("Resolved");
    }
    return QStringLiteral("state %1").arg(static_cast<int>(state));
}

std::optional<OrderState> orderStateFromNumber(quint64 number)
{
    if (number > 8)
        return std::nullopt;
    return static_cast<OrderState>(number);
}

} // namespace credit::market
