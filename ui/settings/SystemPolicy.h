// SPDX-License-Identifier: Apache-2.0
// Settings an institution's IT pre-sets for every user of a machine (the
// network to join, the idle lock, the language). Read-only; where a key is
// set here it wins over the user's own choice.
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace credit::ui {

//! Where the policy is looked for, first found wins:
//! - Windows: the registry key HKEY_LOCAL_MACHINE\Software\Policies\CreditChain\Terminal
//!   (group policy), else %ProgramData%\CreditChain\terminal-policy.ini;
//! - elsewhere: CreditChain/terminal-policy.ini in the system configuration
//!   folders (/etc/xdg, or $XDG_CONFIG_DIRS), never the user's own.
//! nullptr when the machine has none.
std::unique_ptr<QSettings> loadSystemPolicy();

//! The policy file name looked for in each system configuration folder.
inline constexpr char kPolicyFile[] = "CreditChain/terminal-policy.ini";

} // namespace credit::ui
