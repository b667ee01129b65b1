// SPDX-License-Identifier: Apache-2.0
// The regulator's order browser over the FactTable: every order with the
// decrypted enterprise, searched, sorted and paged in memory (a partial sort:
// the first page of a million orders costs one pass, not a full sort).
#pragma once

#include "market/SupervisionRecords.h"
#include "supervision/FactQuery.h"

#include <functional>

namespace credit::supervision {

//! One fact as a browser row.
market::BrowserRow browserRow(const FactQuery &query, quint32 index);
//! The page query asks for.
market::BrowserPage browse(FactQuery &query, const market::BrowserQuery &browser);
//! Every row of the view (all pages) in its order, handed to `row` one by one; stops when it returns false.
void forEachBrowserRow(
    FactQuery &query, const market::BrowserQuery &browser, const std::function<bool(const market::BrowserRow &)> &row);
//! The ids of the orders behind `figure`: one page, oldest first, and how many there are.
market::OrderIdPage drillDown(FactQuery &query, const market::FigureRef &figure, qint64 offset, int limit);

} // namespace credit::supervision
