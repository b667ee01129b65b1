// SPDX-License-Identifier: Apache-2.0
#include "desk/RequestDecryption.h"

#include "desk/OrderRequestOpening.h"

#include "chain/DocumentStoreClient.h"
#include "node/DocumentFetcher.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"
#include "supervision/EachRow.h"
#include "supervision/PrivateCopy.h"

#include <QCoreApplication>

namespace credit::desk {

namespace {

constexpr int kBatch = 200;

struct RequestDocument {
    quint64 orderId = 0;
    QByteArray hash;
};

Result<QList<RequestDocument>> requestDocuments(store::LightStore &store)
{
    auto stmt
        = store.database().prepare(QStringLiteral("SELECT order_id, request_document FROM orders ORDER BY order_id"));
    if (!stmt)
        return stmt.error();
    QList<RequestDocument> out;
    auto r = supervision::eachRow(*stmt, [&out](store::Statement &row) {
        out << RequestDocument { quint64(row.int64(0)), row.blob(1) };
    });
    return r ? Result<QList<RequestDocument>>(out) : Result<QList<RequestDocument>>(r.error());
}

Result<supervision::RequestFacts> openRequest(
    chain::DocumentFetcher &fetcher, const RequestDocument &document, const crypto::Sm2PrivateKey &key)
{
    auto request = openOrderRequest(fetcher, document.orderId, document.hash, key);
    if (!request)
        return request.error();
    return supervision::RequestFacts::of(*request);
}

} // namespace

Result<market::DecryptionSummary> decryptRequestEnvelopes(const RequestDecryptionPaths &paths,
    const crypto::Sm2PrivateKey &key, const std::function<bool(qint64, qint64)> &progress,
    const std::function<void(const QList<supervision::RequestFacts> &)> &kept)
{
    auto store = store::LightStore::openReadOnly(paths.store);
    if (!store)
        return store.error();
    auto copy = supervision::PrivateCopy::open(paths.privateCopy, key);
    if (!copy)
        return copy.error();
    auto documents = requestDocuments(**store);
    if (!documents)
        return documents.error();
    auto keptIds = (*copy)->orderIds();
    if (!keptIds)
        return keptIds.error();
    market::DecryptionSummary summary;
    QList<RequestDocument> todo;
    for (const RequestDocument &d : std::as_const(*documents)) {
        if (keptIds->contains(d.orderId))
            ++summary.alreadyKept;
        else
            todo << d;
    }
    store::DocumentCache cache(paths.documentCache);
    chain::RpcOptions options;
    options.cancel = paths.cancel;
    chain::DocumentStoreClient client(paths.documentStoreUrl, options);
    chain::DocumentFetcher fetcher(**store, cache, client);
    QList<supervision::RequestFacts> batch;
    auto flush = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        if (auto r = (*copy)->put(batch); !r)
            return r;
        kept(batch);
        batch.clear();
        return {};
    };
    for (qsizetype i = 0; i < todo.size(); ++i) {
        if (!progress(i, todo.size()) || (paths.cancel && paths.cancel->isCancelled()))
            break;
        auto facts = openRequest(fetcher, todo[i], key);
        if (!facts) {
            if (summary.failed++ == 0)
                summary.firstFailure = QCoreApplication::translate("RequestDecryption", "order %1: %2")
                                           .arg(todo[i].orderId)
                                           .arg(facts.error().message);
            continue;
        }
        batch << *facts;
        ++summary.decrypted;
        if (batch.size() >= kBatch)
            if (auto r = flush(); !r)
                return r.error();
    }
    if (auto r = flush(); !r)
        return r.error();
    progress(todo.size(), todo.size());
    return summary;
}

} // namespace credit::desk
