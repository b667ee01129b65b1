// SPDX-License-Identifier: Apache-2.0
#include "chain/JsonRpc.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonParseError>

#include <cmath>
#include <limits>
#include <optional>

namespace credit::chain::jsonrpc {

namespace {

const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kData = QStringLiteral("data");
const QString kVersion = QStringLiteral("2.0");

// JSON numbers arrive as doubles; an id or code is only valid when it is a
// whole number small enough to be exact.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExact)
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString idText(const QJsonValue &id)
{
    if (id.isUndefined())
        return QStringLiteral("(none)");
    if (id.isString())
        return u'"' + id.toString() + u'"';
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    return QString::fromUtf8(QJsonDocument(QJsonArray { id }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

RpcResult<QJsonValue> readError(const QJsonValue &errorValue)
{
    if (!errorValue.isObject())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "the error member is not an object"));
    const QJsonObject error = errorValue.toObject();
    const auto code = exactInteger(error.value(kCode));
    if (!code || *code < std::numeric_limits<int>::min() || *code > std::numeric_limits<int>::max())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "the error has no integer code"));
    if (!error.value(kMessage).isString())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "the error has no message text"));
    return RpcError::rpc(static_cast<int>(*code), error.value(kMessage).toString(), error.value(kData));
}

} // namespace

QJsonObject Request::toJson() const
{
    return QJsonObject { { kJsonRpc, kVersion }, { kId, id }, { kMethod, method }, { kParams, params } };
}

QByteArray encode(const Request &request)
{
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray encodeBatch(const QList<Request> &requests)
{
    QJsonArray batch;
    for (const Request &r : requests)
        batch.append(r.toJson());
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

RpcResult<QJsonDocument> parseBody(QByteArrayView body)
{
    if (body.trimmed().isEmpty())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "the reply is empty"));
    QJsonParseError error {};
    QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return RpcError::malformed(
            QCoreApplication::translate("JsonRpc", "the reply is not JSON (%1 at offset %2): \"%3\"")
                .arg(error.errorString())
                .arg(error.offset)
                .arg(bodySnippet(body)));
    return document;
}

RpcResult<QJsonValue> readReply(const QJsonValue &replyValue, qint64 expectedId)
{
    if (!replyValue.isObject())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "the reply is not a JSON object"));
    const QJsonObject reply = replyValue.toObject();
    if (reply.value(kJsonRpc) != QJsonValue(kVersion))
        return RpcError::malformed(
            QCoreApplication::translate("JsonRpc", "the reply is not JSON-RPC 2.0 (no \"jsonrpc\":\"2.0\")"));

    const bool hasResult = reply.contains(kResult);
    const bool hasError = reply.contains(kError);
    if (hasResult == hasError)
        return RpcError::malformed(hasResult
                ? QCoreApplication::translate("JsonRpc", "the reply has both a result and an error")
                : QCoreApplication::translate("JsonRpc", "the reply has neither a result nor an error"));

    const QJsonValue id = reply.value(kId);
    const auto idNumber = exactInteger(id);
    const bool idMatches = idNumber && *idNumber == expectedId;
    // JSON-RPC 2.0 §5: the id is null when the server could not read the
    // request's id, which only ever goes with an error.
    const bool nullIdError = hasError && id.isNull();
    if (!idMatches && !nullIdError)
        return RpcError::malformed(
            QCoreApplication::translate("JsonRpc", "the reply answers id %1, not the request's id %2")
                .arg(idText(id))
                .arg(expectedId));

    if (hasError)
        return readError(reply.value(kError));
    return reply.value(kResult);
}

RpcResult<QJsonValue> parseReply(QByteArrayView body, qint64 expectedId)
{
    auto document = parseBody(body);
    if (!document)
        return document.error();
    if (document->isArray())
        return RpcError::malformed(QCoreApplication::translate("JsonRpc", "a single call was answered with an array"));
    return readReply(document->object(), expectedId);
}

QList<RpcResult<QJsonValue>> matchBatch(const QJsonArray &replies, const QList<qint64> &ids)
{
    QHash<qint64, qsizetype> slotOf;
    for (qsizetype i = 0; i < ids.size(); ++i)
        slotOf.insert(ids[i], i);

    QList<std::optional<RpcResult<QJsonValue>>> slots(ids.size());
    QList<int> seen(ids.size(), 0);
    for (const QJsonValue &reply : replies) {
        const auto id = exactInteger(reply.toObject().value(kId));
        if (!id || !slotOf.contains(*id))
            continue;
        const qsizetype slot = slotOf.value(*id);
        if (++seen[slot] == 1)
            slots[slot] = readReply(reply, *id);
    }

    QList<RpcResult<QJsonValue>> out;
    out.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (seen[i] == 0)
            out.append(RpcError::malformed(
                QCoreApplication::translate("JsonRpc", "the batch reply has no answer for id %1").arg(ids[i])));
        else if (seen[i] > 1)
            out.append(
                RpcError::malformed(QCoreApplication::translate("JsonRpc", "the batch reply answers id %1 %2 times")
                                        .arg(ids[i])
                                        .arg(seen[i])));
        else
            out.append(std::move(*slots[i]));
    }
    return out;
}

QString bodySnippet(QByteArrayView body, qsizetype maxChars)
{
    QString out;
    for (const char c : body.first(std::min(body.size(), maxChars))) {
        const bool printable = c >= 0x20 && c < 0x7f;
        out.append(printable ? QChar::fromLatin1(c) : QChar(u' '));
    }
    if (body.size() > maxChars)
        out.append(u"…");
    return out.simplified();
}

} // namespace credit::chain::jsonrpc
