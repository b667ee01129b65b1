// SPDX-License-Identifier: Apache-2.0
#include "viewer/ReportViewer.h"
#include "icons/ActionIcons.h"

#include "viewer/PageView.h"
#include "viewer/PdfDocument.h"
#include "viewer/ReportPrintJob.h"
#include "viewer/SearchBar.h"
#include "viewer/TextSearch.h"
#include "viewer/ThumbnailModel.h"
#include "reportdata/ReportDataAttachment.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace credit::ui {

namespace {

constexpr double kZoomStep = 1.25;

QAction *makeAction(QWidget *owner, const char *objectName, const QString &text, const QString &iconName,
    const QList<QKeySequence> &keys)
{
    auto *action = new QAction(themedIcon(iconName), text, owner);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ReportViewer::ReportViewer(QWidget *parent)
    : QWidget(parent), m_pageView(new PageView(this)), m_thumbnails(new ThumbnailModel(this)),
      m_thumbnailList(new QListView(this)), m_searchBar(new SearchBar(this)), m_search(new TextSearch(this)),
      m_printJob(new ReportPrintJob(this))
{
    setObjectName(QStringLiteral("reportViewer"));
    buildActions();
    buildLayout();

    connect(m_pageView, &PageView::pageChanged, this, &ReportViewer::onPageChanged);
    connect(m_pageView, &PageView::zoomChanged, this, &ReportViewer::onZoomChanged);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) { m_pageView->setPage(value - 1); });
    connect(
        m_thumbnailList, &QListView::activated, this, [this](const QModelIndex &i) { m_pageView->setPage(i.row()); });
    connect(m_thumbnailList, &QListView::clicked, this, [this](const QModelIndex &i) { m_pageView->setPage(i.row()); });

    connect(m_searchBar, &SearchBar::findRequested, this,
        [this](const QString &text, bool backwards) { m_search->find(text, backwards, m_pageView->page()); });
    connect(m_search, &TextSearch::found, this, [this](const TextSearch::Match &m, int index, int count) {
        m_searchBar->setStatus(tr("Match %1 of %2 (page %3)").arg(index + 1).arg(count).arg(m.page + 1), false);
        m_pageView->setHighlight(m.page, m.rect);
    });
    connect(m_search, &TextSearch::notFound, this,
        [this](const QString &text) { m_searchBar->setStatus(tr("\"%1\" not found").arg(text), true); });
    connect(m_searchBar, &SearchBar::closed, m_pageView, [this] { m_pageView->setFocus(); });

    connect(m_printJob, &ReportPrintJob::progress, this, [this](int done, int total) {
        if (m_printProgress) {
            m_printProgress->setMaximum(total);
            m_printProgress->setValue(done);
        }
    });
    connect(m_printJob, &ReportPrintJob::finished, this, [this](bool completed, const QString &error) {
        if (m_printProgress)
            m_printProgress->deleteLater();
        m_printProgress = nullptr;
        m_print->setEnabled(m_doc != nullptr);
        Q_EMIT printFinished(completed, error);
    });
    onPageChanged(0);
}

ReportViewer::~ReportViewer()
{
    // A running print holds its own document and printer; let it end quietly.
    if (m_printJob->isRunning())
        m_printJob->cancel();
}

void ReportViewer::buildActions()
{
    m_previousPage = makeAction(this, "previousPageAction", tr("Previous page"), QStringLiteral("go-previous"),
        { QKeySequence(Qt::Key_PageUp) });
    m_nextPage = makeAction(
        this, "nextPageAction", tr("Next page"), QStringLiteral("go-next"), { QKeySequence(Qt::Key_PageDown) });
    m_zoomIn = makeAction(this, "zoomInAction", tr("Zoom in"), QStringLiteral("zoom-in"),
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    m_zoomOut = makeAction(
        this, "zoomOutAction", tr("Zoom out"), QStringLiteral("zoom-out"), { QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    m_fitWidth = makeAction(this, "fitWidthAction", tr("Fit width"), QStringLiteral("zoom-fit-width"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) });
    m_find = makeAction(this, "findAction", tr("Find…"), QStringLiteral("edit-find"), { QKeySequence::Find });
    m_print = makeAction(this, "printAction", tr("Print…"), QStringLiteral("document-print"), { QKeySequence::Print });

    connect(m_previousPage, &QAction::triggered, this, [this] { m_pageView->setPage(m_pageView->page() - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { m_pageView->setPage(m_pageView->page() + 1); });
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(kZoomStep); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(1 / kZoomStep); });
    connect(m_fitWidth, &QAction::triggered, m_pageView, &PageView::fitToWidth);
    connect(m_find, &QAction::triggered, m_searchBar, &SearchBar::activate);
    connect(m_print, &QAction::triggered, this, &ReportViewer::print);
}

void ReportViewer::buildLayout()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("viewerToolBar"));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_toolBar->addAction(m_previousPage);
    m_toolBar->addWidget(m_pageSpin);
    m_toolBar->addWidget(m_pageCountLabel);
    m_toolBar->addAction(m_nextPage);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_fitWidth);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_find);
    m_toolBar->addAction(m_print);

    m_thumbnailList->setObjectName(QStringLiteral("thumbnailList"));
    m_thumbnailList->setModel(m_thumbnails);
    m_thumbnailList->setViewMode(QListView::IconMode);
    m_thumbnailList->setFlow(QListView::TopToBottom);
    m_thumbnailList->setWrapping(false);
    m_thumbnailList->setMovement(QListView::Static);
    m_thumbnailList->setUniformItemSizes(true);
    m_thumbnailList->setIconSize(QSize(ThumbnailModel::kWidth, ThumbnailModel::kWidth * 297 / 210));
    m_thumbnailList->setSpacing(6);
    m_thumbnailList->setMinimumWidth(ThumbnailModel::kWidth + 40);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnailList);
    splitter->addWidget(m_pageView);
    splitter->setStretchFactor(1, 1);

    m_searchBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_searchBar);
}

Result<void> ReportViewer::setPdf(const QByteArray &pdf)
{
    Result<std::shared_ptr<PdfDocument>> doc = PdfDocument::load(pdf);
    if (!doc)
        return doc.error();
    m_doc = std::move(doc).value();
    m_thumbnails->setDocument(m_doc);
    m_search->setDocument(m_doc);
    m_searchBar->setStatus(QString(), false);
    {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setRange(1, std::max(1, m_doc->pageCount()));
    }
    m_pageCountLabel->setText(tr("of %1").arg(m_doc->pageCount()));
    m_pageView->setDocument(m_doc);
    return {};
}

bool ReportViewer::hasStructuredData() const
{
    return m_doc && m_doc->hasEmbeddedFile(QString::fromLatin1(report::kReportDataFileName));
}

int ReportViewer::pageCount() const
{
    return m_doc ? m_doc->pageCount() : 0;
}

int ReportViewer::currentPage() const
{
    return m_pageView->page();
}

void ReportViewer::onPageChanged(int page)
{
    const int count = pageCount();
    {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page + 1);
    }
    m_pageSpin->setEnabled(count > 0);
    m_previousPage->setEnabled(page > 0);
    m_nextPage->setEnabled(page + 1 < count);
    for (QAction *a : { m_zoomIn, m_zoomOut, m_fitWidth, m_find, m_print })
        a->setEnabled(count > 0 && (a != m_print || !m_printJob->isRunning()));
    if (count > 0)
        m_thumbnailList->setCurrentIndex(m_thumbnails->index(page));
    onZoomChanged(m_pageView->zoom());
}

void ReportViewer::onZoomChanged(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    m_zoomIn->setEnabled(pageCount() > 0 && zoom < PageView::kMaxZoom);
    m_zoomOut->setEnabled(pageCount() > 0 && zoom > PageView::kMinZoom);
}

void ReportViewer::zoomBy(double factor)
{
    m_pageView->setZoom(m_pageView->zoom() * factor);
}

void ReportViewer::print()
{
    if (!m_doc || m_printJob->isRunning())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinMax(1, m_doc->pageCount());
    // open(), not exec(): no nested event loop; the printer lives in the lambda.
    connect(dialog, &QDialog::accepted, this, [this, printer] { printTo(printer); });
    dialog->open();
}

bool ReportViewer::printTo(std::shared_ptr<QPrinter> printer)
{
    if (!m_doc || !printer)
        return false;
    int first = 0;
    int last = m_doc->pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = printer->fromPage() - 1;
        last = std::max(first, printer->toPage() - 1);
    } else if (printer->printRange() == QPrinter::CurrentPage) {
        first = last = m_pageView->page();
    }
    if (!m_printJob->start(m_doc, std::move(printer), first, last))
        return false;
    m_print->setEnabled(false);
    m_printProgress = new QProgressDialog(tr("Printing the report…"), tr("Cancel"), 0, last - first + 1, this);
    m_printProgress->setObjectName(QStringLiteral("printProgress"));
    m_printProgress->setMinimumDuration(300);
    m_printProgress->setAutoClose(false);
    m_printProgress->setAutoReset(false);
    connect(m_printProgress, &QProgressDialog::canceled, m_printJob, &ReportPrintJob::cancel);
    return true;
}

} // namespace credit::ui
