// SPDX-License-Identifier: Apache-2.0
#include "desk/ChainRegulatorDesk.h"

#include "desk/DeskSession.h"
#include "desk/RequestDecryption.h"
#include "supervision/SupervisionEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace credit::desk {

//! Everything the engine's and the decryption's jobs touch; they hold it, never the desk.
struct ChainRegulatorDesk::EngineState {
    QString storePath, copyPath;
    crypto::Sm2PrivateKey key;
    //! Fired when the desk goes: queued questions fail, the decryption and its fetch stop.
    std::shared_ptr<chain::CancelToken> closed = std::make_shared<chain::CancelToken>();
    std::unique_ptr<supervision::SupervisionEngine> engine; // engine thread only
    //! Rows the decryption stored in the copy, for the engine to attach before its next answer.
    QMutex decryptedMutex;
    QList<supervision::RequestFacts> decrypted;

    //! The engine, opened on first use and caught up with the store and the decryption.
    Result<supervision::SupervisionEngine *> caughtUp()
    {
        if (closed->isCancelled()) {
            engine.reset(); // the desk is gone: free the facts now, not with the last job
            return makeError(ErrorKind::Rejected,
                QCoreApplication::translate("ChainRegulatorDesk", "The session was locked before this was answered."));
        }
        QList<supervision::RequestFacts> rows;
        {
            const QMutexLocker lock(&decryptedMutex);
            rows.swap(decrypted);
        }
        if (!engine) {
            // open() loads the copy, which already holds `rows`.
            auto opened = supervision::SupervisionEngine::open(storePath, copyPath, key);
            if (!opened)
                return opened.error();
            engine = std::move(*opened);
        } else {
            if (auto r = engine->catchUp(); !r)
                return r.error();
            engine->attachPrivate(rows);
        }
        return engine.get();
    }
};

ChainRegulatorDesk::ChainRegulatorDesk(DeskSession &session, QObject *parent)
    : RegulatorDesk(parent), m_session(session), m_state(std::make_shared<EngineState>())
{
    m_state->storePath = session.storePath();
    m_state->copyPath = privateCopyPath();
    m_state->key = session.key();
    connect(&session, &DeskSession::blocksCommitted, this, [this](quint64 from, quint64 to) {
        onEngine<qint64>([](supervision::SupervisionEngine &) {
            return Result<qint64>(0);
        }).then(this, [this, from, to](const Result<qint64> &caughtUp) {
            if (caughtUp)
                Q_EMIT figuresChanged(from, to);
        });
    });
}

ChainRegulatorDesk::~ChainRegulatorDesk()
{
    // Never waits (lock destroys the desk): the pools hand a busy thread to the application.
    m_stopDecryption->store(true);
    m_state->closed->cancel();
    // The facts (hundreds of MB at millions of orders) are freed on the engine's thread, after its current question.
    (void)QtConcurrent::run(m_enginePool.get(), [state = std::move(m_state)] { state->engine.reset(); });
}

QString ChainRegulatorDesk::privateCopyPath() const
{
    return QDir(QFileInfo(m_session.storePath()).absolutePath()).filePath(QStringLiteral("supervision.sqlite"));
}

template<typename T, typename Job> QFuture<Result<T>> ChainRegulatorDesk::onEngine(Job job)
{
    return QtConcurrent::run(m_enginePool.get(), [state = m_state, job = std::move(job)]() -> Result<T> {
        auto engine = state->caughtUp();
        if (!engine)
            return engine.error();
        return job(**engine);
    });
}

QFuture<Result<market::SupervisionFigures>> ChainRegulatorDesk::figures(
    const market::SupervisionFilter &filter, const market::AnomalySettings &settings)
{
    return onEngine<market::SupervisionFigures>([filter, settings](supervision::SupervisionEngine &engine) {
        return Result<market::SupervisionFigures>(engine.figures(filter, settings));
    });
}

QFuture<Result<market::OrderIdPage>> ChainRegulatorDesk::drillDown(const market::SupervisionFilter &filter,
    const market::AnomalySettings &settings, const market::FigureRef &figure, qint64 offset, int limit)
{
    return onEngine<market::OrderIdPage>([=](supervision::SupervisionEngine &engine) {
        return Result<market::OrderIdPage>(engine.drillDown(filter, settings, figure, offset, limit));
    });
}

QFuture<Result<market::AnomalyList>> ChainRegulatorDesk::anomalies(
    const market::SupervisionFilter &filter, const market::AnomalySettings &settings, int limitPerRule)
{
    return onEngine<market::AnomalyList>([=](supervision::SupervisionEngine &engine) {
        return Result<market::AnomalyList>(engine.anomalies(filter, settings, limitPerRule));
    });
}

QFuture<Result<market::BrowserPage>> ChainRegulatorDesk::browse(const market::BrowserQuery &query)
{
    return onEngine<market::BrowserPage>(
        [query](supervision::SupervisionEngine &engine) { return Result<market::BrowserPage>(engine.browse(query)); });
}

QFuture<Result<qint64>> ChainRegulatorDesk::exportCsv(const market::BrowserQuery &query, const QString &path)
{
    return onEngine<qint64>(
        [query, path](supervision::SupervisionEngine &engine) { return engine.exportCsv(query, path); });
}

QFuture<Result<market::DecryptionSummary>> ChainRegulatorDesk::decryptRequests()
{
    m_stopDecryption->store(false);
    const RequestDecryptionPaths paths { m_session.storePath(), privateCopyPath(), m_session.documentCacheDir(),
        m_session.profile().documentStore, m_state->closed };
    auto future = QtConcurrent::run(m_decryptionPool.get(),
        [paths, stop = m_stopDecryption, state = m_state](QPromise<Result<market::DecryptionSummary>> &promise) {
            auto progress = [&](qint64 done, qint64 total) {
                promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                promise.setProgressValue(int(std::min<qint64>(done, INT_MAX)));
                return !promise.isCanceled() && !stop->load() && !state->closed->isCancelled();
            };
            // Each stored batch joins the engine's figures before its next answer.
            auto kept = [&state](const QList<supervision::RequestFacts> &rows) {
                const QMutexLocker lock(&state->decryptedMutex);
                state->decrypted += rows;
            };
            promise.addResult(decryptRequestEnvelopes(paths, state->key, progress, kept));
        });
    future.then(this, [this](const Result<market::DecryptionSummary> &) { Q_EMIT privateFactsChanged(); });
    return future;
}

} // namespace credit::desk
