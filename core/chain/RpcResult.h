// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/RpcError.h"
#include "common/Result.h"

#include <utility>
#include <variant>

namespace credit::chain {

//! A value or an RpcError. Like credit::Result, but keeps the typed error
//! (reason word, transport cause) that callers such as TransactionSender
//! switch on; converts to credit::Result where only the user text matters.
template<typename T> class [[nodiscard]] RpcResult {
public:
    RpcResult(T value) : m_state(std::move(value)) { } // NOLINT(google-explicit-constructor)
    RpcResult(RpcError error) : m_state(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }

    const RpcError &error() const { return std::get<RpcError>(m_state); }

    //! The same outcome with the error flattened to credit::Error.
    Result<T> toResult() const &
    {
        if (ok())
            return value();
        return error().toError();
    }
    Result<T> toResult() &&
    {
        if (ok())
            return std::get<T>(std::move(m_state));
        return error().toError();
    }
    operator Result<T>() const & { return toResult(); } // NOLINT(google-explicit-constructor)
    operator Result<T>() && { return std::move(*this).toResult(); } // NOLINT(google-explicit-constructor)

private:
    std::variant<T, RpcError> m_state;
};

} // namespace credit::chain
