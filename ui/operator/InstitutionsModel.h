// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketRecords.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! Every institution of the chain, one row each: name, credit code, role,
//! region, status and the block of its last change (from verified blocks).
class InstitutionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionsModel)
public:
    enum Column { Name, Code, Role, Region, Status, LastChange, ColumnCount };
    //! Name, code, role, region and account in one text: what the page's search matches.
    static constexpr int kSearchRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setInstitutions(QList<market::InstitutionInfo> institutions);
    const market::InstitutionInfo &institution(int row) const { return m_rows.at(row); }
    //! The row of an account, or -1.
    int rowOf(const QByteArray &account) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<market::InstitutionInfo> m_rows;
};

} // namespace credit::ui
