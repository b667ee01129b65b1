// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace credit {

//! What kind of failure an Error is, so callers can react without parsing text.
enum class ErrorKind {
    InvalidInput, //!< the caller's data is malformed (bad hex, bad RLP, bad code, ...)
    Crypto, //!< a cryptographic operation failed or a check did not pass
    WrongPassword, //!< a key file could not be decrypted with the given password
    Corrupt, //!< stored or received data fails an integrity check
    NotFound, //!< the thing asked for does not exist
    Io, //!< reading or writing a file failed
    Network, //!< a remote endpoint could not be reached or answered badly
    Rejected, //!< a remote party refused the request (e.g. a node's reason word)
    Unsupported, //!< a valid request this code does not handle (e.g. an EC key on another curve)
    Internal, //!< a bug or an unexpected library failure
};

//! An error as a value: what happened, in words a user can act on.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;

    //! Short stable name of the kind, for logs and JSON output.
    QString kindName() const;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error { kind, std::move(message) };
}

//! Either a value or an error (std::expected is C++23; this is the subset we
//! need). E is Error almost everywhere; a layer whose callers must switch on
//! richer detail (the chain client's RpcError) uses its own E, and such a
//! Result flattens to Result<T> wherever only the message matters.
template<typename T, typename E = Error> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) { } // NOLINT(google-explicit-constructor)

    //! From a Result whose error type knows how to say itself as an E.
    template<typename E2>
    requires(!std::is_same_v<E2, E> && requires(const E2 &e) { { e.toError() } -> std::convertible_to<E>; })
    Result(const Result<T, E2> &other)                                        // NOLINT(google-explicit-constructor)
        : m_state(other.ok() ? State(std::in_place_index<0>, other.value())
                             : State(std::in_place_index<1>, other.error().toError()))
    {
    }
    template<typename E2>
    requires(!std::is_same_v<E2, E> && requires(const E2 &e) { { e.toError() } -> std::convertible_to<E>; })
    Result(Result<T, E2> &&other)                                             // NOLINT(google-explicit-constructor)
        : m_state(other.ok() ? State(std::in_place_index<0>, std::move(other).value())
                             : State(std::in_place_index<1>, other.error().toError()))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<0>(m_state); }
    T *operator->() { return &std::get<0>(m_state); }

    const E &error() const { return std::get<1>(m_state); }

private:
    using State = std::variant<T, E>;
    State m_state;
};

//! Success or an error, for operations without a value.
template<typename E> class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace credit
