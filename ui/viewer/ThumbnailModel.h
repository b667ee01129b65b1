// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>

#include <memory>

namespace credit::ui {

class PdfDocument;

//! One row per page: "Page n" and a thumbnail. A thumbnail is rendered, one at
//! a time on a worker, only when a view first asks for it (the visible rows),
//! then dataChanged tells the view it is there.
class ThumbnailModel final : public QAbstractListModel {
    Q_OBJECT

public:
    explicit ThumbnailModel(QObject *parent = nullptr);

    //! Width of a thumbnail in device-independent pixels.
    static constexpr int kWidth = 110;

    //! Replaces the document (nullptr: no rows).
    void setDocument(std::shared_ptr<PdfDocument> doc);
    //! How many thumbnails have been rendered so far.
    int renderedCount() const { return static_cast<int>(m_images.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void request(int row) const;
    void startNext() const;
    void onFinished();

    std::shared_ptr<PdfDocument> m_doc;
    QPixmap m_placeholder;
    QHash<int, QPixmap> m_images;
    // Lazy rendering is started from data(), which is const.
    mutable QList<int> m_queue;
    mutable int m_rendering = -1;
    mutable quint64 m_renderingGeneration = 0;
    quint64 m_generation = 0; //!< bumped by setDocument, so a late thumbnail of the old document is dropped
    mutable QFutureWatcher<QImage> m_watcher;
};

} // namespace credit::ui
