// SPDX-License-Identifier: Apache-2.0
#include "desk/OrderEnterprises.h"

#include "desk/OrderRequestOpening.h"

#include "chain/DocumentStoreClient.h"
#include "node/DocumentFetcher.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"
#include "store/StoreLookups.h"

#include <QCoreApplication>

namespace credit::desk {

namespace {

OrderEnterprise openOne(
    store::StoreLookups &lookups, chain::DocumentFetcher &fetcher, const crypto::Sm2PrivateKey &key, quint64 orderId)
{
    OrderEnterprise out;
    out.orderId = orderId;
    auto documents = lookups.orderDocuments(orderId);
    if (!documents) {
        out.problem = documents.error().message;
        return out;
    }
    if (!documents->has_value()) {
        out.problem = QCoreApplication::translate("OrderEnterprises", "No verified block records this order yet.");
        return out;
    }
    const QByteArray hash = (*documents)->requestDocument;
    if (hash.isEmpty() || hash == QByteArray(32, '\0')) {
        out.problem = QCoreApplication::translate("OrderEnterprises", "This order carries no request document.");
        return out;
    }
    auto request = openOrderRequest(fetcher, orderId, hash, key);
    if (!request) {
        out.problem = request.error().message;
        return out;
    }
    out.name = request->enterpriseName;
    out.code = request->enterpriseCode;
    return out;
}

} // namespace

void openOrderEnterprises(
    QPromise<OrderEnterprise> &promise, const OrderEnterpriseSource &source, const QList<quint64> &orderIds)
{
    auto stopped = [&] { return promise.isCanceled() || (source.cancel && source.cancel->isCancelled()); };
    auto store = store::LightStore::openReadOnly(source.store);
    if (!store) {
        for (const quint64 orderId : orderIds)
            promise.addResult(OrderEnterprise { orderId, {}, {}, store.error().message });
        return;
    }
    store::DocumentCache cache(source.documentCache);
    chain::RpcOptions options;
    options.cancel = source.cancel;
    chain::DocumentStoreClient client(source.documentStoreUrl, options);
    chain::DocumentFetcher fetcher(**store, cache, client);
    store::StoreLookups lookups((*store)->database());
    for (const quint64 orderId : orderIds) {
        if (stopped())
            return;
        promise.addResult(openOne(lookups, fetcher, source.key, orderId));
    }
}

} // namespace credit::desk
