// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QPrinter;

namespace credit::ui {

class PdfDocument;

//! Prints pages of a document on a worker thread (Qt allows QPainter on a
//! QPrinter outside the GUI thread): each page is rendered by Poppler at the
//! printer's resolution (capped at kMaxDpi, which keeps an A4 page near
//! 35 MB in memory) and scaled onto the printable area. Cancellable between pages.
class ReportPrintJob final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxDpi = 300;

    explicit ReportPrintJob(QObject *parent = nullptr);

    //! Starts printing pages [firstPage, lastPage] (0-based); false if a job is running.
    bool start(std::shared_ptr<PdfDocument> doc, std::shared_ptr<QPrinter> printer, int firstPage, int lastPage);
    //! Stops after the page being printed.
    void cancel();
    //! A job is running.
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    //! done of total pages are on the printer.
    void progress(int done, int total);
    //! The job ended: completed, cancelled, or failed with a message.
    void finished(bool completed, const QString &error);

private:
    void onFinished();

    QFutureWatcher<QString> m_watcher; //!< the task's result is an error message, empty on success
    std::shared_ptr<QPrinter> m_printer;
    int m_total = 0;
};

} // namespace credit::ui
