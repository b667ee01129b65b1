// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QIcon>
#include <QString>

namespace credit::ui {

//! The part an institution plays on the chain; decides which pages it sees.
enum class Role { Bank, Bureau, Regulator, Mediator, Operator };

//! The screens' role for a role on the chain.
Role roleOf(market::Role role);

//! From the settings/identities.json word ("bank", "bureau", …); Bank when unknown.
Role roleFromKey(const QString &key);
QString roleKey(Role role);
//! The role as users name it (查询机构, 征信机构, …).
QString roleLabel(Role role);
//! A round badge with the role's colour and initial, drawn at run time.
QIcon roleIcon(Role role);

} // namespace credit::ui
