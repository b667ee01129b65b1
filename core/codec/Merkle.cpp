// SPDX-License-Identifier: Apache-2.0
#include "codec/Merkle.h"

#include "codec/Hex.h"
#include "codec/Rlp.h"
#include "crypto/Sm3.h"

#include <QCoreApplication>

#include <algorithm>

namespace credit::merkle {

namespace {

constexpr qsizetype kHashSize = crypto::kSm3DigestSize;

QByteArray hashOfGroup(const QList<QByteArray> &level, qsizetype begin, qsizetype end)
{
    crypto::Sm3Hasher hasher;
    for (qsizetype i = begin; i < end; ++i)
        hasher.update(level[i]);
    return hasher.finish();
}

QList<QByteArray> parentLevel(const QList<QByteArray> &level)
{
    QList<QByteArray> parents;
    parents.reserve((level.size() + kFanOut - 1) / kFanOut);
    for (qsizetype begin = 0; begin < level.size(); begin += kFanOut)
        parents.append(hashOfGroup(level, begin, std::min(begin + kFanOut, level.size())));
    return parents;
}

QList<QByteArray> leaves(const QList<QByteArray> &itemHashes)
{
    QList<QByteArray> level;
    level.reserve(itemHashes.size());
    for (qsizetype i = 0; i < itemHashes.size(); ++i)
        level.append(leaf(static_cast<quint64>(i), itemHashes[i]));
    return level;
}

Error malformed(const QString &what)
{
    return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Merkle", "Merkle proof: %1").arg(what));
}

// A level-0 sibling is itself a leaf: RLP of its own index, then a hash.
bool isLeafOf(const QByteArray &sibling, quint64 index)
{
    const QByteArray prefix = rlp::encodeUInt(index);
    return sibling.size() == prefix.size() + kHashSize && sibling.startsWith(prefix);
}

Result<void> checkSiblings(const ProofLevel &level, int depth, quint64 position, quint64 index)
{
    const qsizetype siblings = level.left.size() + level.right.size();
    if (siblings > kFanOut - 1)
        return malformed(QCoreApplication::translate("Merkle", "level %1 has %2 siblings; a node has at most %3")
                             .arg(depth)
                             .arg(siblings)
                             .arg(kFanOut - 1));
    if (static_cast<quint64>(level.left.size()) != position % kFanOut)
        return malformed(QCoreApplication::translate("Merkle", "level %1 has %2 left siblings; index %3 needs %4")
                             .arg(depth)
                             .arg(level.left.size())
                             .arg(index)
                             .arg(position % kFanOut));
    const quint64 firstIndex = index - static_cast<quint64>(level.left.size());
    for (qsizetype k = 0; k < siblings; ++k) {
        const QByteArray &sibling = k < level.left.size() ? level.left[k] : level.right[k - level.left.size()];
        // Left siblings sit just before the node, right ones just after it.
        const quint64 siblingIndex = firstIndex + static_cast<quint64>(k) + (k < level.left.size() ? 0 : 1);
        const bool ok = depth == 0 ? isLeafOf(sibling, siblingIndex) : sibling.size() == kHashSize;
        if (!ok)
            return malformed(
                QCoreApplication::translate("Merkle", "sibling %1 of level %2 is not a %3 (%4 bytes)")
                    .arg(k)
                    .arg(depth)
                    .arg(depth == 0 ? QCoreApplication::translate("Merkle", "leaf of index %1").arg(siblingIndex)
                                    : QCoreApplication::translate("Merkle", "32-byte hash"))
                    .arg(sibling.size()));
    }
    return {};
}

} // namespace

QByteArray leaf(quint64 index, QByteArrayView itemHash)
{
    return rlp::encodeUInt(index).append(itemHash);
}

QByteArray root(const QList<QByteArray> &itemHashes)
{
    if (itemHashes.isEmpty())
        return crypto::sm3({});
    QList<QByteArray> level = leaves(itemHashes);
    while (level.size() > 1)
        level = parentLevel(level);
    return crypto::sm3(level.front());
}

Result<Proof> prove(const QList<QByteArray> &itemHashes, qsizetype index)
{
    if (index < 0 || index >= itemHashes.size())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Merkle", "Merkle proof: no item %1 among %2")
                .arg(index)
                .arg(itemHashes.size()));
    Proof proof;
    QList<QByteArray> level = leaves(itemHashes);
    qsizetype position = index;
    while (level.size() > 1) {
        const qsizetype begin = position / kFanOut * kFanOut;
        const qsizetype end = std::min(begin + kFanOut, level.size());
        proof.append(
            ProofLevel { level.sliced(begin, position - begin), level.sliced(position + 1, end - position - 1) });
        level = parentLevel(level);
        position /= kFanOut;
    }
    proof.append(ProofLevel {}); // the root is the hash of the last node alone
    return proof;
}

Result<void> verify(const Proof &proof, qsizetype index, QByteArrayView itemHash, QByteArrayView expectedRoot)
{
    if (index < 0)
        return malformed(QCoreApplication::translate("Merkle", "negative index %1").arg(index));
    if (itemHash.size() != kHashSize || expectedRoot.size() != kHashSize)
        return malformed(QCoreApplication::translate("Merkle", "the item hash and the root must be 32 bytes"));
    if (proof.isEmpty() || proof.size() > kMaxProofLevels)
        return malformed(QCoreApplication::translate("Merkle", "%1 levels; a proof has 1 to %2")
                             .arg(proof.size())
                             .arg(kMaxProofLevels));
    if (!proof.back().left.isEmpty() || !proof.back().right.isEmpty())
        return malformed(QCoreApplication::translate("Merkle", "the last level (the root step) must have no siblings"));

    const auto unsignedIndex = static_cast<quint64>(index);
    quint64 position = unsignedIndex;
    QByteArray current = leaf(unsignedIndex, itemHash);
    for (int depth = 0; depth < proof.size(); ++depth) {
        const ProofLevel &level = proof[depth];
        if (auto shape = checkSiblings(level, depth, position, unsignedIndex); !shape)
            return shape;
        crypto::Sm3Hasher hasher;
        for (const QByteArray &sibling : level.left)
            hasher.update(sibling);
        hasher.update(current);
        for (const QByteArray &sibling : level.right)
            hasher.update(sibling);
        current = hasher.finish();
        position /= kFanOut;
    }
    if (position != 0)
        return malformed(
            QCoreApplication::translate("Merkle", "%1 levels are too few for index %2").arg(proof.size()).arg(index));
    if (current != expectedRoot)
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("Merkle", "Merkle proof for index %1 leads to root %2, not %3")
                .arg(index)
                .arg(hex::encode(current), hex::encode(expectedRoot.toByteArray())));
    return {};
}

} // namespace credit::merkle
