// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "viewer/ReportDataSections.h"

#include <QAbstractTableModel>

namespace credit::ui {

//! One section of a report's structured data (or the changes between two
//! reports) as a read-only table.
class ReportSectionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSectionModel)
public:
    explicit ReportSectionModel(QObject *parent = nullptr);

    void setSection(ReportSection section);
    const ReportSection &section() const { return m_section; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportSection m_section;
};

} // namespace credit::ui
