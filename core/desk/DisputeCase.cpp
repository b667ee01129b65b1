// SPDX-License-Identifier: Apache-2.0
#include "desk/DisputeCase.h"

#include "chain/DocumentStoreClient.h"
#include "crypto/Envelope.h"
#include "crypto/Sm3.h"
#include "desk/DisputeFiling.h"
#include "store/DocumentCache.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"
#include "store/StoreLookups.h"

#include <QCoreApplication>

namespace credit::desk {

namespace {

//! The copy named `hash`, from the cache or the document store (which checks its SM3), opened with key.
Result<QByteArray> openCopy(const DisputeCaseSource &source, const QByteArray &hash)
{
    store::DocumentCache cache(source.documentCacheDir);
    QByteArray envelope;
    if (auto cached = cache.get(hash)) {
        envelope = std::move(*cached);
    } else {
        auto fetched = chain::DocumentStoreClient(source.documentStoreUrl).fetch(hash);
        if (!fetched)
            return fetched.error();
        envelope = std::move(*fetched);
        if (auto kept = cache.put(envelope); !kept)
            qWarning("document cache: %s", qPrintable(kept.error().message));
    }
    return crypto::envelope::open(envelope, source.key);
}

} // namespace

Result<DisputeCaseFiles> openDisputeCase(const DisputeCaseSource &source, quint64 orderId)
{
    auto reader = store::LightStore::openReadOnly(source.storePath);
    if (!reader)
        return reader.error();
    store::Database &db = (*reader)->database();
    store::StoreLookups lookups(db);
    auto record = lookups.disputeGrant(orderId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("DisputeCase", "No verified block records a dispute on order %1.")
                .arg(orderId));
    if ((*record)->mediator != source.self)
        return makeError(ErrorKind::Rejected,
            QCoreApplication::translate("DisputeCase",
                "The dispute on order %1 is assigned to another mediator; only that mediator can read its documents.")
                .arg(orderId));
    market::OrderFilter filter;
    filter.orderId = orderId;
    auto orders = store::MarketQueries(db).orders(filter);
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("DisputeCase", "Order %1 is not in the verified store.").arg(orderId));
    const market::OrderSummary order = orders->first();

    auto grantText = crypto::envelope::open((*record)->keyEnvelope, source.key);
    if (!grantText)
        return makeError(grantText.error().kind,
            QCoreApplication::translate("DisputeCase", "The dispute's grant cannot be opened with your key: %1")
                .arg(grantText.error().message));
    auto grant = DisputeGrant::parse(*grantText);
    if (!grant)
        return grant.error();
    if (grant->orderId != orderId || grant->mediator != source.self)
        return makeError(ErrorKind::Rejected,
            QCoreApplication::translate(
                "DisputeCase", "The dispute's grant names order %1 for another mediator or order: refused.")
                .arg(orderId));

    DisputeCaseFiles files;
    files.orderId = orderId;
    files.requestProblem = QCoreApplication::translate(
        "DisputeCase", "The party that raised the dispute shared no copy of the request.");
    for (const DisputeGrant::Copy &copy : std::as_const(grant->copies)) {
        const bool isReport = copy.kind == u"report";
        if (isReport && !source.withReport)
            continue;
        QString &problem = isReport ? files.reportProblem : files.requestProblem;
        const QByteArray &onChain = isReport ? order.reportDocument : order.requestDocument;
        if (copy.original != onChain) {
            problem = QCoreApplication::translate(
                "DisputeCase", "The grant's copy is of a document this order does not have on chain: refused.");
            continue;
        }
        auto plain = openCopy(source, copy.copy);
        if (!plain) {
            problem = QCoreApplication::translate("DisputeCase", "The copy cannot be opened: %1")
                          .arg(plain.error().message);
            continue;
        }
        if (isReport) {
            if (crypto::sm3(*plain) != order.reportHash) {
                problem = QCoreApplication::translate(
                    "DisputeCase", "The report copy does not match the hash the bureau recorded on chain: refused.");
                continue;
            }
            files.reportPdf = *plain;
            files.report = ReportReference { orderId, order.reportHash, 0, {} };
            auto events = store::MarketQueries(db).timeline(orderId);
            if (events)
                for (const market::OrderEventInfo &e : std::as_const(*events))
                    if (e.event == u"ReportDelivered") {
                        files.report.block = e.block;
                        files.report.tx = e.tx;
                    }
            problem.clear();
            continue;
        }
        auto request = market::OrderRequest::parse(*plain);
        if (!request) {
            problem = QCoreApplication::translate("DisputeCase", "The request copy is not valid: %1")
                          .arg(request.error().message);
            continue;
        }
        if (request->orderId != orderId || request->authorisationHash() != order.authorisationHash) {
            problem = QCoreApplication::translate("DisputeCase",
                "The request copy does not match the order on chain (its id or authorisation letter "
                "differs): refused.");
            continue;
        }
        files.request = std::move(*request);
        problem.clear();
    }
    if (source.withReport && files.reportPdf.isEmpty() && files.reportProblem.isEmpty())
        files.reportProblem = order.reportDocument.isEmpty()
            ? QCoreApplication::translate(
                "DisputeCase", "The bureau had not delivered a report when the dispute was raised.")
            : QCoreApplication::translate(
                "DisputeCase", "The party that raised the dispute shared no copy of the report.");
    return files;
}

} // namespace credit::desk
