// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace credit::ui {

//! A price in fen as every screen shows it: "¥1,680.00" (the language's digit grouping).
QString priceText(quint64 fen);

} // namespace credit::ui
