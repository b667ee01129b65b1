// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "main/RolePages.h"

#include <QObject>

namespace credit::ui {

class MainWindow;
class OrderAttention;
class OrderTableModel;

//! Notices for one desk's order list: how many orders wait for the user beside the
//! page's name in the sidebar, a notice when new ones arrive, and one when an order's
//! deadline comes near.
class DeskAttention final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskAttention)
public:
    enum class Waiting {
        NewOrders, //!< the bureau's inbox: orders placed, to accept or reject
        DeliveredReports, //!< the bank's orders: reports delivered, to read and confirm
    };
    //! window and model outlive this.
    DeskAttention(MainWindow &window, PageId page, const OrderTableModel &model, Waiting waiting, QObject *parent);

private:
    void announceArrivals(const QList<quint64> &orderIds);
    void announceDueSoon(quint64 orderId, qint64 msLeft);

    MainWindow &m_window;
    Waiting m_waiting;
    OrderAttention *m_attention;
};

} // namespace credit::ui
