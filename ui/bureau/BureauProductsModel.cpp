// SPDX-License-Identifier: Apache-2.0
#include "bureau/BureauProductsModel.h"
#include "common/PriceText.h"

#include <QBrush>
#include <QPalette>

namespace credit::ui {

BureauProductsModel::BureauProductsModel(QObject *parent) : QAbstractTableModel(parent) { }

void BureauProductsModel::setProducts(QList<market::ProductInfo> products)
{
    beginResetModel();
    m_rows = std::move(products);
    // A product sent by us stays visible until a verified block lists it.
    m_unconfirmed.removeIf([this](const market::ProductInfo &u) {
        return std::any_of(
            m_rows.cbegin(), m_rows.cend(), [&u](const market::ProductInfo &p) { return p.productId == u.productId; });
    });
    m_rows << m_unconfirmed;
    endResetModel();
}

void BureauProductsModel::addUnconfirmed(const market::ProductInfo &product)
{
    if (rowOf(product.productId) >= 0)
        return;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_unconfirmed << product;
    m_rows << product;
    endInsertRows();
}

void BureauProductsModel::removeUnconfirmed(quint64 productId)
{
    const auto removed
        = m_unconfirmed.removeIf([productId](const market::ProductInfo &u) { return u.productId == productId; });
    const int row = rowOf(productId);
    if (removed == 0 || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void BureauProductsModel::setPendingText(quint64 productId, const QString &text)
{
    if (text.isEmpty())
        m_pending.remove(productId);
    else
        m_pending.insert(productId, text);
    if (const int row = rowOf(productId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BureauProductsModel::rowOf(quint64 productId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).productId == productId)
            return row;
    return -1;
}

int BureauProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BureauProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BureauProductsModel::statusText(const market::ProductInfo &p) const
{
    if (const auto it = m_pending.constFind(p.productId); it != m_pending.cend())
        return *it;
    return p.listed ? tr("Listed") : tr("Delisted");
}

QVariant BureauProductsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const market::ProductInfo &p = m_rows.at(index.row());
    switch (role) {
    case kIdRole:
        return p.productId;
    case kListedRole:
        return p.listed ? QStringLiteral("listed") : QStringLiteral("delisted");
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(p.description) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Sla || index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Delisted products are history: greyed; pending ones are not final yet.
        if (!p.listed || m_pending.contains(p.productId))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::DisplayRole:
        return display(p, index.column(), false);
    case kSortRole:
        return display(p, index.column(), true);
    default:
        return {};
    }
}

QVariant BureauProductsModel::display(const market::ProductInfo &p, int column, bool raw) const
{
    switch (column) {
    case Id:
        return raw ? QVariant(p.productId) : QVariant(QString::number(p.productId));
    case Series:
        return raw ? QVariant(static_cast<int>(p.series)) : QVariant(market::seriesName(p.series));
    case Name:
        return p.name;
    case Price:
        return raw ? QVariant(p.priceFen) : QVariant(priceText(p.priceFen));
    case Sla:
        return raw ? QVariant(p.slaHours) : QVariant(tr("%n h", nullptr, static_cast<int>(p.slaHours)));
    case Delivery:
        return p.deliveryFormat;
    case Authorisation:
        return raw ? QVariant(p.authorisationRequired)
                   : QVariant(p.authorisationRequired ? tr("Required") : tr("Not needed"));
    case Status:
        return statusText(p);
    default:
        return {};
    }
}

QVariant BureauProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Series:
        return tr("Series");
    case Name:
        return tr("Product");
    case Price:
        return tr("Price");
    case Sla:
        return tr("SLA");
    case Delivery:
        return tr("Delivery format");
    case Authorisation:
        return tr("Authorisation");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace credit::ui
