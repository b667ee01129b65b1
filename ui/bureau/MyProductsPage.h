// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketCalls.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace credit::desk {
class BureauDesk;
class MarketReader;
class TransactionTracker;
} // namespace credit::desk

namespace credit::ui {

class BureauProductsModel;

//! The bureau's 我的产品: its products listed and delisted (filterable),
//! create, edit price/SLA/description, delist. Each change is a transaction
//! sent on the worker thread; its row shows pending until a verified block
//! confirms it. Refreshes itself on blocksCommitted.
class MyProductsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyProductsPage)
public:
    //! reader and desk must outlive the page.
    MyProductsPage(desk::MarketReader &reader, desk::BureauDesk &desk, QWidget *parent = nullptr);

    //! Re-reads the verified products (also on every blocksCommitted).
    void refresh();
    BureauProductsModel &model() { return *m_model; }

private:
    void buildLayout();
    void createProduct();
    void editProduct();
    void delistProduct();
    void sendListing(const market::calls::ProductListing &listing);
    void sendUpdate(const market::calls::ProductListing &listing);
    void updateButtons();
    void showMessage(const QString &text, bool error = false);
    int selectedRow() const;

    desk::MarketReader &m_reader;
    desk::BureauDesk &m_desk;
    desk::TransactionTracker *m_tracker; // the desk's, for products
    BureauProductsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSet<quint64> m_allIds; // every product id on the chain: a new one must differ
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delist = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace credit::ui
