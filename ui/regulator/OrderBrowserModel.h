// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/SupervisionRecords.h"

#include <QAbstractTableModel>

#include <optional>

namespace credit::desk {
class RegulatorDesk;
}

namespace credit::ui {

//! Every order on the chain as the regulator's desk pages it: rows come a
//! page (100) at a time as the view scrolls (fetchMore), and sorting is the
//! desk's (a header click asks again from the first page), because only the
//! desk sees all the rows.
class OrderBrowserModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBrowserModel)
public:
    enum Column {
        Id,
        Placed,
        State,
        Bank,
        Bureau,
        Product,
        Series,
        Enterprise,
        CreditCode,
        Region,
        Letter,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    //! desk must outlive the model.
    explicit OrderBrowserModel(desk::RegulatorDesk &desk, QObject *parent = nullptr);

    //! Shows the view of query from its first page (its offset and limit are the model's).
    void setQuery(const market::BrowserQuery &query);
    const market::BrowserQuery &query() const { return m_query; }
    //! Asks again from the first page.
    void reload();

    //! Rows matching, over all pages; -1 until the first page arrives.
    qint64 total() const { return m_total; }
    const market::Provenance &provenance() const { return m_provenance; }
    const market::BrowserRow &orderAt(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    //! The desk's sort key of a column; none for the columns the desk does not sort (series, letter).
    static std::optional<market::BrowserColumn> sortKey(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    //! A page arrived (total() and provenance() are its).
    void loaded();
    void failed(const QString &message);

private:
    void request(qint64 offset);
    QVariant display(const market::BrowserRow &row, int column) const;

    desk::RegulatorDesk &m_desk;
    market::BrowserQuery m_query;
    QList<market::BrowserRow> m_rows;
    qint64 m_total = -1;
    market::Provenance m_provenance;
    quint64 m_generation = 0; //!< answers to an older query are dropped
    bool m_loading = false;
};

} // namespace credit::ui
