// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace credit::ui {

//! The signed-in bureau's products (listed and delisted), plus the ones it
//! has just sent to the chain and the light node has not verified yet.
//! Qt::DisplayRole is for people; kSortRole gives raw values.
class BureauProductsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BureauProductsModel)
public:
    enum Column { Id, Series, Name, Price, Sla, Delivery, Authorisation, Status, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kListedRole = Qt::UserRole + 2; //!< "listed" or "delisted", for the filter
    static constexpr int kIdRole = Qt::UserRole + 3; //!< product id (quint64)

    explicit BureauProductsModel(QObject *parent = nullptr);

    //! Replaces the verified rows (MarketQueries::products(true) of this bureau).
    void setProducts(QList<market::ProductInfo> products);
    //! Shows a product that was sent but is not in a verified block yet.
    void addUnconfirmed(const market::ProductInfo &product);
    //! Forgets an unconfirmed product whose transaction failed.
    void removeUnconfirmed(quint64 productId);
    //! Marks a product as having a change in flight ("Delisting…"); empty text clears it.
    void setPendingText(quint64 productId, const QString &text);
    //! The row of productId; -1 when absent.
    int rowOf(quint64 productId) const;
    const market::ProductInfo &product(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const market::ProductInfo &p, int column, bool raw) const;
    QString statusText(const market::ProductInfo &p) const;

    QList<market::ProductInfo> m_rows;
    QList<market::ProductInfo> m_unconfirmed; // also in m_rows until a verified row replaces them
    QHash<quint64, QString> m_pending;
};

} // namespace credit::ui
