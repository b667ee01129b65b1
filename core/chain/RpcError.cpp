// SPDX-License-Identifier: Apache-2.0
#include "chain/RpcError.h"

#include <QCoreApplication>

namespace credit::chain {

namespace {

QString where(const RpcError &e)
{
    return e.endpoint.isEmpty() ? QCoreApplication::translate("RpcError", "the node") : e.endpoint;
}

QString transportText(const RpcError &e)
{
    switch (e.transport) {
    case RpcError::Transport::Connect:
        return QCoreApplication::translate("RpcError",
            "Could not connect to %1 (%2). Check that the node is running and that "
            "the endpoint URL and port are right.")
            .arg(where(e), e.message);
    case RpcError::Transport::Timeout:
        return QCoreApplication::translate("RpcError",
            "%1 did not answer in time (%2). The node may be busy or the network "
            "slow; try again, or raise the request timeout.")
            .arg(where(e), e.message);
    case RpcError::Transport::Tls:
        return QCoreApplication::translate("RpcError",
            "The secure connection to %1 failed (%2). Check the CA file and the "
            "pinned key in the network settings.")
            .arg(where(e), e.message);
    case RpcError::Transport::TooLarge:
        return QCoreApplication::translate("RpcError",
            "%1 sent a reply larger than the terminal accepts (%2). Check that the "
            "URL points at a FISCO BCOS node, or ask for less at a time.")
            .arg(where(e), e.message);
    case RpcError::Transport::BadUrl:
        return QCoreApplication::translate("RpcError",
            "The endpoint URL %1 cannot be used (%2). Enter an http:// or https:// "
            "URL in the network settings.")
            .arg(where(e), e.message);
    case RpcError::Transport::Dropped:
    case RpcError::Transport::None:
        break;
    }
    return QCoreApplication::translate("RpcError",
        "The connection to %1 broke off (%2). Try again; if it keeps happening, "
        "check the network and any proxy in between.")
        .arg(where(e), e.message);
}

QString rpcText(const RpcError &e)
{
    const QString reason = describeFiscoReason(e.reason.reason, e.reason.word);
    if (!reason.isEmpty())
        return reason;
    switch (e.code) {
    case rpccode::kMethodNotFound:
        return QCoreApplication::translate("RpcError",
            "%1 does not know the method %2. Check that the endpoint is a FISCO "
            "BCOS 2.x node.")
            .arg(where(e), e.method);
    case rpccode::kInvalidParams:
        return QCoreApplication::translate("RpcError", "%1 refused the parameters of %2: %3")
            .arg(where(e), e.method, e.message);
    case rpccode::kBlockNotFound:
        return QCoreApplication::translate("RpcError", "%1 does not have that block yet (%2).")
            .arg(where(e), e.message);
    default:
        break;
    }
    return QCoreApplication::translate("RpcError", "%1 refused %2: %3 (JSON-RPC error %4).")
        .arg(where(e), e.method, e.message)
        .arg(e.code);
}

} // namespace

RpcError RpcError::transportFailure(Transport what, QString text)
{
    RpcError e;
    e.kind = Kind::Transport;
    e.transport = what;
    e.message = std::move(text);
    return e;
}

RpcError RpcError::http(int status, QString text)
{
    RpcError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.message = std::move(text);
    return e;
}

RpcError RpcError::malformed(QString text)
{
    RpcError e;
    e.kind = Kind::Malformed;
    e.message = std::move(text);
    return e;
}

RpcError RpcError::rpc(int rpcCode, QString text, QJsonValue errorData)
{
    RpcError e;
    e.kind = Kind::Rpc;
    e.code = rpcCode;
    e.reason = findFiscoReason(text);
    e.message = std::move(text);
    e.data = std::move(errorData);
    return e;
}

RpcError RpcError::cancelled()
{
    RpcError e;
    e.kind = Kind::Cancelled;
    e.message = QStringLiteral("cancelled");
    return e;
}

bool RpcError::isTransient() const
{
    switch (kind) {
    case Kind::Transport:
        return transport == Transport::Connect || transport == Transport::Timeout || transport == Transport::Dropped;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
    case Kind::Malformed:
    case Kind::Rpc:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

QString RpcError::userText() const
{
    switch (kind) {
    case Kind::Transport:
        return transportText(*this);
    case Kind::Http:
        return QCoreApplication::translate("RpcError",
            "%1 answered with HTTP status %2 instead of a JSON-RPC reply. Check that "
            "the URL points at the node's RPC port or the operator's proxy.")
            .arg(where(*this))
            .arg(httpStatus);
    case Kind::Malformed:
        return QCoreApplication::translate("RpcError",
            "%1 sent a reply that is not valid JSON-RPC (%2). Check that the URL "
            "points at a FISCO BCOS node's RPC port.")
            .arg(where(*this), message);
    case Kind::Rpc:
        return rpcText(*this);
    case Kind::Cancelled:
        return QCoreApplication::translate("RpcError", "The request was cancelled.");
    }
    return message;
}

ErrorKind RpcError::errorKind() const
{
    if (kind != Kind::Rpc)
        return ErrorKind::Network;
    return code == rpccode::kBlockNotFound ? ErrorKind::NotFound : ErrorKind::Rejected;
}

} // namespace credit::chain
