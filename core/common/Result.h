// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace credit {

//! What kind of failure an Error is, so callers can react without parsing text.
enum class ErrorKind {
    InvalidInput,   //!< the caller's data is malformed (bad hex, bad RLP, bad code, ...)
    Crypto,         //!< a cryptographic operation failed or a check did not pass
    WrongPassword,  //!< a key file could not be decrypted with the given password
    Corrupt,        //!< stored or received data fails an integrity check
    NotFound,       //!< the thing asked for does not exist
    Io,             //!< reading or writing a file failed
    Network,        //!< a remote endpoint could not be reached or answered badly
    Rejected,       //!< a remote party refused the request (e.g. a node's reason word)
    Unsupported,    //!< a valid request this code does not handle (e.g. an EC key on another curve)
    Internal,       //!< a bug or an unexpected library failure
};

//! An error as a value: what happened, in words a user can act on.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;

    //! Short stable name of the kind, for logs and JSON output.
    QString kindName() const;
};

inline Error makeError(ErrorKind kind, QString message) { return Error{kind, std::move(message)}; }

//! Either a value or an Error (std::expected is C++23; this is the subset we need).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}       // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

//! Success or an Error, for operations without a value.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}       // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace credit
