// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QRectF>

#include <memory>

namespace credit::ui {

class PdfDocument;

//! Finds text in a document on a worker, then steps through the matches in
//! reading order. A new text searches every page once; next/previous on the
//! same text only move through the list.
class TextSearch final : public QObject {
    Q_OBJECT

public:
    //! One occurrence: its page and where on it, in points.
    struct Match {
        int page = 0;
        QRectF rect;
    };

    explicit TextSearch(QObject *parent = nullptr);

    //! Replaces the document and forgets the matches.
    void setDocument(std::shared_ptr<PdfDocument> doc);
    //! The next (or previous) match of text after the current one; the first
    //! match at or after fromPage when the text is new.
    void find(const QString &text, bool backwards, int fromPage);

Q_SIGNALS:
    //! Match index (0-based) of count is m.
    void found(const credit::ui::TextSearch::Match &m, int index, int count);
    //! The text occurs nowhere in the document.
    void notFound(const QString &text);

private:
    void start(const QString &text);
    void onSearched();
    void step(bool backwards, int fromPage);

    std::shared_ptr<PdfDocument> m_doc;
    QFutureWatcher<QList<Match>> m_watcher;
    QString m_text; //!< the text m_matches are for
    QString m_runningText; //!< the text the running (or last) search is for
    QString m_pendingText; //!< the newest text asked for
    bool m_pendingBackwards = false;
    int m_pendingFrom = 0;
    QList<Match> m_matches;
    int m_current = -1;
};

} // namespace credit::ui
