// SPDX-License-Identifier: Apache-2.0
// FISCO BCOS's JSON spellings of numbers, hashes and ids (PROTOCOL.md §1):
// quantities are minimal "0x" hex, except where the node sends JSON integers
// (number in getBlockHeaderByNumber, fields of getSyncStatus); hashes are
// "0x" + 64 hex; node ids are 128 hex without "0x". Every reader names the
// field in its error, so a malformed reply says which part was wrong.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace credit::chain::fisco {

//! Minimal "0x" hex of a quantity, as block-number params are sent: 31 → "0x1f".
QString quantity(quint64 value);

//! A quantity: "0x" followed by 1–16 hex digits, or a whole non-negative JSON
//! number below 2^53. Decimal strings are refused: FISCO never sends them.
Result<quint64> parseQuantity(const QJsonValue &value, QStringView field);

//! "0x" + 64 hex digits → 32 bytes.
Result<QByteArray> parseHash(const QJsonValue &value, QStringView field);

//! "0x" + 40 hex digits → 20 bytes.
Result<QByteArray> parseAddress(const QJsonValue &value, QStringView field);

//! "0x" + an even number of hex digits ("0x" alone is empty data).
Result<QByteArray> parseBytes(const QJsonValue &value, QStringView field);

//! 128 hex digits without "0x" → the 64-byte node public key.
Result<QByteArray> parseNodeId(const QJsonValue &value, QStringView field);

} // namespace credit::chain::fisco
