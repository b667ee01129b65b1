// SPDX-License-Identifier: Apache-2.0
// The province-level administrative divisions of GB/T 2260 (110000 Beijing …
// 820000 Macao) by name, for the regulator's region figures and browser. The
// region of an enterprise comes from its unified social credit code (digits
// 3–4 name the province of the registering authority).
#pragma once

#include <QList>
#include <QString>

namespace credit::market {

//! The translated name of a province-level code (310000 → "Shanghai"; a
//! county code such as 310115 names its province). Empty when the code is
//! 0 or names no province.
QString provinceName(quint32 regionCode);
//! "Shanghai" for a known code, the code itself for an unknown one, empty for 0.
QString regionLabel(quint32 regionCode);
//! Every province-level code (110000 … 820000), in GB/T 2260 order: what a region list offers.
QList<quint32> provinceCodes();

} // namespace credit::market
