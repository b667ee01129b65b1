// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! One row per endpoint of the network profile: the light node's view of it
//! (serving, unreachable, quarantined and why), its height and round trip
//! now, and whether its block at the compared height is the one we verified.
class EndpointHealthModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointHealthModel)
public:
    enum Column { Endpoint, State, Height, Latency, Agreement, ColumnCount };
    //! True for a row that needs the operator's attention (unreachable, quarantined, disagreeing).
    static constexpr int kProblemRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setHealth(desk::NetworkHealth health);
    const desk::NetworkHealth &health() const { return m_health; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(desk::EndpointHealth::State state);

private:
    QString agreementText(const desk::EndpointHealth &endpoint) const;

    desk::NetworkHealth m_health;
};

} // namespace credit::ui
