// SPDX-License-Identifier: Apache-2.0
#include "viewer/PageView.h"

#include "viewer/PdfDocument.h"

#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QtConcurrent>

namespace credit::ui {

namespace {

constexpr double kScreenDpi = 96.0;
constexpr int kCacheKiB = 96 * 1024; // a few dozen A4 pages at 100 %

} // namespace

PageView::PageView(QWidget *parent) : QScrollArea(parent), m_label(new QLabel(this)), m_cache(kCacheKiB)
{
    setObjectName(QStringLiteral("pageView"));
    m_label->setObjectName(QStringLiteral("pageLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    setWidget(m_label);
    setWidgetResizable(true);
    setAlignment(Qt::AlignCenter);
    setBackgroundRole(QPalette::Dark);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &PageView::onRenderFinished);
}

PageView::~PageView()
{
    // The task holds its own reference to the document; nothing to wait for.
    m_watcher.disconnect(this);
}

void PageView::setDocument(std::shared_ptr<PdfDocument> doc)
{
    m_doc = std::move(doc);
    m_cache.clear();
    m_highlight.reset();
    m_page = 0;
    m_shown = QImage();
    m_label->clear();
    m_fitWidth = true;
    Q_EMIT pageChanged(m_page);
    refit(); // hidden: on show
    refresh();
}

void PageView::setPage(int page)
{
    if (!m_doc)
        return;
    page = std::clamp(page, 0, m_doc->pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    verticalScrollBar()->setValue(0);
    Q_EMIT pageChanged(m_page);
    refresh();
}

void PageView::setZoom(double zoom)
{
    m_fitWidth = false;
    applyZoom(zoom);
}

void PageView::fitToWidth()
{
    m_fitWidth = true;
    refit();
}

void PageView::refit()
{
    // A hidden view has no real width yet: showEvent fits it.
    if (m_fitWidth && m_doc && isVisible())
        applyZoom(fitWidthZoom());
}

void PageView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    refit();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    refit();
}

void PageView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT zoomChanged(m_zoom);
    refresh();
}

double PageView::fitWidthZoom() const
{
    if (!m_doc || m_doc->pageSize(m_page).isEmpty())
        return m_zoom;
    // From the frame's width, not the viewport's: the vertical scroll bar coming
    // and going would change the fit, and a view following its width would flicker.
    const int margin = 2 * frameWidth() + verticalScrollBar()->sizeHint().width() + 8;
    const double points = m_doc->pageSize(m_page).width();
    return std::clamp((width() - margin) / (points / 72.0 * kScreenDpi), kMinZoom, kMaxZoom);
}

void PageView::setHighlight(int page, const QRectF &pointsRect)
{
    m_highlight = std::pair(page, pointsRect);
    if (m_doc && page != m_page)
        setPage(page); // refreshes
    else
        refresh();
}

PageView::Key PageView::wantedKey() const
{
    const double dpi = kScreenDpi * m_zoom * devicePixelRatioF();
    return { m_page, qRound(dpi * 100) };
}

void PageView::refresh()
{
    if (!m_doc || m_doc->pageCount() == 0)
        return;
    const Key key = wantedKey();
    if (const QImage *cached = m_cache.object(key.packed())) {
        show(*cached);
        return;
    }
    if (!m_inFlight)
        startRender(key);
    // else: onRenderFinished starts the wanted render when the current one ends.
}

void PageView::startRender(const Key &key)
{
    m_inFlight = key;
    const std::shared_ptr<PdfDocument> doc = m_doc;
    m_watcher.setFuture(QtConcurrent::run([doc, key] { return doc->render(key.page, key.dpiCenti / 100.0); }));
}

void PageView::onRenderFinished()
{
    const Key done = *m_inFlight;
    m_inFlight.reset();
    const QImage image = m_watcher.result();
    if (!image.isNull()) {
        const auto kib = static_cast<qsizetype>(image.sizeInBytes() / 1024);
        m_cache.insert(done.packed(), new QImage(image), kib);
    }
    if (done == wantedKey()) {
        show(image);
        return;
    }
    refresh(); // stale: the page or zoom changed meanwhile
}

void PageView::show(const QImage &image)
{
    QImage shown = image;
    if (m_highlight && m_highlight->first == m_page) {
        const double scale = wantedKey().dpiCenti / 100.0 / 72.0;
        const QRectF r(m_highlight->second.topLeft() * scale, m_highlight->second.size() * scale);
        QPainter painter(&shown);
        painter.fillRect(r.adjusted(-2, -2, 2, 2), QColor(255, 200, 0, 110));
        painter.end();
    }
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_shown = shown;
    m_label->setPixmap(QPixmap::fromImage(shown));
    if (m_highlight && m_highlight->first == m_page) {
        const double toLogical = m_zoom * kScreenDpi / 72.0;
        const QPointF c = m_highlight->second.center() * toLogical;
        ensureVisible(qRound(c.x()), qRound(c.y()), 50, 80);
    }
    Q_EMIT pageShown(m_page);
}

} // namespace credit::ui
