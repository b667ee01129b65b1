// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>

namespace credit {
class Clock;
}

namespace credit::ui {

//! The disputes assigned to this mediator, one row each: the order, its
//! parties, the reason, when it was raised and how long it has been open, and
//! its state (with the outcome once resolved).
class DisputesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisputesModel)
public:
    enum Column { Order, Bank, Bureau, Product, Reason, Raised, Age, State, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    //! "open" or "resolved": what the page's filter matches.
    static constexpr int kStageRole = Qt::UserRole + 2;
    //! Everything a search may match (order id, parties, product, reason, outcome).
    static constexpr int kSearchRole = Qt::UserRole + 3;

    //! clock: now, for the age (must outlive the model).
    explicit DisputesModel(const Clock &clock, QObject *parent = nullptr);

    void setDisputes(QList<market::DisputeInfo> disputes);
    const market::DisputeInfo &dispute(int row) const { return m_disputes.at(row); }
    //! The row of an order's dispute, or -1.
    int rowOf(quint64 orderId) const;
    //! The ages moved on: repaints that column.
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "Disputed" or "Resolved · Complaint upheld" for a dispute.
    static QString stateText(const market::DisputeInfo &dispute);

private:
    qint64 ageMs(const market::DisputeInfo &dispute) const;

    const Clock &m_clock;
    QList<market::DisputeInfo> m_disputes;
};

} // namespace credit::ui
