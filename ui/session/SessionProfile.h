// SPDX-License-Identifier: Apache-2.0
// Which network a session follows, from the settings: the demo profile with
// the embedded chain's address, a profile file, or endpoints typed at setup.
#pragma once

#include "chain/NetworkProfile.h"
#include "common/Result.h"

#include <QUrl>

namespace credit::ui {

class TerminalSettings;

//! demoUrl: where the embedded demo chain serves (demo mode only).
Result<chain::NetworkProfile> sessionProfile(const TerminalSettings &settings, const QUrl &demoUrl = {});

//! Where a network's light store and document cache live: one folder per
//! genesis hash under base, so two networks never share a store.
QString sessionDataDir(const QString &base, const chain::NetworkProfile &profile);

} // namespace credit::ui
