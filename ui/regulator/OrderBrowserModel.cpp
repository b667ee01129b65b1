// SPDX-License-Identifier: Apache-2.0
#include "regulator/OrderBrowserModel.h"

#include "desk/RegulatorDesk.h"
#include "market/RegionNames.h"
#include "orders/OrderText.h"
#include "regulator/SupervisionTexts.h"

#include <QBrush>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPalette>

namespace credit::ui {

OrderBrowserModel::OrderBrowserModel(desk::RegulatorDesk &desk, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk)
{
    m_query.sortBy = market::BrowserColumn::OrderId;
    m_query.ascending = false; // newest first
}

void OrderBrowserModel::setQuery(const market::BrowserQuery &query)
{
    m_query = query;
    reload();
}

void OrderBrowserModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    m_loading = false;
    request(0);
}

void OrderBrowserModel::request(qint64 offset)
{
    market::BrowserQuery page = m_query;
    page.offset = offset;
    page.limit = kPageSize;
    m_loading = true;
    const quint64 generation = m_generation;
    // A watcher (as for the page's export and decryption), owned by the model: gone with it, never delivered late.
    auto *watcher = new QFutureWatcher<Result<market::BrowserPage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, offset] {
        watcher->deleteLater();
        const Result<market::BrowserPage> answer = watcher->result();
        if (generation != m_generation)
            return; // the query changed meanwhile
        m_loading = false;
        if (!answer) {
            m_total = m_rows.size(); // no further page is asked for until the next reload
            Q_EMIT failed(answer.error().message);
            return;
        }
        m_total = answer->total;
        m_provenance = answer->provenance;
        // Appended only where this page starts, so a page never lands twice.
        if (offset == m_rows.size() && !answer->rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + answer->rows.size() - 1));
            m_rows += answer->rows;
            endInsertRows();
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(m_desk.browse(page));
}

std::optional<market::BrowserColumn> OrderBrowserModel::sortKey(int column)
{
    switch (column) {
    case Id:
        return market::BrowserColumn::OrderId;
    case Placed:
        return market::BrowserColumn::PlacedAt;
    case State:
        return market::BrowserColumn::State;
    case Bank:
        return market::BrowserColumn::Bank;
    case Bureau:
        return market::BrowserColumn::Bureau;
    case Product:
        return market::BrowserColumn::Product;
    case Enterprise:
        return market::BrowserColumn::Enterprise;
    case CreditCode:
        return market::BrowserColumn::EnterpriseCode;
    case Region:
        return market::BrowserColumn::Region;
    default:
        return std::nullopt;
    }
}

int OrderBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBrowserModel::display(const market::BrowserRow &row, int column) const
{
    const bool decrypted = !row.enterpriseCode.isEmpty();
    switch (column) {
    case Id:
        return QString::number(row.orderId);
    case Placed:
        return OrderText::time(quint64(row.placedAtMs));
    case State:
        return OrderText::state(row.state);
    case Bank:
        return row.bankName;
    case Bureau:
        return row.bureauName;
    case Product:
        return row.productName;
    case Series:
        return market::seriesName(row.series);
    case Enterprise:
        return decrypted ? row.enterpriseName : tr("(not decrypted)");
    case CreditCode:
        return row.enterpriseCode;
    case Region:
        return market::regionLabel(row.enterpriseRegion);
    case Letter:
        return SupervisionTexts::letter(row.letter);
    default:
        return {};
    }
}

QVariant OrderBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const market::BrowserRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (row.enterpriseCode.isEmpty() && index.column() >= Enterprise)
            return tr("The order's request is not decrypted yet: use Decrypt requests… to read its enterprise.");
        return {};
    case Qt::ForegroundRole:
        if (row.enterpriseCode.isEmpty() && index.column() == Enterprise)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Id ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::UserRole:
        return row.orderId;
    default:
        return {};
    }
}

QVariant OrderBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !sortKey(section))
        return tr("This column does not sort.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Order");
    case Placed:
        return tr("Placed");
    case State:
        return tr("State");
    case Bank:
        return tr("Bank");
    case Bureau:
        return tr("Bureau");
    case Product:
        return tr("Product");
    case Series:
        return tr("Series");
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
    case Region:
        return tr("Region");
    case Letter:
        return tr("Authorisation letter");
    default:
        return {};
    }
}

bool OrderBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void OrderBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_rows.size());
}

void OrderBrowserModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (m_query.sortBy == *key && m_query.ascending == ascending && m_generation > 0)
        return; // already asked (the first call, when the view starts sorting, asks for the first page)
    m_query.sortBy = *key;
    m_query.ascending = ascending;
    reload();
}

} // namespace credit::ui
