// SPDX-License-Identifier: Apache-2.0
// Queries per bank against its authorisations: one row a bank, the orders it
// placed, of them how many needed a letter, had a valid one, had none valid;
// then its recorded authorisations (public records) and the orders placed with one.
#pragma once

#include "market/SupervisionRecords.h"

#include <QAbstractTableModel>

#include <optional>

namespace credit::ui {

class BankAuthorisationModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankAuthorisationModel)
public:
    enum Column {
        Bank,
        Queries,
        NeedingLetter,
        WithValidLetter,
        WithoutValidLetter,
        Authorised,
        Recorded,
        Revoked,
        ValidNow,
        Expired,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QList<market::BankAuthorisationCount> &counts);
    //! The orders behind a cell: the bank's orders (Bank, Queries), those without a valid letter
    //! or those placed with a recorded authorisation; none for the authorisation records' counts.
    std::optional<market::FigureRef> figure(const QModelIndex &index) const;
    QString caption(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<market::BankAuthorisationCount> m_counts;
};

} // namespace credit::ui
