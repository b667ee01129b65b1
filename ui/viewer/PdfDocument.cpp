// SPDX-License-Identifier: Apache-2.0
#include "viewer/PdfDocument.h"

#include <poppler-qt6.h>
#include <poppler-version.h>

#include <QCoreApplication>
#include <QMutexLocker>

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

} // namespace credit::ui
