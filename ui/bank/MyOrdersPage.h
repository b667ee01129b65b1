// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Clock.h"
#include "market/MarketRecords.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace credit::desk {
class AuthorisationDesk;
class BankDesk;
class MarketReader;
} // namespace credit::desk

namespace credit::ui {

class LoanBookDialog;

class EmptyListNotice;
class OrderDetailsPanel;
class OrderFilterProxy;
class OrdersModel;
class StructuredDataView;

//! 我的订单: the bank's orders from verified blocks plus those being placed,
//! with the enterprise of each (read from its request by the desk, filled in
//! as each opens), state filter, search, SLA countdown, and the selected order's
//! timeline and actions. Takes in the orders each block commit changed, keeping the selection.
class MyOrdersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyOrdersPage)
public:
    //! reader, desk and clock (wall time for ages and SLA countdowns) must outlive the page.
    MyOrdersPage(desk::MarketReader &reader, desk::BankDesk &desk, const Clock &clock = systemClock(),
        QWidget *parent = nullptr);

    //! The bank's recorded authorisations the place-order dialog offers (null: none; must outlive the page).
    void setAuthorisationDesk(desk::AuthorisationDesk *authorisations) { m_authorisations = authorisations; }
    //! Opens the place-order dialog with productId chosen (0: the first product).
    void placeOrder(quint64 productId = 0);
    //! Asks for a loan book (CSV) and opens the re-query (贷后批量查询) on it.
    void chooseLoanBook();
    //! Opens the re-query on the loan book at path; null without the bank's authorisations or products.
    LoanBookDialog *requeryLoanBook(const QString &path);
    //! Re-reads every order of the bank from the store.
    void refresh();
    //! Takes in the orders blocks from.. changed (on every blocksCommitted), not the whole list.
    void update(quint64 from, quint64 to);
    //! Selects an order's row (if shown) and shows its details.
    void selectOrder(quint64 orderId);
    quint64 selectedOrder() const;
    OrdersModel &model() { return *m_model; }
    OrderFilterProxy &proxy() { return *m_proxy; }
    OrderDetailsPanel &details() { return *m_details; }
    //! What the list says when it shows no order.
    EmptyListNotice &emptyNotice() { return *m_empty; }
    desk::BankDesk &desk() { return m_desk; }

private:
    void applyStateFilter();
    //! Asks the desk for the enterprises of the orders shown that nobody asked for yet.
    void openEnterprises();
    void takeStored(quint64 orderId);
    void takeChanged(const market::OrderFilter &filter);
    void showSelected();
    void askConfirmReceipt(quint64 orderId);
    void askCancel(quint64 orderId);
    void askDispute(quint64 orderId);
    void showMessage(const QString &message);
    //! Lets a report window's structured data compare with the other reports on its enterprise.
    void offerComparison(StructuredDataView &view, quint64 orderId);

    desk::MarketReader &m_reader;
    desk::BankDesk &m_desk;
    desk::AuthorisationDesk *m_authorisations = nullptr;
    const Clock &m_clock;
    OrdersModel *m_model;
    OrderFilterProxy *m_proxy;
    QComboBox *m_stateFilter;
    QCheckBox *m_overdueOnly;
    QLineEdit *m_search;
    QTableView *m_table;
    OrderDetailsPanel *m_details;
    QLabel *m_message;
    EmptyListNotice *m_empty = nullptr;
    QTimer *m_tick;
    bool m_refreshed = false; // the first full read happened
    QHash<quint64, QPointer<StructuredDataView>> m_comparing; // earlier reports being opened for a comparison
};

} // namespace credit::ui
