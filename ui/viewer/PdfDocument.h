// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>

#include <memory>
#include <optional>

namespace Poppler {
class Document;
}

namespace credit::ui {

//! A Poppler document shared by the viewer's worker tasks. Poppler does not
//! promise that one document may be used from two threads at once, so every
//! call takes the lock; tasks hold a shared_ptr, so a render still running
//! when the viewer closes finishes on a live document.
class PdfDocument final {
public:
    //! Parses a PDF held in memory; the bytes are never written anywhere.
    static Result<std::shared_ptr<PdfDocument>> load(const QByteArray &pdf);
    //! The Poppler this program runs with, for the About dialog.
    static QString popplerVersion();
    ~PdfDocument();
    Q_DISABLE_COPY_MOVE(PdfDocument)

    //! Number of pages (fixed at load).
    int pageCount() const { return static_cast<int>(m_sizes.size()); }
    //! Page size in points (1/72 inch).
    QSizeF pageSize(int page) const { return m_sizes.value(page); }
    //! The page rendered at dpi; a null image if the page does not exist. Thread-safe.
    QImage render(int page, double dpi) const;
    //! Where text occurs on a page, in points. Thread-safe.
    QList<QRectF> search(int page, const QString &text) const;
    //! Whether a file is embedded under name (its bytes are not read). Thread-safe.
    bool hasEmbeddedFile(const QString &name) const;
    //! The bytes of the file embedded under name (a PDF attachment), nullopt
    //! when there is none, an error when it is larger than maxBytes. Thread-safe.
    Result<std::optional<QByteArray>> embeddedFile(const QString &name, qint64 maxBytes) const;

private:
    explicit PdfDocument(std::unique_ptr<Poppler::Document> doc);

    mutable QMutex m_mutex;
    std::unique_ptr<Poppler::Document> m_doc;
    QList<QSizeF> m_sizes;
};

} // namespace credit::ui
