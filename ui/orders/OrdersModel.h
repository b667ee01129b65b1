// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/PendingOrder.h"
#include "market/MarketRecords.h"

#include <QAbstractTableModel>

#include <functional>

namespace credit::ui {

//! Orders as the verified store knows them, with the orders this terminal
//! has submitted but no verified block shows yet on top. Qt::DisplayRole is
//! for people; kSortRole gives raw values (ids, times, milliseconds left).
class OrdersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column { Id, Product, Bureau, State, Placed, Age, Sla, Block, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kOrderIdRole = Qt::UserRole + 2;  //!< quint64
    static constexpr int kStateRole = Qt::UserRole + 3;    //!< market::OrderState as int (Placed for pending rows)
    static constexpr int kPendingRole = Qt::UserRole + 4;  //!< true for a row no verified block shows yet
    static constexpr int kOverdueRole = Qt::UserRole + 5;  //!< true when the SLA deadline has passed
    static constexpr int kSearchRole = Qt::UserRole + 6;   //!< the text search looks at

    explicit OrdersModel(QObject *parent = nullptr);

    //! Wall-clock epoch milliseconds (injectable for tests).
    void setClock(std::function<quint64()> nowMs);
    //! Replaces the store's rows (after a block commit).
    void setOrders(QList<market::OrderSummary> orders);
    //! Replaces the local pending rows; those the store already shows are hidden.
    void setPending(QList<desk::PendingOrder> pending);
    //! Re-reads the clock: ages and SLA countdowns move on.
    void tick();

    //! The row of an order, or -1.
    int rowOf(quint64 orderId) const;
    const market::OrderSummary &order(int row) const;
    bool isPending(int row) const { return row < m_pending.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild(QList<market::OrderSummary> orders, QList<desk::PendingOrder> pending);
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    std::optional<qint64> slaRemaining(int row) const;

    std::function<quint64()> m_now;
    QList<desk::PendingOrder> m_pending;          // shown first, only those the store lacks
    QList<desk::PendingOrder> m_allPending;       // as last given
    QList<market::OrderSummary> m_orders;
};

} // namespace credit::ui
