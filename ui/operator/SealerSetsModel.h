// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "desk/OperatorDesk.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! Every sealer list of the verified chain, newest first: the block it took
//! effect at, that block's time, how many sealers and the quorum, and which
//! nodes came in or went out against the list before.
class SealerSetsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SealerSetsModel)
public:
    enum Column { FromBlock, Time, Sealers, Change, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    //! sets: oldest first, as the desk answers.
    void setSets(QList<desk::SealerSet> sets);
    //! The list in force (the newest); empty before the first answer.
    QList<QByteArray> current() const;
    const QList<desk::SealerSet> &sets() const { return m_sets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "+ de67cdfe…e35af066, − ad39019f…6defd2603" between two lists; "Genesis list" without one before.
    static QString changeText(const QList<QByteArray> *before, const QList<QByteArray> &after);

private:
    QList<desk::SealerSet> m_sets; // oldest first
};

} // namespace credit::ui
