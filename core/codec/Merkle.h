// SPDX-License-Identifier: Apache-2.0
// The 16-ary Merkle tree of FISCO BCOS 2.x (PROTOCOL.md §5) over the
// transactions or receipts of a block. The caller hashes the items (a tx
// hash, or SM3 of a receipt's RLP); leaf i is RLP(i) ‖ that hash, unhashed.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace credit::merkle {

//! Children per node.
inline constexpr int kFanOut = 16;
//! Most levels a proof may have: 16 grouping levels cover any 64-bit index, plus the root step.
inline constexpr int kMaxProofLevels = 17;

//! The siblings of the path's node at one level: those before it and those after it in
//! its group of up to 16. Leaf level first; the last level (the root step) is empty.
struct ProofLevel {
    QList<QByteArray> left;
    QList<QByteArray> right;
    friend bool operator==(const ProofLevel &, const ProofLevel &) = default;
};
using Proof = QList<ProofLevel>;

//! RLP(index) ‖ itemHash.
QByteArray leaf(quint64 index, QByteArrayView itemHash);

//! Root over the item hashes, in block order; SM3("") for none.
QByteArray root(const QList<QByteArray> &itemHashes);

//! Proof that item `index` is in the tree over itemHashes.
Result<Proof> prove(const QList<QByteArray> &itemHashes, qsizetype index);

//! Checks that the item with this hash sits at `index` under `expectedRoot`. Rejects a
//! proof whose shape cannot belong to that index (left-sibling counts, sibling sizes,
//! level count, non-empty root step) before hashing anything.
Result<void> verify(const Proof &proof, qsizetype index, QByteArrayView itemHash, QByteArrayView expectedRoot);

} // namespace credit::merkle
