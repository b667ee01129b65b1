// SPDX-License-Identifier: Apache-2.0
// Where the embedded demo chain keeps its blocks. The demo genesis changes
// between releases (new identities, new history); a chain written from an
// older genesis cannot continue under the new one, and its data is demo data
// by definition, so each genesis gets its own folder and the folders of
// earlier ones are removed instead of the demo refusing to start.
#pragma once

#include <QString>

namespace credit::ui {

//! base/genesis-<hash of the genesis file>; every other entry of base (an
//! earlier genesis's chain, the single-folder layout of older releases) is
//! removed. Empty when the genesis file cannot be read (the devnet then says why).
QString demoChainFolder(const QString &base, const QString &genesisPath);

} // namespace credit::ui
