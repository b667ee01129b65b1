// SPDX-License-Identifier: Apache-2.0
#include "viewer/ReportPrintJob.h"

#include "viewer/PdfDocument.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPromise>
#include <QtConcurrent>

namespace credit::ui {

namespace {

QString printPages(QPromise<QString> &promise, const std::shared_ptr<PdfDocument> &doc,
    const std::shared_ptr<QPrinter> &printer, int first, int last)
{
    promise.setProgressRange(0, last - first + 1);
    QPainter painter;
    if (!painter.begin(printer.get()))
        return QCoreApplication::translate("ReportPrintJob", "The printer could not be started.");
    const double dpi = std::min(printer->resolution(), ReportPrintJob::kMaxDpi);
    const QRectF area = printer->pageLayout().paintRectPixels(printer->resolution());
    for (int page = first; page <= last; ++page) {
        if (promise.isCanceled()) {
            printer->abort();
            return {};
        }
        if (page > first && !printer->newPage())
            return QCoreApplication::translate("ReportPrintJob", "The printer did not accept a new page.");
        const QImage image = doc->render(page, dpi);
        if (image.isNull())
            return QCoreApplication::translate("ReportPrintJob", "Page %1 could not be rendered.").arg(page + 1);
        // Fit the page into the printable area, keeping its proportions.
        QSizeF size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, 0), size), image);
        promise.setProgressValue(page - first + 1);
    }
    if (!painter.end())
        return QCoreApplication::translate("ReportPrintJob", "The printer could not finish the job.");
    return {};
}

// QtConcurrent's promise flavour wants a void function; the error is the result.
void printJob(QPromise<QString> &promise, const std::shared_ptr<PdfDocument> &doc,
    const std::shared_ptr<QPrinter> &printer, int first, int last)
{
    promise.addResult(printPages(promise, doc, printer, first, last));
}

} // namespace

ReportPrintJob::ReportPrintJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this,
        [this](int done) { Q_EMIT progress(done, m_total); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ReportPrintJob::onFinished);
}

bool ReportPrintJob::start(
    std::shared_ptr<PdfDocument> doc, std::shared_ptr<QPrinter> printer, int firstPage, int lastPage)
{
    if (isRunning() || !doc || !printer)
        return false;
    firstPage = std::clamp(firstPage, 0, doc->pageCount() - 1);
    lastPage = std::clamp(lastPage, firstPage, doc->pageCount() - 1);
    m_total = lastPage - firstPage + 1;
    m_printer = printer;
    // From here until finished the printer belongs to the worker.
    m_watcher.setFuture(QtConcurrent::run(printJob, std::move(doc), std::move(printer), firstPage, lastPage));
    return true;
}

void ReportPrintJob::cancel()
{
    m_watcher.cancel();
}

void ReportPrintJob::onFinished()
{
    const bool cancelled = m_watcher.isCanceled();
    const QString error = !cancelled && m_watcher.future().resultCount() > 0 ? m_watcher.result() : QString();
    m_printer.reset();
    Q_EMIT finished(!cancelled && error.isEmpty(), error);
}

} // namespace credit::ui
