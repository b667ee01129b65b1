// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! The products of the chain, one row each, for the bank's catalogue.
//! Qt::DisplayRole is for people; kSortRole gives raw values (price in fen, hours).
class ProductCatalogueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCatalogueModel)
public:
    enum Column { Series, Bureau, Name, Price, Delivery, Sla, Authorisation, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kSeriesRole = Qt::UserRole + 2; //!< market::Series as int
    static constexpr int kBureauRole = Qt::UserRole + 3; //!< bureau account (QByteArray)

    explicit ProductCatalogueModel(QObject *parent = nullptr);

    //! Replaces the rows (after a sync commit).
    void setProducts(QList<market::ProductInfo> products);
    const market::ProductInfo &product(int row) const { return m_products.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<market::ProductInfo> m_products;
};

} // namespace credit::ui
