// SPDX-License-Identifier: Apache-2.0
#include "viewer/ThumbnailModel.h"

#include "viewer/PdfDocument.h"

#include <QPainter>
#include <QtConcurrent>

namespace credit::ui {

ThumbnailModel::ThumbnailModel(QObject *parent) : QAbstractListModel(parent)
{
    // A blank A4-shaped card until the real thumbnail arrives.
    QImage blank(kWidth, kWidth * 297 / 210, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QPainter painter(&blank);
    painter.setPen(Qt::lightGray);
    painter.drawRect(blank.rect().adjusted(0, 0, -1, -1));
    painter.end();
    m_placeholder = QPixmap::fromImage(blank);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ThumbnailModel::onFinished);
}

void ThumbnailModel::setDocument(std::shared_ptr<PdfDocument> doc)
{
    beginResetModel();
    m_doc = std::move(doc);
    m_images.clear();
    m_queue.clear();
    ++m_generation;
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_doc ? 0 : m_doc->pageCount();
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return tr("Page %1").arg(row + 1);
    case Qt::ToolTipRole:
        return tr("Page %1 of %2").arg(row + 1).arg(rowCount());
    case Qt::DecorationRole: {
        const auto it = m_images.constFind(row);
        if (it != m_images.cend())
            return *it;
        request(row);
        return m_placeholder;
    }
    default:
        return {};
    }
}

void ThumbnailModel::request(int row) const
{
    if (row == m_rendering || m_queue.contains(row))
        return;
    m_queue.append(row);
    if (m_rendering < 0)
        startNext();
}

void ThumbnailModel::startNext() const
{
    if (m_queue.isEmpty() || !m_doc)
        return;
    m_rendering = m_queue.takeFirst();
    m_renderingGeneration = m_generation;
    const std::shared_ptr<PdfDocument> doc = m_doc;
    const int page = m_rendering;
    const double widthPoints = doc->pageSize(page).width();
    const double dpi = widthPoints > 0 ? kWidth * 72.0 / widthPoints : 72.0;
    m_watcher.setFuture(QtConcurrent::run([doc, page, dpi] { return doc->render(page, dpi); }));
}

void ThumbnailModel::onFinished()
{
    const int row = m_rendering;
    m_rendering = -1;
    const QImage image = m_watcher.result();
    if (m_renderingGeneration == m_generation && !image.isNull() && row < rowCount()) {
        m_images.insert(row, QPixmap::fromImage(image));
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, { Qt::DecorationRole });
    }
    startNext();
}

} // namespace credit::ui
