// SPDX-License-Identifier: Apache-2.0
#include "regulator/DashboardCharts.h"

#include "orders/OrderText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

//! Whole numbers on the value axis (counts of orders), from zero.
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%d"_s);
    axis->setRange(0, static_cast<double>(std::max<qint64>(largest, 1)));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"dashboardCharts"_s);
    m_months = addView(u"monthChart"_s, tr("Orders per month, by their state now"))->chart();
    m_bureaus = addView(u"bureauChart"_s, tr("Orders per credit bureau"))->chart();
    m_series = addView(u"seriesChart"_s, tr("Orders per product series"))->chart();
    m_banks = addView(u"bankChart"_s, tr("Orders per bank"))->chart();
    m_regions = addView(u"regionChart"_s, tr("Orders per enterprise region (decrypted orders)"))->chart();
    m_outcomes = addView(u"outcomeChart"_s, tr("Dispute outcomes"))->chart();
    m_locality = addView(u"localityChart"_s, tr("Local and cross-region orders (decrypted orders)"))->chart();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_views.at(0), 0, 0, 1, 2);
    for (int i = 1; i < m_views.size(); ++i)
        grid->addWidget(m_views.at(i), 1 + (i - 1) / 2, (i - 1) % 2);
}

QChartView *DashboardCharts::addView(const QString &name, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    m_views << view;
    return view;
}

QList<QChart *> DashboardCharts::charts() const
{
    return { m_months, m_bureaus, m_series, m_banks, m_regions, m_outcomes, m_locality };
}

void DashboardCharts::setFigures(const market::SupervisionFigures &f)
{
    showMonths(f.perMonth);
    showGroups(m_bureaus, market::FigureKind::Bureau, f.perBureau);
    showGroups(m_series, market::FigureKind::Series, f.perSeries);
    showGroups(m_banks, market::FigureKind::Bank, f.perBank);
    showGroups(m_regions, market::FigureKind::Region, f.perRegion);
    QList<market::FigureRef> outcomes;
    for (const market::GroupCount &g : f.disputeOutcomes)
        outcomes << market::FigureRef { market::FigureKind::DisputeOutcome, g.key, -1 };
    showSlices(m_outcomes, f.disputeOutcomes, outcomes);
    showSlices(m_locality,
        { { u"local"_s, tr("Local"), f.localOrders }, { u"cross"_s, tr("Cross-region"), f.crossRegionOrders } },
        { { market::FigureKind::Local, {}, -1 }, { market::FigureKind::CrossRegion, {}, -1 } });
}

void DashboardCharts::showMonths(const QList<market::MonthCounts> &months)
{
    clear(m_months);
    QStringList categories;
    for (const market::MonthCounts &m : months)
        categories << m.month;
    auto *series = new QStackedBarSeries;
    qint64 largest = 0;
    for (const market::MonthCounts &m : months) {
        qint64 sum = 0;
        for (qint64 n : m.byState)
            sum += n;
        largest = std::max(largest, sum);
    }
    for (int state = 0; state <= static_cast<int>(market::OrderState::Resolved); ++state) {
        bool any = false;
        for (const market::MonthCounts &m : months)
            any = any || m.byState.value(state) > 0;
        if (!any)
            continue; // a legend entry only for the states that occur
        const QString name = OrderText::state(static_cast<market::OrderState>(state));
        auto *set = new QBarSet(name);
        for (const market::MonthCounts &m : months)
            *set << static_cast<double>(m.byState.value(state));
        connect(set, &QBarSet::clicked, this, [this, months, state, name](int index) {
            if (index < 0 || index >= months.size())
                return;
            Q_EMIT figureClicked(market::FigureRef { market::FigureKind::Month, months.at(index).month, state },
                tr("Placed in %1, now %2").arg(months.at(index).month, name));
        });
        series->append(set);
    }
    m_months->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    m_months->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = countAxis(largest);
    m_months->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    m_months->legend()->setVisible(!series->barSets().isEmpty());
    m_months->legend()->setAlignment(Qt::AlignRight);
}

void DashboardCharts::showGroups(QChart *chart, market::FigureKind kind, const QList<market::GroupCount> &groups)
{
    clear(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Orders"));
    QStringList categories;
    qint64 largest = 0;
    for (const market::GroupCount &g : groups) {
        *set << static_cast<double>(g.orders);
        categories << (g.label.isEmpty() ? g.key : g.label);
        largest = std::max(largest, g.orders);
    }
    connect(set, &QBarSet::clicked, this, [this, groups, kind, categories](int index) {
        if (index >= 0 && index < groups.size())
            Q_EMIT figureClicked(market::FigureRef { kind, groups.at(index).key, -1 }, categories.at(index));
    });
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(largest);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void DashboardCharts::showSlices(
    QChart *chart, const QList<market::GroupCount> &slices, const QList<market::FigureRef> &figures)
{
    clear(chart);
    auto *series = new QPieSeries;
    for (int i = 0; i < slices.size(); ++i) {
        const market::GroupCount &g = slices.at(i);
        if (g.orders == 0)
            continue;
        const QString label = g.label.isEmpty() ? g.key : g.label;
        QPieSlice *slice = series->append(tr("%1: %2").arg(label).arg(g.orders), static_cast<double>(g.orders));
        slice->setLabelVisible(true);
        const market::FigureRef figure = figures.at(i);
        connect(slice, &QPieSlice::clicked, this, [this, figure, label] { Q_EMIT figureClicked(figure, label); });
    }
    chart->addSeries(series);
}

} // namespace credit::ui
