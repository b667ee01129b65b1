// SPDX-License-Identifier: Apache-2.0
// Reading and writing the hex forms FISCO uses in JSON (PROTOCOL.md §1).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace credit::chain::json {

//! Minimal "0x…" hex of an integer ("0x0" for zero).
QString quantity(quint64 value);
//! Minimal "0x…" hex of a big-endian integer of any width, as FISCO's toJS(u256)
//! writes nonces, gas and the other u256 fields ("0x0" for zero; no leading 0 digit).
QString quantity(QByteArrayView bigEndian);
//! "0x" + hex of bytes.
QString bytes(const QByteArray &value);

//! A quantity given as "0x…" hex or a JSON integer (FISCO answers both); a
//! decimal string too when allowDecimal (block numbers in requests, §1).
Result<quint64> toQuantity(const QJsonValue &value, const QString &field, bool allowDecimal = true);
//! "0x"-prefixed hex of exactly `size` bytes (size < 0: any length).
Result<QByteArray> toBytes(const QJsonValue &value, const QString &field, int size = -1);
//! Hex of exactly `size` bytes, with or without "0x" (node ids come without).
Result<QByteArray> toBytesLenient(const QJsonValue &value, const QString &field, int size);

} // namespace credit::chain::json
