// SPDX-License-Identifier: Apache-2.0
// Solidity ABI types, parsed from their canonical names. Types with no
// encoding (empty tuples, zero-length arrays) and types whose static head
// would be absurdly large are refused here, so the codec can rely on every
// value taking at least one 32-byte word.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace credit::abi {

//! Deepest nesting of arrays and tuples a type may have.
inline constexpr int kMaxTypeDepth = 32;
//! Largest static encoding (head) of any one type, in bytes.
inline constexpr qsizetype kMaxStaticSize = qsizetype(1) << 20;
//! Size of one ABI word.
inline constexpr qsizetype kWordSize = 32;

class Type final {
public:
    enum class Kind { UInt, Int, Address, Bool, FixedBytes, Bytes, String, Array, FixedArray, Tuple };

    //! Parses one type: "uint256", "int8", "address", "bool", "bytes32", "bytes", "string",
    //! "T[]", "T[k]", "(T1,T2)". "uint" and "int" mean 256 bits. No spaces.
    static Result<Type> parse(QStringView text);
    //! Parses a comma-separated list, as between a signature's parentheses; "" is the empty list.
    static Result<QList<Type>> parseList(QStringView text);

    Kind kind() const { return m_kind; }
    //! UInt/Int: width in bits (8..256); FixedBytes: N of bytesN; FixedArray: element count.
    int size() const { return m_size; }
    //! Array/FixedArray: the element type. Must not be called for other kinds.
    const Type &element() const { return m_children.front(); }
    //! Tuple: the component types. Meaningful for tuples only (arrays: use element()).
    const QList<Type> &components() const { return m_children; }

    //! True when the encoding has a tail (bytes, string, T[], or anything containing one).
    bool isDynamic() const { return m_dynamic; }
    //! Bytes the type occupies in the head of its enclosing tuple: 32 when dynamic.
    qsizetype headSize() const { return m_dynamic ? kWordSize : m_staticSize; }
    //! Bytes of the static part of the type's own encoding: all of it when not dynamic;
    //! the heads of its components for a dynamic tuple or static array; 32 (the length
    //! word) for bytes, string and T[].
    qsizetype staticSize() const { return m_staticSize; }

    //! Canonical name, as used in signatures: "uint256", "(address,bytes)[2]".
    QString name() const;

    friend bool operator==(const Type &, const Type &) = default;

private:
    friend class TypeParser;
    Type(Kind kind, int size, QList<Type> children, bool dynamic, qsizetype staticSize);

    Kind m_kind;
    int m_size;
    QList<Type> m_children;
    bool m_dynamic;
    qsizetype m_staticSize;
};

//! "(T1,T2,...)" for a list of types, the parameter part of a signature.
QString tupleName(const QList<Type> &types);

} // namespace credit::abi
