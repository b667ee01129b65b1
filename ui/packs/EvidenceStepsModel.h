// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "evidence/VerificationReport.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! What the offline verifier proved of a pack, one row a step.
class EvidenceStepsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceStepsModel)
public:
    enum Column { Step, Block, Time, Transaction, Sealed, Proofs, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(evidence::VerificationReport report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    evidence::VerificationReport m_report;
};

} // namespace credit::ui
