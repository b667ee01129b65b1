// SPDX-License-Identifier: Apache-2.0
// Internal to core/market: what a contract rule sees while it runs (the
// caller, the block time, the state, the logs emitted so far) and how it
// reads its decoded arguments. A rule returns its ABI-encoded output, or an
// Error whose message is the revert reason.
#pragma once

#include "codec/AbiValue.h"
#include "common/Result.h"
#include "market/ContractState.h"
#include "market/MarketAbi.h"
#include "market/MarketLog.h"

#include <QByteArray>
#include <QList>

namespace credit::market::detail {

struct RuleContext {
    ContractState &state; //!< a buffer over the real state: dropped when the rule fails
    QByteArray contract; //!< 20-byte address of the contract (the logs' address)
    QByteArray sender; //!< 20-byte msg.sender
    quint64 timestampMs; //!< block.timestamp (milliseconds on FISCO BCOS)
    QList<Log> logs; //!< emitted so far, in order

    //! `emit event(arguments...)`; fails only on a bug (an argument that does not fit its type).
    Result<void> emitEvent(Event id, const QList<abi::Value> &arguments);
};

//! The failure of a `require(condition, reason)`.
Error revert(const QString &reason);
inline Error revert(const char *reason)
{
    return revert(QString::fromUtf8(reason));
}

//! The return data of a function: its outputs encoded with strings as raw bytes.
Result<QByteArray> encodeOutputs(Function id, const QList<abi::Value> &outputs);

//! Typed access to arguments that abi::decode produced for the function's raw
//! types, so each accessor's kind is guaranteed by the table.
class Args final {
public:
    explicit Args(const QList<abi::Value> &values) : m_values(values) { }

    quint64 uint(qsizetype index) const; //!< uintN with N <= 64
    bool boolean(qsizetype index) const;
    QByteArray address(qsizetype index) const; //!< 20 bytes
    QByteArray fixed(qsizetype index) const; //!< bytesN
    QByteArray bytes(qsizetype index) const; //!< bytes, and string (raw bytes)
    QList<QByteArray> addresses(qsizetype index) const; //!< address[]
    QList<quint64> uints(qsizetype index) const; //!< uintN[] with N <= 64

private:
    const abi::Value &at(qsizetype index) const { return m_values[index]; }
    const QList<abi::Value> &m_values;
};

} // namespace credit::market::detail
