// SPDX-License-Identifier: Apache-2.0
#include "orders/OrderIdCopy.h"

#include "orders/OrderTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTableView>

namespace credit::ui {

OrderIdCopy *OrderIdCopy::attach(QTableView *table)
{
    return new OrderIdCopy(table);
}

OrderIdCopy::OrderIdCopy(QTableView *table)
    : QObject(table), m_table(table),
      m_copy(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy order id"), table))
{
    setObjectName(QStringLiteral("orderIdCopy"));
    m_copy->setObjectName(QStringLiteral("copyOrderIdAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut); // the table's Ctrl+C, not the search field's
    connect(m_copy, &QAction::triggered, this, &OrderIdCopy::copySelected);
    table->addAction(m_copy);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // 17-digit ids are read out and compared digit by digit: shown whole, whatever the other columns need.
    table->horizontalHeader()->setSectionResizeMode(OrderTableModel::kIdColumn, QHeaderView::ResizeToContents);
}

bool OrderIdCopy::copySelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return false;
    const quint64 orderId = current.data(OrderTableModel::kOrderIdRole).toULongLong();
    QGuiApplication::clipboard()->setText(QString::number(orderId));
    return true;
}

} // namespace credit::ui
