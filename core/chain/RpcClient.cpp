// SPDX-License-Identifier: Apache-2.0
#include "chain/RpcClient.h"

#include "chain/BatchSupportMemo.h"
#include "chain/CancelToken.h"
#include "chain/JsonRpc.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <chrono>

namespace credit::chain {

namespace {

bool isTransientStatus(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

} // namespace

RpcClient::RpcClient(const QString &endpointUrl, RpcOptions options) : m_options(std::move(options))
{
    const QUrl url(endpointUrl, QUrl::StrictMode);
    m_endpoint = url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo) : endpointUrl;
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        m_urlProblem = RpcError::transportFailure(RpcError::Transport::BadUrl,
            QCoreApplication::translate("RpcClient", "not an http:// or https:// URL with a host"));
    m_memo = m_options.batchMemo ? m_options.batchMemo : BatchSupportMemo::processWide();
    // User info stays in the URL given to libcurl, which sends it as basic auth.
    m_transport = std::make_unique<CurlTransport>(url.toString(QUrl::FullyEncoded), m_options);
}

RpcClient::~RpcClient() = default;

bool RpcClient::isIdempotent(QStringView method)
{
    return method != u"sendRawTransaction" && method != u"sendRawTransactionAndGetProof";
}

RpcResult<QJsonValue> RpcClient::call(const QString &method, const QJsonArray &params, bool idempotent)
{
    if (m_urlProblem)
        return annotate(*m_urlProblem, method);
    const bool retry = idempotent && isIdempotent(method);
    const int attempts = retry ? 1 + std::max(0, m_options.retries) : 1;
    for (int attempt = 0;; ++attempt) {
        const qint64 id = nextId();
        auto replies = m_transport->postAll({ jsonrpc::encode({ id, method, params }) });
        auto result = interpret(std::move(replies.first()), id);
        if (result.ok())
            return result;
        if (!result.error().isTransient() || attempt + 1 >= attempts)
            return annotate(result.error(), method);
        if (!backoff(attempt))
            return annotate(RpcError::cancelled(), method);
    }
}

RpcResult<QList<RpcResult<QJsonValue>>> RpcClient::callMany(const QList<Call> &calls)
{
    if (calls.isEmpty())
        return Results {};
    if (m_urlProblem)
        return annotate(*m_urlProblem, {});

    const bool allIdempotent
        = std::all_of(calls.begin(), calls.end(), [](const Call &c) { return isIdempotent(c.first); });
    const qsizetype chunk = std::max(1, m_options.maxBatchSize);
    Results results;
    results.reserve(calls.size());
    bool batching = calls.size() > 1 && batchAllowed();
    for (qsizetype start = 0; start < calls.size(); start += chunk) {
        if (batching) {
            if (auto answered = tryBatch(calls.mid(start, chunk), allIdempotent)) {
                results.append(std::move(*answered));
                continue;
            }
            batching = false;
        }
        results.append(parallel(calls.mid(start)));
        break;
    }

    // The node answered something (a result, a refusal, even nonsense) for
    // at least one call: the entries tell the story. Otherwise one error does.
    const auto answered = [](const RpcResult<QJsonValue> &r) {
        return r.ok() || r.error().kind == RpcError::Kind::Rpc || r.error().kind == RpcError::Kind::Malformed;
    };
    const auto cancelled
        = [](const RpcResult<QJsonValue> &r) { return !r.ok() && r.error().kind == RpcError::Kind::Cancelled; };
    if (std::any_of(results.begin(), results.end(), cancelled))
        return annotate(RpcError::cancelled(), {});
    if (std::none_of(results.begin(), results.end(), answered))
        return annotate(results.first().error(), {});
    return results;
}

bool RpcClient::batchAllowed() const
{
    return m_options.allowBatch && m_memo->lookup(m_endpoint) != BatchSupportMemo::Support::Unsupported;
}

std::optional<RpcClient::Results> RpcClient::tryBatch(const QList<Call> &calls, bool retry)
{
    const int attempts = retry ? 1 + std::max(0, m_options.retries) : 1;
    for (int attempt = 0;; ++attempt) {
        const bool lastAttempt = attempt + 1 >= attempts;
        QList<jsonrpc::Request> requests;
        QList<qint64> ids;
        for (const Call &c : calls) {
            requests.append({ nextId(), c.first, c.second });
            ids.append(requests.last().id);
        }
        auto reply = std::move(m_transport->postAll({ jsonrpc::encodeBatch(requests) }).first());

        if (!reply.ok()) {
            if (reply.error().isTransient() && !lastAttempt) {
                if (backoff(attempt))
                    continue;
                reply = RpcError::cancelled();
            }
            Results failed;
            for (const Call &c : calls)
                failed.append(annotate(reply.error(), c.first));
            return failed;
        }

        const HttpReply &http = *reply;
        const auto document = jsonrpc::parseBody(http.body);
        if (http.status == 200 && document.ok() && document->isArray() && !document->array().isEmpty()) {
            m_memo->remember(m_endpoint, BatchSupportMemo::Support::Supported);
            Results matched = jsonrpc::matchBatch(document->array(), ids);
            for (qsizetype i = 0; i < matched.size(); ++i) {
                if (!matched[i].ok())
                    matched[i] = annotate(matched[i].error(), calls[i].first);
            }
            return matched;
        }
        if (isTransientStatus(http.status) && !lastAttempt) {
            if (!backoff(attempt))
                return Results(calls.size(), RpcResult<QJsonValue>(annotate(RpcError::cancelled(), {})));
            continue;
        }
        // A JSON answer that is not an array (typically one JSON-RPC error
        // for the whole array) or a 4xx is the endpoint saying "no batches".
        // A 5xx or an HTML page may be a passing fault: fall back this time
        // without remembering it.
        const bool saysNo = (http.status == 200 && document.ok()) || (http.status >= 400 && http.status < 500);
        if (saysNo)
            m_memo->remember(m_endpoint, BatchSupportMemo::Support::Unsupported);
        return std::nullopt;
    }
}

RpcClient::Results RpcClient::parallel(const QList<Call> &calls)
{
    QList<std::optional<RpcResult<QJsonValue>>> slots(calls.size());
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < calls.size(); ++i)
        pending.append(i);

    const int attempts = 1 + std::max(0, m_options.retries);
    for (int attempt = 0; !pending.isEmpty(); ++attempt) {
        QList<QByteArray> bodies;
        QList<qint64> ids;
        for (const qsizetype i : pending) {
            ids.append(nextId());
            bodies.append(jsonrpc::encode({ ids.last(), calls[i].first, calls[i].second }));
        }
        auto replies = m_transport->postAll(bodies);
        QList<qsizetype> again;
        for (qsizetype k = 0; k < pending.size(); ++k) {
            const qsizetype i = pending[k];
            auto result = interpret(std::move(replies[k]), ids[k]);
            const bool retry = !result.ok() && result.error().isTransient() && isIdempotent(calls[i].first)
                && attempt + 1 < attempts;
            if (retry)
                again.append(i);
            slots[i]
                = result.ok() ? std::move(result) : RpcResult<QJsonValue>(annotate(result.error(), calls[i].first));
        }
        if (!again.isEmpty() && !backoff(attempt)) {
            for (const qsizetype i : again)
                slots[i] = annotate(RpcError::cancelled(), calls[i].first);
            break;
        }
        pending = again;
    }

    Results out;
    out.reserve(calls.size());
    for (auto &slot : slots)
        out.append(std::move(*slot));
    return out;
}

RpcResult<QJsonValue> RpcClient::interpret(RpcResult<HttpReply> reply, qint64 id) const
{
    if (!reply.ok())
        return reply.error();
    const HttpReply &http = *reply;
    auto parsed = jsonrpc::parseReply(http.body, id);
    if (http.status == 200)
        return parsed;
    // Some proxies and servers send a JSON-RPC error with a 4xx/5xx status:
    // the error object says more than the status does.
    if (!parsed.ok() && parsed.error().kind == RpcError::Kind::Rpc) {
        RpcError e = parsed.error();
        e.httpStatus = http.status;
        return e;
    }
    return RpcError::http(http.status, jsonrpc::bodySnippet(http.body));
}

bool RpcClient::backoff(int attempt) const
{
    const qint64 base = std::max(1, m_options.backoffBaseMs);
    const qint64 cap = std::max<qint64>(base, m_options.backoffMaxMs);
    const qint64 ceiling = std::min(cap, base << std::min(attempt, 20));
    const qint64 wait = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    return sleepUnlessCancelled(m_options.cancel.get(), std::chrono::milliseconds(wait));
}

RpcError RpcClient::annotate(RpcError error, const QString &method) const
{
    error.method = method;
    error.endpoint = m_endpoint;
    return error;
}

} // namespace credit::chain
