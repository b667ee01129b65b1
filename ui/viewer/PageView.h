// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QFutureWatcher>
#include <QImage>
#include <QRectF>
#include <QScrollArea>

#include <memory>
#include <optional>

class QLabel;

namespace credit::ui {

class PdfDocument;

//! One page of a PDF at a zoom factor. Pages are rendered by a worker task;
//! only the latest request is shown (a render that finishes after the page or
//! zoom changed goes to the cache, not to the screen), and at most one render
//! runs at a time, so fast zooming does not queue up work.
class PageView final : public QScrollArea {
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    //! Shows page 0 of doc (nullptr: shows nothing).
    void setDocument(std::shared_ptr<PdfDocument> doc);
    //! Current 0-based page.
    int page() const { return m_page; }
    //! Goes to a page (clamped to the document).
    void setPage(int page);
    //! 1.0 shows a page at its physical size on a 96 dpi screen.
    double zoom() const { return m_zoom; }
    //! Sets the zoom factor (clamped to 0.25 … 4); the page no longer follows the view's width.
    void setZoom(double zoom);
    //! The zoom at which the current page fills the view's width (whether a scroll bar shows or not).
    double fitWidthZoom() const;
    //! Fits the page to the width now and whenever the view is shown or resized, until setZoom.
    //! A new document starts fitted.
    void fitToWidth();
    //! Whether the page follows the view's width.
    bool fitsWidth() const { return m_fitWidth; }
    //! Marks a rectangle (in points) on a page; shown while that page is.
    void setHighlight(int page, const QRectF &pointsRect);
    //! The image on screen, highlight included (null before the first render).
    QImage shownImage() const { return m_shown; }

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 4.0;

Q_SIGNALS:
    //! The page on screen changed (0-based).
    void pageChanged(int page);
    //! The zoom factor changed.
    void zoomChanged(double zoom);
    //! The image for the current page and zoom is on screen.
    void pageShown(int page);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Key {
        int page = 0;
        int dpiCenti = 0; //!< dpi × 100, so keys compare exactly
        quint64 packed() const { return (quint64(quint32(page)) << 32) | quint32(dpiCenti); }
        bool operator==(const Key &) const = default;
    };

    Key wantedKey() const;
    void refresh();
    void startRender(const Key &key);
    void onRenderFinished();
    void show(const QImage &image);
    void applyZoom(double zoom);
    void refit();

    QLabel *m_label = nullptr;
    std::shared_ptr<PdfDocument> m_doc;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    std::optional<std::pair<int, QRectF>> m_highlight;
    QCache<quint64, QImage> m_cache;
    QFutureWatcher<QImage> m_watcher;
    std::optional<Key> m_inFlight;
    QImage m_shown;
};

} // namespace credit::ui
