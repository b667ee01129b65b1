// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QString>

namespace credit::demo {

//! Writes the demo network into dir: keys/<label>.pem for every identity
//! (encrypted, password "demo-only"), genesis.json (with its demoHistory),
//! profile.json (the genesis hash computed from the written file) and
//! identities.json. Keys come from fixed labels, so running it again gives
//! the same accounts and the same genesis hash; only the key files' random
//! salts change.
Result<void> writeDemoNetwork(const QString &dir);

} // namespace credit::demo
