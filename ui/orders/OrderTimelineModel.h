// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>
#include <QHash>

namespace credit::ui {

//! Every event of one order, in chain order, each with its proof: the block
//! and transaction it is in and how many sealers signed that block.
class OrderTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTimelineModel)
public:
    enum Column { Time, Who, What, Block, Transaction, Proof, ColumnCount };
    static constexpr int kProofRole = Qt::UserRole + 1; //!< the badge text, for copying

    explicit OrderTimelineModel(QObject *parent = nullptr);

    //! seals: the blocks' seal counts (blocks missing from it show without one).
    void setEvents(QList<market::OrderEventInfo> events, QHash<quint64, market::BlockSeal> seals);
    const market::OrderEventInfo &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "Delivered the report", "Rejected the order: <reason>", … for an event.
    static QString describe(const market::OrderEventInfo &event);

private:
    QString proof(int row) const;
    //! The institution of a step, by name (its account when the chain has no name for it).
    static QString institutionText(const market::OrderEventInfo &e);

    QList<market::OrderEventInfo> m_events;
    QHash<quint64, market::BlockSeal> m_seals;
};

} // namespace credit::ui
