// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace credit::ui {

//! Search text (product, bureau, description) and series/bureau filters over
//! ProductCatalogueModel; sorts by raw values (price in fen, not its text).
class ProductFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFilterProxy)
public:
    explicit ProductFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    //! nullopt: every series.
    void setSeries(std::optional<market::Series> series);
    //! Empty: every bureau.
    void setBureau(const QByteArray &account);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<market::Series> m_series;
    QByteArray m_bureau;
};

} // namespace credit::ui
