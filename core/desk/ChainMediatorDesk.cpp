// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainMediatorDesk.h"

#include "desk/DeskSession.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFutureWatcher>

namespace credit::desk {

namespace {

//! What the worker brings back from a search: every readable request of our disputes.
struct RequestHarvest {
    QHash<quint64, market::OrderRequest> requests;
    QString problem;
};

} // namespace

ChainMediatorDesk::ChainMediatorDesk(DeskSession &session, QObject *parent)
    : MediatorDesk(parent), m_session(session),
      m_tracker(new TransactionTracker([&session](const QByteArray &tx) { session.watchTransaction(tx); }, this))
{
    connect(&m_session, &DeskSession::transactionConfirmed, m_tracker, &TransactionTracker::onTransactionConfirmed);
}

DisputeCaseSource ChainMediatorDesk::source(bool withReport) const
{
    return DisputeCaseSource { m_session.storePath(), m_session.documentCacheDir(), m_session.profile().documentStore,
        m_session.key(), m_session.institution(), withReport };
}

void ChainMediatorDesk::openCase(quint64 orderId)
{
    auto *watcher = new QFutureWatcher<Result<DisputeCaseFiles>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, orderId] {
        watcher->deleteLater();
        const Result<DisputeCaseFiles> files = watcher->result();
        if (!files) {
            Q_EMIT caseFailed(orderId, files.error().message);
            return;
        }
        if (files->request)
            m_requests.insert(orderId, *files->request);
        Q_EMIT caseOpened(*files);
    });
    watcher->setFuture(m_session.runOnWorker<DisputeCaseFiles>(
        [source = source(true), orderId] { return openDisputeCase(source, orderId); }));
}

bool ChainMediatorDesk::resolveDispute(quint64 orderId, const market::DisputeResolution &resolution)
{
    if (resolution.note.trimmed().isEmpty())
        return false;
    const QString text = resolution.toText();
    return m_tracker->track(orderId, [this, orderId, text] {
        return m_session.runMarket<market::Outcome>(
            [orderId, text](market::MarketSession &s) { return s.market().resolveDispute(orderId, text); });
    });
}

bool ChainMediatorDesk::matchesEnterprise(const market::OrderRequest &request, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    return request.enterpriseCode.compare(wanted, Qt::CaseInsensitive) == 0
        || request.enterpriseName.contains(wanted, Qt::CaseInsensitive);
}

void ChainMediatorDesk::findByEnterprise(const QString &text)
{
    auto disputes = m_session.reader().disputes(m_session.institution());
    if (!disputes) {
        Q_EMIT enterpriseSearched(text, {}, disputes.error().message);
        return;
    }
    QList<quint64> unread;
    for (const market::DisputeInfo &d : std::as_const(*disputes))
        if (!m_requests.contains(d.order.orderId))
            unread << d.order.orderId;
    auto *watcher = new QFutureWatcher<Result<RequestHarvest>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        const Result<RequestHarvest> harvest = watcher->result();
        QString problem;
        if (harvest) {
            m_requests.insert(harvest->requests);
            problem = harvest->problem;
        } else {
            problem = harvest.error().message;
        }
        QList<quint64> found;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            if (matchesEnterprise(it.value(), text))
                found << it.key();
        std::sort(found.begin(), found.end(), std::greater<>());
        Q_EMIT enterpriseSearched(text, found, problem);
    });
    watcher->setFuture(
        m_session.runOnWorker<RequestHarvest>([source = source(false), unread]() -> Result<RequestHarvest> {
            RequestHarvest harvest;
            int unreadable = 0;
            for (const quint64 orderId : unread) {
                auto files = openDisputeCase(source, orderId);
                if (files && files->request)
                    harvest.requests.insert(orderId, *files->request);
                else
                    ++unreadable;
            }
            if (unreadable > 0)
                harvest.problem = QCoreApplication::translate("ChainMediatorDesk",
                    "%n dispute(s) could not be searched: their request could not be opened.", nullptr, unreadable);
            return harvest;
        }));
}

} // namespace credit::desk
