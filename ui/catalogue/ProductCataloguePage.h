// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace credit::ui {

class ProductCatalogueModel;
class ProductFilterProxy;
class ProductSheet;

//! The bank's 产品目录: search, series and bureau filters, a sortable table,
//! the chosen product's sheet below.
class ProductCataloguePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCataloguePage)
public:
    explicit ProductCataloguePage(QWidget *parent = nullptr);

    //! Shows these products (from MarketQueries::products over the light store).
    void setProducts(const QList<market::ProductInfo> &products);
    ProductFilterProxy &proxy() { return *m_proxy; }
    //! The products shown (for the order dialog's list).
    const QList<market::ProductInfo> &products() const { return m_products; }
    //! The selected product's id; 0 when none.
    quint64 selectedProduct() const;

Q_SIGNALS:
    //! The user wants to order the product (button, Enter or double-click).
    void orderRequested(quint64 productId);

private:
    void rebuildBureauFilter(const QList<market::ProductInfo> &products);
    void showDetails();

    ProductCatalogueModel *m_model;
    ProductFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_series;
    QComboBox *m_bureau;
    QTableView *m_table;
    ProductSheet *m_details;
    QPushButton *m_order;
    QList<market::ProductInfo> m_products;
};

} // namespace credit::ui
