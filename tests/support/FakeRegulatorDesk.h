// SPDX-License-Identifier: Apache-2.0
// A fake regulator's desk for page tests: answers the test sets beforehand,
// every question recorded (with its filter), futures finished at once or kept
// pending until the test releases them (a page's "computing…" state).
#pragma once

#include "desk/RegulatorDesk.h"

#include <QFuture>
#include <QList>
#include <QPromise>

#include <memory>

namespace credit::test {

template<typename T> QFuture<T> finished(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

class FakeRegulatorDesk final : public desk::RegulatorDesk {
public:
    Result<market::SupervisionFigures> figureAnswer = market::SupervisionFigures {};
    Result<market::OrderIdPage> drillAnswer = market::OrderIdPage {};
    Result<market::AnomalyList> anomalyAnswer = market::AnomalyList {};
    Result<market::BrowserPage> browseAnswer = market::BrowserPage {};
    Result<qint64> exportAnswer = qint64(0);
    Result<market::DecryptionSummary> decryptionAnswer = market::DecryptionSummary {};
    //! While true, figures() returns a future the test finishes with releaseFigures().
    bool holdFigures = false;

    QList<market::SupervisionFilter> figureFilters;
    QList<market::FigureRef> drilledFigures;
    QList<market::BrowserQuery> browseQueries;
    QList<QString> exportPaths;
    QList<market::BrowserQuery> exportQueries;
    int decryptions = 0;

    QFuture<Result<market::SupervisionFigures>> figures(
        const market::SupervisionFilter &filter, const market::AnomalySettings &) override
    {
        figureFilters << filter;
        if (!holdFigures)
            return finished(figureAnswer);
        m_held = std::make_shared<QPromise<Result<market::SupervisionFigures>>>();
        m_held->start();
        m_everyHeld << m_held;
        return m_held->future();
    }
    void releaseFigures()
    {
        if (!m_held)
            return;
        m_held->addResult(figureAnswer);
        m_held->finish();
        m_held.reset();
    }
    QFuture<Result<market::OrderIdPage>> drillDown(const market::SupervisionFilter &, const market::AnomalySettings &,
        const market::FigureRef &figure, qint64, int) override
    {
        drilledFigures << figure;
        return finished(drillAnswer);
    }
    QFuture<Result<market::AnomalyList>> anomalies(
        const market::SupervisionFilter &, const market::AnomalySettings &, int) override
    {
        return finished(anomalyAnswer);
    }
    QFuture<Result<market::BrowserPage>> browse(const market::BrowserQuery &query) override
    {
        browseQueries << query;
        return finished(browseAnswer);
    }
    QFuture<Result<qint64>> exportCsv(const market::BrowserQuery &query, const QString &path) override
    {
        exportQueries << query;
        exportPaths << path;
        return finished(exportAnswer);
    }
    QFuture<Result<market::DecryptionSummary>> decryptRequests() override
    {
        ++decryptions;
        return finished(decryptionAnswer);
    }

    //! Finishes the index-th held figures() question (in the order asked) with answer, even after later ones.
    void releaseHeldFigures(qsizetype index, const Result<market::SupervisionFigures> &answer)
    {
        auto held = m_everyHeld.value(index);
        if (!held || held->future().isFinished())
            return;
        held->addResult(answer);
        held->finish();
    }

private:
    std::shared_ptr<QPromise<Result<market::SupervisionFigures>>> m_held;
    QList<std::shared_ptr<QPromise<Result<market::SupervisionFigures>>>> m_everyHeld; // kept alive: none cancelled
};

} // namespace credit::test
