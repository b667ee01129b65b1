// SPDX-License-Identifier: Apache-2.0
// The regulator's statistics report: an A4 PDF of the dashboard for one
// filter — the filter in words, the block range and head hash the figures
// were computed at (in full, so anyone can recompute them), the dashboard's
// own charts and the tables of numbers. Chinese text is embedded and
// extractable (core/report's fonts and ToUnicode repair).
//
// Two steps, because the charts live on the GUI thread: capture() draws the
// charts and reads the models there (fast: vector pictures), toPdf() lays out
// and writes the pages anywhere (a worker thread).
#pragma once

#include "common/Result.h"
#include "market/SupervisionRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QStringList>

class QAbstractItemModel;
class QChart;

namespace credit::ui {

struct ReportChart {
    QPicture picture; //!< the chart as drawn, in its own coordinates
    QSizeF size; //!< the picture's extent
};

struct ReportTable {
    QString title;
    QStringList headers;
    QList<QStringList> rows;
};

struct StatisticsReportContent {
    QString filterDescription;
    market::Provenance provenance;
    qint64 generatedAtMs = 0;
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

class StatisticsReport final {
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)
public:
    //! GUI thread: draws chart as it is now (at a report size when its view was never laid out).
    static ReportChart capture(QChart &chart);
    //! GUI thread: the model's header and display texts.
    static ReportTable tableOf(const QAbstractItemModel &model, const QString &title);
    //! Only these columns of the model (a wide table split so that a page's width reads).
    static ReportTable tableOf(const QAbstractItemModel &model, const QString &title, const QList<int> &columns);
    //! "Orders per bank" with one row a group: label, key, orders.
    static ReportTable tableOf(const QList<market::GroupCount> &groups, const QString &title);
    //! The months and the orders in each state now.
    static ReportTable monthTable(const QList<market::MonthCounts> &months);

    //! The report as PDF bytes. Any thread (it needs a QGuiApplication for its fonts).
    static Result<QByteArray> toPdf(const StatisticsReportContent &content);
    //! The report's title ("Supervision statistics report").
    static QString title();
};

} // namespace credit::ui
