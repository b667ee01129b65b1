// SPDX-License-Identifier: Apache-2.0
// JSON-RPC 2.0 envelopes as FISCO BCOS speaks them over HTTP: requests,
// batches, and strict reading of replies. Strict because a reply is the
// only evidence of what the node did: a reply that does not answer the id we
// sent, or carries both or neither of result and error, is treated as
// malformed rather than guessed at.
#pragma once

#include "chain/RpcResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace credit::chain::jsonrpc {

//! One call: {"jsonrpc":"2.0","id":id,"method":method,"params":params}.
struct Request {
    qint64 id = 0;
    QString method;
    QJsonArray params;

    QJsonObject toJson() const;
};

//! Compact JSON of one request.
QByteArray encode(const Request &request);
//! Compact JSON array of the requests (a JSON-RPC batch).
QByteArray encodeBatch(const QList<Request> &requests);

//! Parses a body as a JSON object or array; anything else is Malformed,
//! with the start of the body in the message (an HTML error page shows).
RpcResult<QJsonDocument> parseBody(QByteArrayView body);

//! Reads one reply object to the request with expectedId: its result, or
//! its error as Kind::Rpc (with the FISCO reason word). An error reply may
//! carry a null id (the server could not read our id); a result may not.
RpcResult<QJsonValue> readReply(const QJsonValue &reply, qint64 expectedId);

//! parseBody + readReply for a single call.
RpcResult<QJsonValue> parseReply(QByteArrayView body, qint64 expectedId);

//! Matches the replies of a batch to the requests' ids, in request order.
//! A missing or duplicated id makes that entry Malformed; replies to ids we
//! did not send are ignored (they cannot be attributed to any call).
QList<RpcResult<QJsonValue>> matchBatch(const QJsonArray &replies, const QList<qint64> &ids);

//! The first characters of a body, printable ASCII only, for error messages.
QString bodySnippet(QByteArrayView body, qsizetype maxChars = 80);

} // namespace credit::chain::jsonrpc
