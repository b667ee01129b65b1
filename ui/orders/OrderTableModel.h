// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>

#include <optional>

namespace credit {
class Clock;
}

namespace credit::ui {

//! The one base of every order table (the bank's My orders, the bureau's
//! inbox, and the views to come): rows from the verified store, kept in
//! place as blocks change them (updateOrders); state and SLA read the same
//! on every screen (OrderText, market::OrderDeadline); time from the
//! injected Clock; an action in flight shown on its row ("Accepting…").
//! Subclasses choose the columns.
class OrderTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)
public:
    static constexpr int kSortRole = Qt::UserRole + 1; //!< raw values: ids, times, ms left
    static constexpr int kOrderIdRole = Qt::UserRole + 2; //!< quint64
    static constexpr int kStateRole = Qt::UserRole + 3; //!< market::OrderState as int
    static constexpr int kPendingRole = Qt::UserRole + 4; //!< true for a row no verified block shows yet
    static constexpr int kOverdueRole = Qt::UserRole + 5; //!< true when the SLA deadline has passed
    static constexpr int kSearchRole = Qt::UserRole + 6; //!< the text a search looks at
    static constexpr int kDueSoonRole = Qt::UserRole + 7; //!< true when the SLA deadline is near (kDueSoonMs)
    //! Every order table shows the order id first: in full, in a fixed-width font (read out, compared, copied).
    static constexpr int kIdColumn = 0;
    //! How near a deadline is "soon": the SLA column turns amber and the desk says so.
    static constexpr qint64 kDueSoonMs = 2 * 60 * 60 * 1000;

    //! clock must outlive the model.
    explicit OrderTableModel(const Clock &clock, QObject *parent = nullptr);

    //! Replaces every stored row (the first read, or a full refresh).
    void setOrders(QList<market::OrderSummary> orders);
    //! Puts orders the latest blocks changed in place and adds new ones;
    //! untouched rows stay as they are (no reset: selection and scroll stay).
    void updateOrders(const QList<market::OrderSummary> &changed);
    //! Marks an order as having a transaction in flight ("Accepting…"); empty text clears it.
    void setActionText(quint64 orderId, const QString &text);
    //! Re-reads the clock: ages and SLA countdowns move on.
    void tick();

    //! Whether the row waits on another institution, not on the one signed in (a 链融 order whose
    //! part this bureau has delivered, or that its lead has not accepted yet): no attention asked.
    virtual bool waitsOnOthers(int) const { return false; }

    //! The order's row, or -1 (an index kept until the rows change: the desks answer per order, thousands of them).
    int rowOf(quint64 orderId) const;
    //! Not virtual: filters and sorts call it for every row, many times.
    const market::OrderSummary &order(int row) const
    {
        return row < m_leading ? leadingOrder(row) : m_orders.at(row - m_leading);
    }

    //! Milliseconds until the SLA deadline (negative: overdue); nullopt when the order owes nothing.
    std::optional<qint64> slaRemaining(const market::OrderSummary &order) const;
    bool isOverdue(const market::OrderSummary &order) const;
    //! Not overdue yet, but within kDueSoonMs of the deadline.
    bool isDueSoon(const market::OrderSummary &order) const;
    //! "5 h 12 min left", "overdue by 2 h 0 min", "—".
    QString slaText(const market::OrderSummary &order) const;
    //! The action in flight on the order, else its state's name.
    QString stateText(const market::OrderSummary &order) const;
    qint64 nowMs() const;
    //! The fixed-width font of ids and codes (looked up once: views ask for every cell they measure or paint).
    const QFont &fixedFont() const { return m_fixedFont; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    //! Rows shown above the stored ones (the bank's orders being placed): the
    //! subclass says how many (inside a model reset) and gives them.
    int leadingRows() const { return m_leading; }
    void setLeadingRows(int count)
    {
        m_leading = count;
        m_rowIndexStale = true;
    }
    virtual const market::OrderSummary &leadingOrder(int row) const;
    virtual QVariant display(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const = 0;
    //! The column whose text turns red when overdue.
    virtual int slaColumn() const = 0;
    //! Decorations beyond the shared ones (colour of pending rows, bold new orders, alignment).
    virtual QVariant decoration(int row, int column, int role) const;
    //! More text the search looks at for a row (the bank's enterprise names), beyond id, product, bureau and bank.
    virtual QString extraSearchText(int) const { return {}; }
    //! Puts stored rows in display order (the store's is newest first).
    virtual void arrange(QList<market::OrderSummary> &) const { }
    //! Called inside a model reset when the stored rows were replaced.
    virtual void storedRowsReplaced() { }

    const QList<market::OrderSummary> &storedOrders() const { return m_orders; }

private:
    const Clock &m_clock;
    const QFont m_fixedFont;
    QFont m_boldFixedFont;
    QList<market::OrderSummary> m_orders;
    QHash<quint64, QString> m_actions;
    int m_leading = 0;
    mutable QHash<quint64, int> m_rowIndex; // rowOf's, rebuilt on first use after the rows changed
    mutable bool m_rowIndexStale = true;
};

} // namespace credit::ui
