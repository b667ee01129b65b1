// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/CurlTransport.h"
#include "chain/RpcOptions.h"
#include "chain/RpcResult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <utility>

namespace credit::chain {

class BatchSupportMemo;

//! A blocking JSON-RPC 2.0 client for one FISCO BCOS endpoint over HTTP(S).
//!
//! Blocking on purpose: it runs on worker threads (the light node's sync
//! thread, task threads), never on the GUI thread. Not thread-safe: use one
//! client per thread; clients of the same endpoint share what they learn
//! about batch support through the BatchSupportMemo.
class RpcClient final {
public:
    //! endpointUrl: http:// or https://, path included (e.g. "http://127.0.0.1:8545").
    explicit RpcClient(const QString &endpointUrl, RpcOptions options = {});
    ~RpcClient();
    Q_DISABLE_COPY_MOVE(RpcClient)

    //! The endpoint without user info, as it appears in messages.
    const QString &endpoint() const { return m_endpoint; }
    const RpcOptions &options() const { return m_options; }

    //! One call. Transient failures are retried with backoff when idempotent
    //! is true and the method is not one that changes the chain
    //! (isIdempotent): a sendRawTransaction is posted exactly once.
    RpcResult<QJsonValue> call(const QString &method, const QJsonArray &params, bool idempotent);

    //! Several calls, results in the same order. Uses JSON-RPC batch POSTs
    //! when the endpoint answers them (detected on first use and remembered),
    //! otherwise parallel requests. Each entry holds its own result or error;
    //! the outer result fails only when the node answered none of them
    //! (unreachable, cancelled): then that is the one error to show.
    //! Calls are retried as in call() when every method isIdempotent.
    RpcResult<QList<RpcResult<QJsonValue>>> callMany(const QList<std::pair<QString, QJsonArray>> &calls);

    //! False for methods whose repetition could change the chain twice.
    static bool isIdempotent(QStringView method);

private:
    using Call = std::pair<QString, QJsonArray>;
    using Results = QList<RpcResult<QJsonValue>>;

    bool batchAllowed() const;
    std::optional<Results> tryBatch(const QList<Call> &calls, bool retry);
    Results parallel(const QList<Call> &calls);
    RpcResult<QJsonValue> interpret(RpcResult<HttpReply> reply, qint64 id) const;
    bool backoff(int attempt) const;
    RpcError annotate(RpcError error, const QString &method) const;
    qint64 nextId() { return m_nextId++; }

    QString m_endpoint;
    RpcOptions m_options;
    std::shared_ptr<BatchSupportMemo> m_memo;
    std::optional<RpcError> m_urlProblem;
    std::unique_ptr<CurlTransport> m_transport;
    qint64 m_nextId = 1;
};

} // namespace credit::chain
