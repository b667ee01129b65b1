// SPDX-License-Identifier: Apache-2.0
// The regulator's desk on a signed-in session: the supervision engine lives on
// one worker thread of its own (its read-only store connection, the fact
// table, the decrypted copy), so every question is answered off the GUI
// thread and one at a time; decrypting the requests runs on a second thread
// and hands each stored batch to the engine.
#pragma once

#include "desk/RegulatorDesk.h"

#include "desk/WorkerPool.h"

#include <atomic>
#include <memory>

namespace credit::desk {

class DeskSession;

class ChainRegulatorDesk final : public RegulatorDesk {
    Q_OBJECT
public:
    //! session must outlive the desk.
    explicit ChainRegulatorDesk(DeskSession &session, QObject *parent = nullptr);
    //! Returns at once: stops a decryption in flight, fails the queued
    //! questions and lets the one being computed finish on its own thread.
    ~ChainRegulatorDesk() override;

    QFuture<Result<market::SupervisionFigures>> figures(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings) override;
    QFuture<Result<market::OrderIdPage>> drillDown(const market::SupervisionFilter &filter,
        const market::AnomalySettings &settings, const market::FigureRef &figure, qint64 offset, int limit) override;
    QFuture<Result<market::AnomalyList>> anomalies(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings, int limitPerRule) override;
    QFuture<Result<market::BrowserPage>> browse(const market::BrowserQuery &query) override;
    QFuture<Result<qint64>> exportCsv(const market::BrowserQuery &query, const QString &path) override;
    QFuture<Result<market::DecryptionSummary>> decryptRequests() override;

    //! The decrypted copy's file (beside the light store).
    QString privateCopyPath() const;

private:
    struct EngineState;
    template<typename T, typename Job> QFuture<Result<T>> onEngine(Job job);

    DeskSession &m_session;
    std::shared_ptr<EngineState> m_state;
    std::shared_ptr<std::atomic_bool> m_stopDecryption = std::make_shared<std::atomic_bool>(false);
    // One thread each, kept: the engine's connection and memory stay with it.
    WorkerPool m_enginePool { 1 }, m_decryptionPool { 1 };
};

} // namespace credit::desk
