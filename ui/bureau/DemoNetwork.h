// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/NetworkProfile.h"

namespace credit::ui {

//! True when the session follows the demo network: its genesis hash — the
//! trust anchor every block the light node accepts is verified against — is
//! the one of the demo profile built into the terminal (":/demo/profile.json").
//! Neither the profile's name nor a setting decides it, so a real network
//! cannot pass for the demo one. Gates everything that invents data.
bool isDemoNetwork(const chain::NetworkProfile &profile);

} // namespace credit::ui
