// SPDX-License-Identifier: Apache-2.0
// Values carried by the Solidity ABI. A Value does not know its Type: the
// codec checks the pair when encoding, and produces matching pairs when
// decoding. uintN and intN share the 256-bit Word, as on the wire.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <variant>

namespace credit::abi {

//! One 256-bit word, big-endian; two's complement when read as a signed integer.
class Word final {
public:
    Word() = default; //!< zero
    static Word fromUInt64(quint64 value);
    static Word fromInt64(qint64 value);
    //! An unsigned big-endian integer of at most 32 bytes, zero-extended on the left
    //! (so exactly 32 bytes are taken as they are, negative two's complement included).
    static std::optional<Word> fromBigEndian(QByteArrayView bytes);

    //! The 32 bytes.
    QByteArray toByteArray() const;
    quint8 byte(int index) const { return m_bytes.at(static_cast<std::size_t>(index)); }

    //! The value when read unsigned, if below 2^64.
    std::optional<quint64> toUInt64() const;
    //! The value when read signed, if within qint64.
    std::optional<qint64> toInt64() const;
    //! Whether the unsigned reading is below 2^bits.
    bool fitsUnsigned(int bits) const;
    //! Whether the signed reading is within [-2^(bits-1), 2^(bits-1)), i.e. the top
    //! 256 - bits bits all copy bit bits - 1.
    bool fitsSigned(int bits) const;

    friend bool operator==(const Word &, const Word &) = default;

private:
    std::array<quint8, 32> m_bytes {};
};

class Value final {
public:
    struct Address {
        QByteArray bytes; //!< 20 bytes
        friend bool operator==(const Address &, const Address &) = default;
    };
    struct FixedBytes {
        QByteArray bytes; //!< N bytes of bytesN
        friend bool operator==(const FixedBytes &, const FixedBytes &) = default;
    };
    struct Bytes {
        QByteArray bytes;
        friend bool operator==(const Bytes &, const Bytes &) = default;
    };
    // Equality of the recursive alternatives is defined out of line: Qt's QList
    // comparison needs Value complete.
    struct Array {
        QList<Value> items;
        friend bool operator==(const Array &, const Array &);
    };
    struct Tuple {
        QList<Value> items;
        friend bool operator==(const Tuple &, const Tuple &);
    };
    //! Word for uintN/intN, bool, QString for string (UTF-8 on the wire).
    using Data = std::variant<Word, Address, bool, FixedBytes, Bytes, QString, Array, Tuple>;

    Value() = default; //!< integer zero
    static Value fromWord(Word word) { return Value(word); }
    static Value fromUInt(quint64 value) { return Value(Word::fromUInt64(value)); }
    static Value fromInt(qint64 value) { return Value(Word::fromInt64(value)); }
    static Value address(QByteArray twentyBytes) { return Value(Address { std::move(twentyBytes) }); }
    static Value boolean(bool value) { return Value(value); }
    static Value fixedBytes(QByteArray bytes) { return Value(FixedBytes { std::move(bytes) }); }
    static Value bytes(QByteArray bytes) { return Value(Bytes { std::move(bytes) }); }
    static Value string(QString text) { return Value(std::move(text)); }
    static Value array(QList<Value> items) { return Value(Array { std::move(items) }); }
    static Value tuple(QList<Value> items) { return Value(Tuple { std::move(items) }); }

    const Data &data() const { return m_data; }
    //! The alternative if the value holds one of type T, else nullptr.
    template<typename T> const T *get() const { return std::get_if<T>(&m_data); }

    //! Integer values as 64-bit numbers when they fit (see Word).
    std::optional<quint64> toUInt64() const;
    std::optional<qint64> toInt64() const;
    //! What the value holds, for messages: "integer", "address", "bool", "fixed bytes",
    //! "bytes", "string", "array" or "tuple".
    QString kindName() const;

    friend bool operator==(const Value &, const Value &);

private:
    explicit Value(Data data) : m_data(std::move(data)) { }

    Data m_data;
};

} // namespace credit::abi
