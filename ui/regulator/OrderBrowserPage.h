// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "market/SupervisionRecords.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace credit::desk {
class MarketReader;
class RegulatorDesk;
} // namespace credit::desk

namespace credit::ui {

class OrderBrowserModel;
class OrderDetailsPanel;

//! 全部订单: every order on the chain with its decrypted enterprise, searched
//! and sorted by the regulator's desk a page at a time; narrowed to the orders
//! behind a dashboard figure or an anomaly (a chip says which, ✕ clears it);
//! the chosen order's timeline with its proofs below; the view exported as
//! CSV; the requests decrypted with progress and Cancel.
class OrderBrowserPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBrowserPage)
public:
    //! reader and desk must outlive the page.
    OrderBrowserPage(desk::MarketReader &reader, desk::RegulatorDesk &desk, QWidget *parent = nullptr);
    ~OrderBrowserPage() override;

    OrderBrowserModel &model() { return *m_model; }
    QTableView &table() { return *m_table; }
    OrderDetailsPanel &details() { return *m_details; }
    //! What the browser is narrowed to, as the chip says it; empty when it shows every order.
    QString narrowing() const { return m_caption; }
    //! Searches as if typed: part of an enterprise's name or credit code, or an order id.
    void search(const QString &text);
    //! Writes the current view to path (what Export CSV… does once a file is chosen).
    void exportCsvTo(const QString &path);

public Q_SLOTS:
    //! The orders behind a dashboard figure, with the dashboard's filter.
    void showFigure(const market::SupervisionFilter &filter, const market::FigureRef &figure, const QString &caption);
    //! The orders an anomaly names.
    void showOrderIds(const QList<quint64> &ids, const QString &caption);
    //! Every order again.
    void clearNarrowing();
    //! The rules' settings a figure is computed with (working hours, repeat window).
    void setAnomalySettings(const market::AnomalySettings &settings);
    //! Decrypts the requests not decrypted yet, with progress and Cancel.
    void decryptRequests();
    //! Export CSV…: asks for a file, then exportCsvTo.
    void chooseCsvFile();

Q_SIGNALS:
    //! The view was written (rows) or not (rows −1); message says which, in words.
    void csvExported(const QString &path, qint64 rows, const QString &message);
    void decryptionFinished(const QString &message);

private:
    void narrow(const market::BrowserQuery &query, const QString &caption);
    void onLoaded();
    void onSelectionChanged();
    void showMessage(const QString &text, bool error = false);

    desk::MarketReader &m_reader;
    desk::RegulatorDesk &m_desk;
    OrderBrowserModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QPushButton *m_chip;
    QPushButton *m_refresh, *m_export, *m_decrypt;
    QLabel *m_summary, *m_privacyNote, *m_message;
    QTableView *m_table;
    OrderDetailsPanel *m_details;
    QString m_caption;
    QString m_summaryText; //!< what the last page said of the view
    bool m_listed = false; //!< a page arrived since the last failure
    market::AnomalySettings m_settings;
    QFutureWatcher<Result<qint64>> m_exportWatcher;
    QFutureWatcher<Result<market::DecryptionSummary>> m_decryptWatcher;
    QPointer<QProgressDialog> m_progress;
};

} // namespace credit::ui
