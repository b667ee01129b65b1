// SPDX-License-Identifier: Apache-2.0
// The dashboard's charts (QtCharts): orders per month stacked by the state
// they are in now, orders per bureau, series, bank and region, dispute
// outcomes and 本地/异地. A click on a bar or slice names the figure behind it.
// The same QChart objects are drawn into the statistics report.
#pragma once

#include "market/SupervisionRecords.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace credit::ui {

class DashboardCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)
public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void setFigures(const market::SupervisionFigures &figures);
    //! Every chart in the order the report shows them.
    QList<QChart *> charts() const;
    QList<QChartView *> views() const { return m_views; }

Q_SIGNALS:
    //! A bar or slice was clicked: the orders behind it, and what it is in words.
    void figureClicked(const market::FigureRef &figure, const QString &caption);

private:
    QChartView *addView(const QString &name, const QString &title);
    void showMonths(const QList<market::MonthCounts> &months);
    void showGroups(QChart *chart, market::FigureKind kind, const QList<market::GroupCount> &groups);
    void showSlices(QChart *chart, const QList<market::GroupCount> &slices, const QList<market::FigureRef> &figures);

    QList<QChartView *> m_views;
    QChart *m_months, *m_bureaus, *m_series, *m_banks, *m_regions, *m_outcomes, *m_locality;
};

} // namespace credit::ui
