// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/FiscoReason.h"
#include "common/Result.h"

#include <QJsonValue>
#include <QString>

namespace credit::chain {

//! Why a chain call failed, with enough detail for code to react (retry,
//! rebuild a transaction) and for a user to read (userText()).
struct RpcError {
    enum class Kind {
        Transport, //!< no usable HTTP exchange: connect, timeout, TLS, dropped connection, oversized body
        Http, //!< the server answered with a status other than 200 and no JSON-RPC error
        Malformed, //!< the body is not the JSON-RPC response we asked for
        Rpc, //!< the node answered with a JSON-RPC error object
        Cancelled, //!< the caller's CancelToken stopped the call
    };
    //! The transport failure in more detail (Kind::Transport only).
    enum class Transport { None, Connect, Timeout, Tls, TooLarge, Dropped, BadUrl };

    Kind kind = Kind::Transport;
    Transport transport = Transport::None;
    int httpStatus = 0; //!< HTTP status when one was received
    int code = 0; //!< JSON-RPC error code (Kind::Rpc)
    QString message; //!< technical detail: curl's text, the node's message, the parse failure
    QJsonValue data; //!< the JSON-RPC error's data member, when present
    FiscoReasonMatch reason; //!< reason word found in the node's message (Kind::Rpc)
    QString method; //!< JSON-RPC method of the failed call
    QString endpoint; //!< URL without user info, for messages

    static RpcError transportFailure(Transport what, QString message);
    static RpcError http(int status, QString message);
    static RpcError malformed(QString message);
    static RpcError rpc(int code, QString message, QJsonValue data = {});
    static RpcError cancelled();

    //! Same call, same endpoint, might work a moment later: timeouts, refused
    //! or dropped connections, 5xx/408/429. Never TLS, size, parse or RPC errors.
    bool isTransient() const;

    //! One or two sentences: what happened and what to do about it.
    QString userText() const;
    //! Network for everything the endpoint did or failed to do, Rejected for
    //! a node's refusal, NotFound for FISCO's "block not found".
    ErrorKind errorKind() const;
    //! For callers that only deal in credit::Error.
    Error toError() const { return makeError(errorKind(), userText()); }
};

//! JSON-RPC 2.0 and FISCO error codes (PROTOCOL.md §1).
namespace rpccode {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kBlockNotFound = -40004;
} // namespace rpccode

} // namespace credit::chain
