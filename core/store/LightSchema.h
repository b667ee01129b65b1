// SPDX-License-Identifier: Apache-2.0
// The light store's schema as an ordered list of migrations: step k turns a
// version k−1 database into version k. A new column or table is a new step,
// never an edit of an old one, so every store ever written can be upgraded.
#pragma once

#include "common/Result.h"
#include "store/Sqlite.h"

namespace credit::store {

//! The schema version this build writes and reads.
inline constexpr int kLightSchemaVersion = 5;

//! The stored version: 0 for a database without the meta table (new or empty).
Result<int> lightSchemaVersion(Database &db);

//! Applies the missing steps, each in its own transaction with its version
//! bump, so an interrupted upgrade resumes at the step it stopped in.
//! Refuses a database newer than this build (it would misread it).
Result<void> migrateLightSchema(Database &db);

} // namespace credit::store
