// SPDX-License-Identifier: Apache-2.0
// The regulator's statistics over the whole verified history: the FactTable
// (every order in memory, caught up from the store's new events before each
// answer) plus the decrypted copy's facts. Every answer is computed by a scan
// of the in-memory facts, so a filter change costs milliseconds at a million
// orders, and a new block costs only its own events (docs/DECISIONS.md).
// Blocking and not thread-safe: one worker thread owns an engine.
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "market/SupervisionRecords.h"
#include "supervision/FactTable.h"

#include <QString>

#include <memory>

namespace credit::store {
class LightStore;
}

namespace credit::supervision {

class PrivateCopy;

class SupervisionEngine final {
public:
    //! Opens the light store read-only and the decrypted copy (created for key
    //! when missing; refused when made with another key), reads every order
    //! and attaches the copy's rows.
    static Result<std::unique_ptr<SupervisionEngine>> open(
        const QString &storePath, const QString &privateCopyPath, const crypto::Sm2PrivateKey &key);
    ~SupervisionEngine();
    Q_DISABLE_COPY_MOVE(SupervisionEngine)

    //! Reads what the store committed since the last call; the number of order events read.
    Result<qint64> catchUp();
    void attachPrivate(const QList<RequestFacts> &rows);

    market::SupervisionFigures figures(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings);
    market::OrderIdPage drillDown(const market::SupervisionFilter &filter, const market::AnomalySettings &settings,
        const market::FigureRef &figure, qint64 offset, int limit);
    market::AnomalyList anomalies(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings, int limitPerRule);
    market::BrowserPage browse(const market::BrowserQuery &query);
    //! The whole view of `query` (every page) as CSV at path: the rows written.
    Result<qint64> exportCsv(const market::BrowserQuery &query, const QString &path);

    const FactTable &table() const { return *m_table; }

private:
    SupervisionEngine(std::unique_ptr<store::LightStore> store, std::unique_ptr<PrivateCopy> copy);

    std::unique_ptr<store::LightStore> m_store;
    std::unique_ptr<PrivateCopy> m_copy;
    std::unique_ptr<FactTable> m_table;
};

} // namespace credit::supervision
