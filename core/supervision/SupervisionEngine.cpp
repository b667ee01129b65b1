// SPDX-License-Identifier: Apache-2.0
#include "supervision/SupervisionEngine.h"

#include "store/LightStore.h"
#include "supervision/Anomalies.h"
#include "supervision/BrowserCsv.h"
#include "supervision/Figures.h"
#include "supervision/OrderBrowser.h"
#include "supervision/PrivateCopy.h"

namespace credit::supervision {

SupervisionEngine::SupervisionEngine(std::unique_ptr<store::LightStore> store, std::unique_ptr<PrivateCopy> copy)
    : m_store(std::move(store)), m_copy(std::move(copy)), m_table(std::make_unique<FactTable>(m_store->database()))
{
}

SupervisionEngine::~SupervisionEngine() = default;

Result<std::unique_ptr<SupervisionEngine>> SupervisionEngine::open(
    const QString &storePath, const QString &privateCopyPath, const crypto::Sm2PrivateKey &key)
{
    auto store = store::LightStore::openReadOnly(storePath);
    if (!store)
        return store.error();
    auto copy = PrivateCopy::open(privateCopyPath, key);
    if (!copy)
        return copy.error();
    std::unique_ptr<SupervisionEngine> engine(new SupervisionEngine(std::move(*store), std::move(*copy)));
    if (auto r = engine->catchUp(); !r)
        return r.error();
    auto loaded = engine->m_copy->load([&engine](RequestFacts &&row) { engine->m_table->attachPrivate(row); });
    if (!loaded)
        return loaded.error();
    return engine;
}

Result<qint64> SupervisionEngine::catchUp()
{
    return m_table->catchUp();
}

void SupervisionEngine::attachPrivate(const QList<RequestFacts> &rows)
{
    for (const RequestFacts &row : rows)
        m_table->attachPrivate(row);
}

market::SupervisionFigures SupervisionEngine::figures(
    const market::SupervisionFilter &filter, const market::AnomalySettings &settings)
{
    FactQuery query(*m_table, filter, settings);
    return computeFigures(query);
}

market::OrderIdPage SupervisionEngine::drillDown(const market::SupervisionFilter &filter,
    const market::AnomalySettings &settings, const market::FigureRef &figure, qint64 offset, int limit)
{
    FactQuery query(*m_table, filter, settings);
    return supervision::drillDown(query, figure, offset, limit);
}

market::AnomalyList SupervisionEngine::anomalies(
    const market::SupervisionFilter &filter, const market::AnomalySettings &settings, int limitPerRule)
{
    FactQuery query(*m_table, filter, settings);
    return findAnomalies(query, settings, limitPerRule);
}

market::BrowserPage SupervisionEngine::browse(const market::BrowserQuery &browser)
{
    FactQuery query(*m_table, browser.filter, browser.settings);
    return supervision::browse(query, browser);
}

Result<qint64> SupervisionEngine::exportCsv(const market::BrowserQuery &browser, const QString &path)
{
    FactQuery query(*m_table, browser.filter, browser.settings);
    return writeBrowserCsv(
        path, m_table->provenance(), [&](const BrowserRowSink &sink) { forEachBrowserRow(query, browser, sink); });
}

} // namespace credit::supervision
