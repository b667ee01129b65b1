// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "orders/OrderTableModel.h"

#include <QSet>

namespace credit::ui {

//! Orders for the bureau's products (订单收件箱): new (Placed) ones first,
//! then the rest newest first, each with its SLA countdown (overdue in red
//! while the order still owes its report). 链融: the bureau's own joint
//! orders show how many partner parts are in; the orders of other bureaus'
//! products in which this bureau owes a part show whether it is delivered.
class OrderInboxModel final : public OrderTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderInboxModel)
public:
    enum Column { Id, Product, Bank, State, Placed, Sla, Price, ColumnCount };

    //! clock must outlive the model.
    explicit OrderInboxModel(const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    //! The signed-in bureau (20 bytes): a row of another bureau is a part this one owes.
    void setSelf(const QByteArray &bureau) { m_self = bureau; }
    //! Whether the row is a 链融 part this bureau owes (the order of another bureau's product).
    bool isPartnerRow(int row) const { return !m_self.isEmpty() && order(row).bureau != m_self; }
    //! The orders in which this bureau's part is delivered (the page reads them for its partner rows).
    void setOwnPartsDelivered(const QSet<quint64> &orderIds);
    bool ownPartDelivered(quint64 orderId) const { return m_ownPartsDelivered.contains(orderId); }
    //! A part this bureau owes asks for attention only once the lead has accepted and until it is delivered.
    bool waitsOnOthers(int row) const override
    {
        return isPartnerRow(row)
            && (order(row).state != market::OrderState::Accepted || m_ownPartsDelivered.contains(order(row).orderId));
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    int slaColumn() const override { return Sla; }
    QVariant decoration(int row, int column, int role) const override;
    void arrange(QList<market::OrderSummary> &orders) const override;

private:
    QByteArray m_self;
    QSet<quint64> m_ownPartsDelivered;
};

} // namespace credit::ui
