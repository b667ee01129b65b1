// SPDX-License-Identifier: Apache-2.0
// Internal to core/market: reads decoded ABI values (event arguments, view
// outputs) into typed fields one after the other, remembering the first
// problem, so each decoder reads like the layout it decodes. The values come
// from abi::decode with the table's types, so the kinds always match; what
// can fail is a number that names no role, series or state.
#pragma once

#include "codec/AbiValue.h"
#include "common/Result.h"
#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market::detail {

class ValueReader final {
public:
    ValueReader(const QList<abi::Value> &values, QString what) : m_values(values), m_what(std::move(what)) { }

    quint64 uint();
    bool boolean();
    QByteArray address();
    QByteArray fixed();
    QByteArray bytes();
    QString string();
    QList<QByteArray> addresses();
    QList<quint64> uints(); //!< uintN[] with N <= 64
    Role role();
    Series series();
    OrderState state();
    //! A tuple's components, to read with a nested ValueReader.
    QList<abi::Value> tuple();

    //! The record, or the first problem met (ErrorKind::InvalidInput).
    template<typename T> Result<T> finish(T record) const
    {
        if (!m_error.isEmpty())
            return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(m_what, m_error));
        return record;
    }

private:
    const abi::Value *next();
    void fail(const QString &what);
    template<typename T> const T *nextAs();

    const QList<abi::Value> &m_values;
    QString m_what;
    qsizetype m_index = 0;
    QString m_error;
};

} // namespace credit::market::detail
