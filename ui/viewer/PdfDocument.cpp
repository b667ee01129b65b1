// SPDX-License-Identifier: Apache-2.0
#include "viewer/PdfDocument.h"

#include <poppler-qt6.h>
#include <poppler-version.h>

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>

namespace credit::ui {

Result<std::shared_ptr<PdfDocument>> PdfDocument::load(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc) {
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("PdfDocument", "The report is not a readable PDF document."));
    }
    if (doc->isLocked()) {
        return makeError(ErrorKind::Unsupported,
            QCoreApplication::translate("PdfDocument", "The report is protected by a password and cannot be shown."));
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return std::shared_ptr<PdfDocument>(new PdfDocument(std::move(doc)));
}

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> doc) : m_doc(std::move(doc))
{
    for (int i = 0; i < m_doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = m_doc->page(i);
        m_sizes.append(page ? page->pageSizeF() : QSizeF());
    }
}

PdfDocument::~PdfDocument() = default;

QImage PdfDocument::render(int page, double dpi) const
{
    QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

QList<QRectF> PdfDocument::search(int page, const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->search(text, Poppler::Page::IgnoreCase) : QList<QRectF>();
}

QString PdfDocument::popplerVersion()
{
    return Poppler::Version::string();
}

bool PdfDocument::hasEmbeddedFile(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const QList<Poppler::EmbeddedFile *> files = m_doc->embeddedFiles();
    return std::any_of(
        files.cbegin(), files.cend(), [&name](const Poppler::EmbeddedFile *f) { return f->name() == name; });
}

Result<std::optional<QByteArray>> PdfDocument::embeddedFile(const QString &name, qint64 maxBytes) const
{
    QMutexLocker lock(&m_mutex);
    const auto tooLarge = [&name, maxBytes](qint64 size) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("PdfDocument", "The file %1 in the PDF is %2 bytes; at most %3 are read.")
                .arg(name)
                .arg(size)
                .arg(maxBytes));
    };
    for (Poppler::EmbeddedFile *file : m_doc->embeddedFiles()) {
        if (file->name() != name || !file->isValid())
            continue;
        // The size the file states first: a huge attachment is refused before it is inflated.
        if (file->size() > maxBytes)
            return tooLarge(file->size());
        QByteArray data = file->data();
        if (data.size() > maxBytes)
            return tooLarge(data.size());
        return std::optional(std::move(data));
    }
    return std::optional<QByteArray>();
}

} // namespace credit::ui
