// SPDX-License-Identifier: Apache-2.0
// The Solidity ABI head/tail encoding of a list of typed values: function
// arguments after the selector, return data, event data, revert data.
#pragma once

#include "codec/AbiType.h"
#include "codec/AbiValue.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace credit::abi {

//! Encodes the values as the tuple of the given types. Fails when a value does not
//! fit its type (wrong kind, integer out of range, wrong byte or element count).
Result<QByteArray> encode(const QList<Type> &types, const QList<Value> &values);

//! Decodes data as the tuple of the given types. Strict about everything a canonical
//! encoder writes (zero padding, sign extension, bool 0/1, bounds of every offset and
//! length) and bounded in the work it does: the decoded values may not account for
//! more bytes than the input has, so regions shared by several offsets cannot make a
//! small input expand. Data after the last tail is ignored, as Solidity does. Invalid
//! UTF-8 in a string is replaced with U+FFFD, not rejected.
Result<QList<Value>> decode(const QList<Type> &types, QByteArrayView data);

} // namespace credit::abi
