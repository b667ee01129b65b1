// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace credit::hex {

//! Lower-case hex of the bytes, no prefix.
QString encode(const QByteArray &bytes);
//! "0x" + lower-case hex.
QString encodePrefixed(const QByteArray &bytes);

//! Strict decode: even length, hex digits only (either case), no whitespace.
//! An optional "0x"/"0X" prefix is accepted only when allowPrefix is true.
Result<QByteArray> decode(QStringView text, bool allowPrefix = true);

//! Decode that also requires an exact byte length (e.g. 32 for a hash).
Result<QByteArray> decodeFixed(QStringView text, int length, bool allowPrefix = true);

} // namespace credit::hex
