// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace credit::desk {
class MarketReader;
class MediatorDesk;
} // namespace credit::desk

namespace credit::ui {

class OrderDetailsPanel;
class TraceResultsModel;

//! 订单追溯: find any order on the chain by its id or a transaction hash, or
//! — among the orders whose request a dispute's grant shares with us — by
//! the enterprise's credit code or name; its whole timeline with the proof
//! of every step, all copyable.
class TracePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracePage)
public:
    //! reader, desk and clock must outlive the page.
    TracePage(desk::MarketReader &reader, desk::MediatorDesk &desk, const Clock &clock = systemClock(),
        QWidget *parent = nullptr);

    //! Runs a search as if typed: an order id, a transaction hash, or an enterprise.
    void trace(const QString &text);
    //! The order whose timeline is shown (0: none).
    quint64 shownOrder() const;
    OrderDetailsPanel &details() { return *m_details; }

Q_SIGNALS:
    void verifyEvidenceRequested();

private:
    void showResults(const QList<quint64> &orderIds, const QString &how);
    void onSelectionChanged();
    void showMessage(const QString &text, bool error = false);
    void refreshShown();

    desk::MarketReader &m_reader;
    desk::MediatorDesk &m_desk;
    TraceResultsModel *m_results;
    QLineEdit *m_query;
    QPushButton *m_find;
    QTableView *m_table;
    OrderDetailsPanel *m_details;
    QLabel *m_message;
    QString m_pendingEnterprise; // the enterprise search in flight
};

} // namespace credit::ui
