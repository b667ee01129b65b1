// SPDX-License-Identifier: Apache-2.0
#include "regulator/StatisticsReport.h"

#include "orders/OrderText.h"
#include "regulator/SupervisionText.h"
#include "report/ReportFonts.h"
#include "report/ReportPage.h"
#include "report/ToUnicodeRepair.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

// A chart whose view was never shown has no size of its own: the report draws it at this one.
const QSizeF kReportChartSize(760, 420);

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const ReportTable &table)
{
    QString h = u"<h2>%1</h2><table class='t' cellspacing='0'><tr>"_s.arg(esc(table.title));
    for (const QString &header : table.headers)
        h += u"<th>%1</th>"_s.arg(esc(header));
    h += u"</tr>"_s;
    for (const QStringList &row : table.rows) {
        h += u"<tr>"_s;
        for (const QString &cell : row)
            h += u"<td>%1</td>"_s.arg(esc(cell));
        h += u"</tr>"_s;
    }
    if (table.rows.isEmpty())
        h += u"<tr><td colspan='%1'>%2</td></tr>"_s.arg(std::max<qsizetype>(table.headers.size(), 1))
                 .arg(esc(StatisticsReport::tr("No orders")));
    return h + u"</table>"_s;
}

QString styleSheet()
{
    return u"h1 { font-size: 17pt; margin: 0; } h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; }"
           " table.t { border-collapse: collapse; } th { background: #e8e8e8; text-align: left; padding: 2px 6px; }"
           " td { padding: 2px 6px; border-bottom: 1px solid #ccc; } .hash { font-family: monospace; }"
           " .note { color: #444; }"_s;
}

void setUp(QTextDocument &doc, QPaintDevice &device, const QFont &font, qreal width)
{
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setTextWidth(width);
}

} // namespace

QString StatisticsReport::title()
{
    return tr("Supervision statistics report");
}

ReportChart StatisticsReport::capture(QChart &chart)
{
    const QSizeF shown = chart.size();
    const bool resize = shown.width() < 200 || shown.height() < 120;
    if (resize) {
        chart.resize(kReportChartSize);
        if (chart.layout())
            chart.layout()->activate();
    }
    ReportChart out;
    out.size = chart.size();
    {
        QPainter painter(&out.picture);
        painter.setRenderHint(QPainter::Antialiasing);
        if (chart.scene())
            chart.scene()->render(&painter, QRectF(QPointF(0, 0), out.size), chart.sceneBoundingRect());
    }
    if (resize) {
        chart.resize(shown);
        if (chart.layout())
            chart.layout()->activate();
    }
    return out;
}

ReportTable StatisticsReport::tableOf(const QAbstractItemModel &model, const QString &title)
{
    QList<int> all;
    for (int column = 0; column < model.columnCount(); ++column)
        all << column;
    return tableOf(model, title, all);
}

ReportTable StatisticsReport::tableOf(const QAbstractItemModel &model, const QString &title, const QList<int> &columns)
{
    ReportTable table { title, {}, {} };
    for (int column : columns)
        table.headers << model.headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells << model.index(row, column).data().toString();
        table.rows << cells;
    }
    return table;
}

ReportTable StatisticsReport::tableOf(const QList<market::GroupCount> &groups, const QString &title)
{
    ReportTable table { title, { tr("Name"), tr("Key"), tr("Orders") }, {} };
    for (const market::GroupCount &g : groups)
        table.rows << QStringList { g.label, g.key, QString::number(g.orders) };
    return table;
}

ReportTable StatisticsReport::monthTable(const QList<market::MonthCounts> &months)
{
    ReportTable table { tr("Orders per month, by their state now"), { tr("Month") }, {} };
    QList<int> states;
    for (int state = 1; state <= static_cast<int>(market::OrderState::Resolved); ++state) {
        for (const market::MonthCounts &m : months) {
            if (m.byState.value(state) > 0) {
                states << state;
                table.headers << OrderText::state(static_cast<market::OrderState>(state));
                break;
            }
        }
    }
    table.headers << tr("Total");
    for (const market::MonthCounts &m : months) {
        QStringList row { m.month };
        qint64 total = 0;
        for (qint64 n : m.byState)
            total += n;
        for (int state : states)
            row << QString::number(m.byState.value(state));
        row << QString::number(total);
        table.rows << row;
    }
    return table;
}

Result<QByteArray> StatisticsReport::toPdf(const StatisticsReportContent &content)
{
    if (!qGuiApp)
        return makeError(ErrorKind::Internal,
            tr("A statistics report can only be set inside the graphical application (it needs its fonts)."));
    const Result<QStringList> families = report::ReportFonts::families();
    if (!families)
        return families.error();

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        report::setReportPage(writer);
        writer.setTitle(title());
        writer.setCreator(u"CreditChain Terminal"_s);
        QFont font;
        font.setFamilies(*families);
        font.setPointSizeF(9.5);
        font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: text copies as typed
        const qreal width = writer.width();
        const qreal height = writer.height();
        QPainter painter(&writer);

        // The title, what was counted and where it was computed.
        QTextDocument head;
        setUp(head, writer, font, width);
        const market::Provenance &p = content.provenance;
        head.setHtml(u"<h1>%1</h1><p>%2</p><p>%3</p><p class='hash'>%4</p><p class='note'>%5</p>"_s.arg(esc(title()),
            esc(tr("Filter: %1").arg(content.filterDescription)), esc(SupervisionText::provenanceInFull(p)),
            esc(tr("Head block %1 hash: %2").arg(p.headBlock).arg(SupervisionText::hash(p.headHash))),
            esc(tr("Generated %1 (China time). Any figure can be recomputed from the blocks %2–%3 of the chain whose "
                   "block %3 has the hash above.")
                    .arg(SupervisionText::chinaTime(content.generatedAtMs))
                    .arg(p.firstBlock)
                    .arg(p.headBlock))));
        head.drawContents(&painter);
        qreal y = head.size().height() + 12;

        // The dashboard's charts, as drawn on screen, scaled to the page's width.
        for (const ReportChart &chart : content.charts) {
            if (chart.size.isEmpty())
                continue;
            const qreal scale = std::min(width / chart.size.width(), (height * 0.45) / chart.size.height());
            const QSizeF drawn = chart.size * scale;
            if (y + drawn.height() > height) {
                writer.newPage();
                y = 0;
            }
            painter.save();
            painter.translate((width - drawn.width()) / 2, y);
            painter.scale(scale, scale);
            painter.drawPicture(0, 0, chart.picture);
            painter.restore();
            y += drawn.height() + 10;
        }

        // The tables, page by page.
        QString html;
        for (const ReportTable &table : content.tables)
            html += tableHtml(table);
        QTextDocument tables;
        setUp(tables, writer, font, width);
        tables.setPageSize(QSizeF(width, height));
        tables.setHtml(html);
        for (int page = 0; page < tables.pageCount(); ++page) {
            writer.newPage();
            painter.save();
            painter.translate(0, -page * height);
            tables.drawContents(&painter, QRectF(0, page * height, width, height));
            painter.restore();
        }
    }
    buffer.close();
    if (pdf.isEmpty())
        return makeError(ErrorKind::Io, tr("The statistics report could not be written: the PDF output failed."));
    report::ToUnicodeRepair(families->last()).apply(pdf);
    return pdf;
}

} // namespace credit::ui
