// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/LoanBookRequery.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! The loan book being re-queried, one row per enterprise of the file: its
//! row in the file, the enterprise, the result, the order and the
//! authorisation it named, and why.
class LoanBookModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoanBookModel)
public:
    enum Column { FileRow, Enterprise, CreditCode, Outcome, Order, Authorisation, Details, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<desk::LoanBookEntry> entries);
    void setEntry(int row, const desk::LoanBookEntry &entry);
    const QList<desk::LoanBookEntry> &entries() const { return m_rows; }
    //! Whether the batch has started (rows not reached then say "Waiting", before it "Ready").
    void setStarted(bool started);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString outcome(const desk::LoanBookEntry &e) const;

    QList<desk::LoanBookEntry> m_rows;
    bool m_started = false;
};

} // namespace credit::ui
