// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace credit::ui {

//! Orders for the bureau's products: new (Placed) ones first, then the rest
//! newest first, each with its SLA countdown (deadline = placed + SLA hours;
//! overdue in red while the order is still open). Now is set from outside
//! (setNow) so the countdown is testable and ticks with the page's timer.
class OrderInboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderInboxModel)
public:
    enum Column { Id, Product, Bank, State, Placed, Sla, Price, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kStateRole = Qt::UserRole + 2;    //!< market::OrderState as int
    static constexpr int kOverdueRole = Qt::UserRole + 3;  //!< bool
    static constexpr int kIdRole = Qt::UserRole + 4;       //!< order id (quint64)

    explicit OrderInboxModel(QObject *parent = nullptr);

    //! Replaces the rows (MarketQueries::orders for this bureau).
    void setOrders(QList<market::OrderSummary> orders);
    //! Wall-clock now (ms since the epoch) for the countdown.
    void setNow(qint64 nowMs);
    //! Marks an order as having a transaction in flight ("Accepting…"); empty text clears it.
    void setPendingText(quint64 orderId, const QString &text);
    int rowOf(quint64 orderId) const;
    const market::OrderSummary &order(int row) const { return m_rows.at(row); }

    //! The SLA deadline (ms since the epoch): placed + SLA hours.
    static qint64 deadlineMs(const market::OrderSummary &order);
    //! True while the order still owes a report (Placed or Accepted).
    static bool isOpen(market::OrderState state);
    bool isOverdue(const market::OrderSummary &order) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The state's name for people ("Placed" → tr).
    static QString stateText(market::OrderState state);

private:
    QVariant display(const market::OrderSummary &o, int column) const;
    QVariant raw(const market::OrderSummary &o, int column) const;
    QString slaText(const market::OrderSummary &o) const;

    QList<market::OrderSummary> m_rows;
    QHash<quint64, QString> m_pending;
    qint64 m_nowMs = 0;
};

} // namespace credit::ui
