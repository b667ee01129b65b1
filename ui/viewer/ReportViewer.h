// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QPrinter;
class QProgressDialog;
class QSpinBox;
class QToolBar;

namespace credit::ui {

class PageView;
class PdfDocument;
class ReportPrintJob;
class SearchBar;
class TextSearch;
class ThumbnailModel;

//! Shows a report PDF held in memory: page, thumbnails, zoom, find, print.
//! The PDF is never written to disk by the viewer; every render, search and
//! print runs on a worker thread.
class ReportViewer final : public QWidget {
    Q_OBJECT

public:
    explicit ReportViewer(QWidget *parent = nullptr);
    ~ReportViewer() override;

    //! Shows a PDF (decrypted, in memory); an error if it cannot be read.
    Result<void> setPdf(const QByteArray &pdf);
    //! Number of pages of the document shown (0 when none).
    int pageCount() const;
    //! Current page, 0-based.
    int currentPage() const;
    //! True when the PDF carries structured report data (REPORT_DATA.md,
    //! embedded as creditchain-report-data.json); it is read by whoever shows it, off the GUI thread.
    bool hasStructuredData() const;
    //! The document shown (shared with worker tasks); nullptr before setPdf.
    std::shared_ptr<PdfDocument> document() const { return m_doc; }
    //! Asks for a printer (print dialog), then prints off the GUI thread.
    void print();
    //! Prints every page to printer with progress and cancel; false if a print is already running.
    bool printTo(std::shared_ptr<QPrinter> printer);

Q_SIGNALS:
    //! A print job ended (completed false when cancelled or failed).
    void printFinished(bool completed, const QString &error);

private:
    void buildActions();
    void buildLayout();
    void onPageChanged(int page);
    void onZoomChanged(double zoom);
    void zoomBy(double factor);

    std::shared_ptr<PdfDocument> m_doc;
    PageView *m_pageView = nullptr;
    ThumbnailModel *m_thumbnails = nullptr;
    QListView *m_thumbnailList = nullptr;
    SearchBar *m_searchBar = nullptr;
    TextSearch *m_search = nullptr;
    ReportPrintJob *m_printJob = nullptr;
    QProgressDialog *m_printProgress = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_find = nullptr;
    QAction *m_print = nullptr;
};

} // namespace credit::ui
