// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/PendingOrder.h"
#include "orders/OrderTableModel.h"

#include <QSize>

namespace credit::ui {

//! The bank's orders (我的订单): as the verified store knows them, with the
//! orders this terminal is placing but no verified block shows yet on top.
//! Qt::DisplayRole is for people; kSortRole gives raw values. The enterprise of
//! each order comes later, from its decrypted request (setEnterprise): "…" until then.
class OrdersModel final : public OrderTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column { Id, Enterprise, CreditCode, Product, Bureau, State, Placed, Age, Sla, Block, ColumnCount };

    //! clock must outlive the model.
    explicit OrdersModel(const Clock &clock, QObject *parent = nullptr);

    //! Replaces the local pending rows; those the store already shows are hidden.
    void setPending(QList<desk::PendingOrder> pending);
    bool isPending(int row) const { return row < m_pending.size(); }

    //! The order's enterprise, read from its request; the search finds it from now on.
    void setEnterprise(quint64 orderId, const QString &name, const QString &creditCode);
    //! The order's request could not be opened: its row says so (why in the tooltip).
    void setEnterpriseUnreadable(quint64 orderId, const QString &problem);
    //! Orders shown whose enterprise nobody asked for yet; they count as asked from now on.
    QList<quint64> takeEnterprisesToOpen();
    //! Forgets which requests could not be opened, so the next takeEnterprisesToOpen() asks again.
    void retryUnreadableEnterprises();
    //! The other stored orders with a delivered report on the same enterprise
    //! (credit code, as read from the requests so far), newest first.
    QList<market::OrderSummary> otherReportsOnSameEnterprise(quint64 orderId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    const market::OrderSummary &leadingOrder(int row) const override { return m_pending.at(row).summary; }
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    int slaColumn() const override { return Sla; }
    QVariant decoration(int row, int column, int role) const override;
    void storedRowsReplaced() override;
    QString extraSearchText(int row) const override;

private:
    //! What is known of an order's enterprise; no entry: not asked yet.
    struct EnterpriseCell {
        enum class Status { Asked, Known, Unreadable } status = Status::Asked;
        QString name;
        QString code;
        QString problem;
    };
    void filterPending();
    void setCell(quint64 orderId, EnterpriseCell cell);
    QVariant enterpriseDisplay(const EnterpriseCell *cell, int column) const;

    QList<desk::PendingOrder> m_pending; // shown first, only those the store lacks
    QList<desk::PendingOrder> m_allPending; // as last given
    QHash<quint64, EnterpriseCell> m_enterprises; // decrypted this session: in memory only
    QSize m_nameRoom; // what a cell still waiting for its name asks of a column fitted to its contents
};

} // namespace credit::ui
