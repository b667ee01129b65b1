// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chain/NetworkProfile.h"
#include "common/Clock.h"
#include "market/MarketRecords.h"
#include "market/OrderRequest.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace credit::desk {
class BureauDesk;
class MarketReader;
class TransactionTracker;
} // namespace credit::desk

namespace credit::ui {

class InboxOrderPane;
class OrderDetailsPanel;
class OrderInboxModel;

//! The bureau's 订单收件箱: orders for its products (new first) with SLA
//! countdown and a state filter; the chosen order's decrypted request and
//! authorisation letter; accept, reject (reason required) and fulfil. 链融:
//! the orders of other bureaus' joint products in which this bureau owes a
//! part are listed too, with "Deliver our part…"; the bureau's own joint
//! orders show their parts as they arrive and are fulfilled (fused) once every
//! part is in. Each action is a transaction on the worker thread, pending
//! until verified.
class OrderInboxPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderInboxPage)
public:
    //! reader and desk must outlive the page; network decides whether the demo sample is offered.
    //! clock (wall time for SLA countdowns) must outlive the page.
    OrderInboxPage(desk::MarketReader &reader, desk::BureauDesk &desk, chain::NetworkProfile network,
        const Clock &clock = systemClock(), QWidget *parent = nullptr);

    //! Re-reads every verified order of the bureau.
    void refresh();
    //! Takes in the orders blocks from.. changed (on every blocksCommitted), not the whole inbox.
    void update(quint64 from, quint64 to);
    OrderInboxModel &model() { return *m_model; }
    //! Selects the order (clearing the state filter if it hides it); false when it is not in the inbox.
    bool selectOrder(quint64 orderId);

private:
    void buildLayout();
    void onSelectionChanged();
    void acceptOrder();
    void rejectOrder();
    void fulfilOrder();
    void deliverPart();
    //! 链融: which of the listed partner rows already have this bureau's part (as the store read them).
    void readOwnParts(const QList<market::OrderSummary> &orders);
    QString selfName() const;
    void updateButtons();
    void showTimeline(const market::OrderSummary &order);
    void showMessage(const QString &text, bool error = false);
    int selectedRow() const;

    desk::MarketReader &m_reader;
    desk::BureauDesk &m_desk;
    chain::NetworkProfile m_network;
    const Clock &m_clock;
    desk::TransactionTracker *m_tracker; // the desk's, for orders
    OrderInboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QHash<quint64, market::OrderRequest> m_requests; // decrypted this session, kept in memory only
    QSet<quint64> m_loading; // requests being decrypted
    quint64 m_shown = 0;
    bool m_refreshed = false; // the first full read happened
    QTableView *m_table = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_fulfil = nullptr;
    QPushButton *m_deliverPart = nullptr;
    QSet<quint64> m_ownPartsDelivered;
    OrderDetailsPanel *m_timeline = nullptr;
    InboxOrderPane *m_pane = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace credit::ui
