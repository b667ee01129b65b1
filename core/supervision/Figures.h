// SPDX-License-Identifier: Apache-2.0
// The dashboard's figures over one FactQuery: one pass over the matching
// orders (plus the repeated-query runs), no SQL.
#pragma once

#include "market/SupervisionRecords.h"
#include "supervision/FactQuery.h"

namespace credit::supervision {

market::SupervisionFigures computeFigures(FactQuery &query);

//! Median and 90th percentile (nearest rank) of durations in seconds; reorders `seconds`.
market::DurationFigure durationFigure(std::vector<quint32> &seconds);

} // namespace credit::supervision
