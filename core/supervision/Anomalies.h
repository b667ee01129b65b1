// SPDX-License-Identifier: Apache-2.0
// The 穿透式监管 rules over a FactQuery: each hit names the orders behind it.
#pragma once

#include "market/SupervisionRecords.h"
#include "supervision/FactQuery.h"

namespace credit::supervision {

//! Hits of the rules the query's settings enable, newest first; at most
//! limitPerRule hits of each rule (totalByRule counts them all).
market::AnomalyList findAnomalies(FactQuery &query, const market::AnomalySettings &settings, int limitPerRule);

} // namespace credit::supervision
