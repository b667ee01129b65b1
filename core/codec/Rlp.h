// SPDX-License-Identifier: Apache-2.0
// Recursive Length Prefix, the serialisation of FISCO BCOS transactions,
// headers and receipts. The decoder is strict: it accepts only the one
// canonical encoding of each item, so decode followed by encode gives back
// the input byte for byte (hashes over re-encoded fields then match).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace credit::rlp {

//! Deepest list nesting the decoder accepts (a top-level list is depth 1).
inline constexpr int kMaxDepth = 64;

//! One RLP item: a byte string, or a list of items.
struct Item {
    bool isList = false;
    QByteArray bytes; //!< payload of a byte string; empty for a list
    QList<Item> items; //!< children of a list; empty for a byte string

    static Item fromBytes(QByteArray bytes);
    //! A byte string holding the minimal big-endian form of the integer (0 is the empty string).
    static Item fromUInt(quint64 value);
    //! Same as fromUInt for a big-endian integer of any width; leading zero bytes are dropped.
    static Item fromBigEndianUInt(QByteArrayView bigEndian);
    static Item list(QList<Item> items);

    // Defined out of line: a defaulted comparison of this recursive type is
    // rejected by some Qt configurations (QList<Item> needs Item complete).
    friend bool operator==(const Item &a, const Item &b);
};

QByteArray encodeBytes(QByteArrayView bytes);
QByteArray encodeUInt(quint64 value);
QByteArray encodeBigEndianUInt(QByteArrayView bigEndian);
//! Wraps items that are already RLP-encoded into a list.
QByteArray encodeList(const QList<QByteArray> &encodedItems);
QByteArray encode(const Item &item);

//! Decodes exactly one canonical item spanning all of data.
Result<Item> decode(QByteArrayView data);

//! The canonical encodings of the elements of the list that spans all of data,
//! each validated as strictly as decode() does. Lets a caller hash a prefix of
//! the fields (e.g. a transaction's first 10) without re-encoding them.
Result<QList<QByteArray>> splitList(QByteArrayView data);

//! Reads a byte string as an unsigned integer: no leading zero bytes, at most 8 bytes.
Result<quint64> decodeUInt(const Item &item);
//! Reads a byte string as an unsigned big-endian integer of at most maxBytes bytes,
//! rejecting leading zero bytes; returns the minimal big-endian bytes (empty for 0).
Result<QByteArray> decodeBigEndianUInt(const Item &item, qsizetype maxBytes = 32);

} // namespace credit::rlp
