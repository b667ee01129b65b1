// SPDX-License-Identifier: Apache-2.0
#include "report/EnterpriseReportWriter.h"

#include "report/EnterpriseReportHtml.h"
#include "report/ReportFonts.h"
#include "report/ReportPage.h"
#include "report/ToUnicodeRepair.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace credit::report {

namespace {

constexpr qreal kFooterHeight = 36; // device units, ~9.5 mm
constexpr qreal kDemoBandHeight = 30; // device units: the demo mark's band above the body
const QColor kDemoRed(0xb0, 0x00, 0x20);

//! The demo mark of one page: a red band across the top (text a reader and a
//! text extractor both find) and a large pale diagonal stamp behind the body,
//! so a printed or cropped page still shows it is invented.
void drawDemoMark(QPainter &painter, const QRectF &page, const QFont &base)
{
    painter.save();
    QFont stamp = base;
    stamp.setPointSizeF(54);
    stamp.setBold(true);
    painter.setFont(stamp);
    painter.setPen(QColor(0xb0, 0x00, 0x20, 38));
    painter.translate(page.center());
    painter.rotate(-35);
    const QRectF box(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2);
    painter.drawText(box, Qt::AlignCenter, demoDataMark());
    painter.restore();

    painter.save();
    const QRectF band(page.left(), page.top(), page.width(), kDemoBandHeight - 6);
    painter.fillRect(band, QColor(0xfd, 0xec, 0xee));
    painter.setPen(QPen(kDemoRed, 1));
    painter.drawRect(band);
    QFont bold = base;
    bold.setPointSizeF(10);
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(band, Qt::AlignCenter, u"%1　虚构的演示样例，不是真实的信用信息"_s.arg(demoDataMark()));
    painter.restore();
}

void drawFooter(QPainter &painter, const QRectF &page, const QString &left, int pageNo, int pageCount)
{
    const QRectF band(page.left(), page.bottom() - kFooterHeight, page.width(), kFooterHeight);
    painter.save();
    painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0.75));
    painter.drawLine(band.topLeft() + QPointF(0, 8), band.topRight() + QPointF(0, 8));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text = band.adjusted(0, 12, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, u"第 %1 页 / 共 %2 页"_s.arg(pageNo).arg(pageCount));
    painter.restore();
}

} // namespace

Result<void> EnterpriseReportWriter::write(const EnterpriseReportData &data, QIODevice *out)
{
    if (!qGuiApp) {
        return makeError(ErrorKind::Internal,
            tr("A credit report can only be set inside the graphical application (it needs its fonts)."));
    }
    if (!out || !out->isWritable())
        return makeError(ErrorKind::Io, tr("The report could not be written: the output is not open for writing."));
    const Result<QStringList> families = ReportFonts::families();
    if (!families)
        return families.error();

    // Into memory first: the text map is repaired before anything reaches out.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setReportPage(writer);
    // Invented data is marked on every page; there is deliberately no switch to leave the mark off.
    const bool demo = data.isDemoSample;
    writer.setTitle(demo ? u"企业信用报告（%1） %2"_s.arg(demoDataMark(), data.basic.name)
                         : u"企业信用报告 %1"_s.arg(data.basic.name));
    writer.setCreator(u"CreditChain Terminal"_s);

    QFont font;
    font.setFamilies(*families);
    font.setPointSizeF(10);
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(EnterpriseReportHtml::styleSheet());
    doc.setHtml(EnterpriseReportHtml::build(data));
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal top = demo ? kDemoBandHeight : 0;
    doc.setPageSize(QSizeF(page.width(), page.height() - kFooterHeight - top));

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorKind::Io, tr("The report could not be written: the PDF output failed to start."));
    painter.setFont(font);
    const int pageCount = doc.pageCount();
    const qreal bodyHeight = doc.pageSize().height();
    const QString footerLeft = u"报告编号：%1"_s.arg(data.meta.reportNumber);
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage())
            return makeError(ErrorKind::Io, tr("The report could not be written: a new PDF page failed."));
        if (demo)
            drawDemoMark(painter, page, font);
        painter.save();
        painter.translate(0, top - i * bodyHeight);
        doc.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        drawFooter(painter, page, footerLeft, i + 1, pageCount);
    }
    if (!painter.end())
        return makeError(ErrorKind::Io, tr("The report could not be written: the PDF output failed to finish."));
    ToUnicodeRepair(families->last()).apply(pdf);
    if (out->write(pdf) != pdf.size())
        return makeError(ErrorKind::Io, tr("The report could not be written: %1").arg(out->errorString()));
    return {};
}

Result<QByteArray> EnterpriseReportWriter::toPdf(const EnterpriseReportData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = write(data, &buffer);
    if (!written)
        return written.error();
    buffer.close();
    return bytes;
}

} // namespace credit::report
