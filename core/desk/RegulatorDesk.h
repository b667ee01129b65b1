// SPDX-License-Identifier: Apache-2.0
// The regulator's use-cases, as the screens (and tests' fakes) see them:
// the dashboard's figures, the orders behind a figure, the anomaly rules'
// hits, the order browser and its CSV export, and decrypting the request
// envelopes into the local copy the private figures need. Every call returns
// at once; the work runs off the GUI thread and its result comes back as a
// QFuture (watch it with QFutureWatcher or .then(context, …)).
#pragma once

#include "common/Result.h"
#include "market/SupervisionRecords.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace credit::desk {

class RegulatorDesk : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegulatorDesk)
public:
    using QObject::QObject;
    ~RegulatorDesk() override = default;

    //! The dashboard's figures for filter (with the anomaly settings' window and working hours).
    virtual QFuture<Result<market::SupervisionFigures>> figures(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings)
        = 0;
    //! One page (oldest first) of the ids of the orders behind `figure`, with the same filter.
    virtual QFuture<Result<market::OrderIdPage>> drillDown(const market::SupervisionFilter &filter,
        const market::AnomalySettings &settings, const market::FigureRef &figure, qint64 offset, int limit)
        = 0;
    //! The rules' hits, newest first, at most limitPerRule of each rule.
    virtual QFuture<Result<market::AnomalyList>> anomalies(
        const market::SupervisionFilter &filter, const market::AnomalySettings &settings, int limitPerRule)
        = 0;
    //! One page of the order browser.
    virtual QFuture<Result<market::BrowserPage>> browse(const market::BrowserQuery &query) = 0;
    //! Writes the browser's whole view (every page) to path as CSV: the rows written.
    virtual QFuture<Result<qint64>> exportCsv(const market::BrowserQuery &query, const QString &path) = 0;
    //! Fetches and decrypts every request envelope not in the local copy yet.
    //! The future reports progress (orders done of progressMaximum). Cancelling
    //! it stops after the envelope in hand: what was decrypted is kept (the
    //! next call goes on from there) and the cancelled future has no result.
    virtual QFuture<Result<market::DecryptionSummary>> decryptRequests() = 0;

Q_SIGNALS:
    //! Blocks from..to are now in the figures (ask again to show them).
    void figuresChanged(quint64 from, quint64 to);
    //! Some requests were decrypted: the private figures changed.
    void privateFactsChanged();
};

} // namespace credit::desk
