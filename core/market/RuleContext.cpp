// SPDX-License-Identifier: Apache-2.0
#include "market/RuleContext.h"

#include "codec/AbiCodec.h"
#include "market/RawAbi.h"

namespace credit::market::detail {

Result<void> RuleContext::emitEvent(Event id, const QList<abi::Value> &arguments)
{
    auto log = encodeLog(contract, id, arguments);
    if (!log)
        return makeError(ErrorKind::Internal, QStringLiteral("internal error: ") + log.error().message);
    logs += *log;
    return {};
}

Error revert(const QString &reason)
{
    return makeError(ErrorKind::Rejected, reason);
}

Result<QByteArray> encodeOutputs(Function id, const QList<abi::Value> &outputs)
{
    QList<abi::Value> rawOutputs;
    for (const abi::Value &value : outputs)
        rawOutputs += raw::bytesForStrings(value);
    auto encoded = abi::encode(raw::outputTypes(id), rawOutputs);
    if (!encoded)
        return makeError(ErrorKind::Internal, QStringLiteral("internal error: ") + encoded.error().message);
    return encoded;
}

// The accessors fall back to an empty value rather than dereferencing a
// wrong alternative; the table and the rules are tested together, so a
// mismatch shows up as a failing test, not as undefined behaviour.
quint64 Args::uint(qsizetype index) const
{
    return at(index).toUInt64().value_or(0);
}

bool Args::boolean(qsizetype index) const
{
    const bool *flag = at(index).get<bool>();
    return flag && *flag;
}

QByteArray Args::address(qsizetype index) const
{
    const auto *address = at(index).get<abi::Value::Address>();
    return address ? address->bytes : QByteArray();
}

QByteArray Args::fixed(qsizetype index) const
{
    const auto *fixed = at(index).get<abi::Value::FixedBytes>();
    return fixed ? fixed->bytes : QByteArray();
}

QByteArray Args::bytes(qsizetype index) const
{
    const auto *bytes = at(index).get<abi::Value::Bytes>();
    return bytes ? bytes->bytes : QByteArray();
}

QList<QByteArray> Args::addresses(qsizetype index) const
{
    QList<QByteArray> out;
    if (const auto *array = at(index).get<abi::Value::Array>()) {
        for (const abi::Value &item : array->items) {
            if (const auto *address = item.get<abi::Value::Address>())
                out += address->bytes;
        }
    }
    return out;
}

QList<quint64> Args::uints(qsizetype index) const
{
    QList<quint64> out;
    if (const auto *array = at(index).get<abi::Value::Array>()) {
        for (const abi::Value &item : array->items)
            out += item.toUInt64().value_or(0);
    }
    return out;
}

} // namespace credit::market::detail
