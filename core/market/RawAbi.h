// SPDX-License-Identifier: Apache-2.0
// Internal to core/market. The executor decodes and re-encodes strings as
// bytes: both have the same ABI encoding, and bytes keep whatever the caller
// sent, where decoding as a string would replace invalid UTF-8 with U+FFFD
// and so change what gets stored and emitted.
#pragma once

#include "codec/AbiType.h"
#include "codec/AbiValue.h"
#include "market/MarketAbi.h"

#include <QList>

namespace credit::market::raw {

//! The function's input types with every string read as bytes.
const QList<abi::Type> &inputTypes(Function id);
//! The function's output types with every string read as bytes.
const QList<abi::Type> &outputTypes(Function id);
//! The event's argument types with every string read as bytes.
const QList<abi::Type> &eventTypes(Event id);

//! The value with every string turned into bytes holding its UTF-8.
abi::Value bytesForStrings(const abi::Value &value);

} // namespace credit::market::raw
