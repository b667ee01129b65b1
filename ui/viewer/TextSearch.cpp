// SPDX-License-Identifier: Apache-2.0
#include "viewer/TextSearch.h"

#include "viewer/PdfDocument.h"

#include <QtConcurrent>

namespace credit::ui {

TextSearch::TextSearch(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<Match>>::finished, this, &TextSearch::onSearched);
}

void TextSearch::setDocument(std::shared_ptr<PdfDocument> doc)
{
    m_doc = std::move(doc);
    m_text.clear();
    m_pendingText.clear();
    m_runningText.clear();
    m_matches.clear();
    m_current = -1;
}

void TextSearch::find(const QString &text, bool backwards, int fromPage)
{
    if (!m_doc || text.isEmpty())
        return;
    if (text == m_text && !m_watcher.isRunning()) {
        step(backwards, fromPage);
        return;
    }
    m_pendingText = text;
    m_pendingBackwards = backwards;
    m_pendingFrom = fromPage;
    if (!m_watcher.isRunning())
        start(text);
    // else onSearched starts the newest text when the running search ends
}

void TextSearch::start(const QString &text)
{
    m_runningText = text;
    const std::shared_ptr<PdfDocument> doc = m_doc;
    m_watcher.setFuture(QtConcurrent::run([doc, text] {
        QList<Match> matches;
        for (int page = 0; page < doc->pageCount(); ++page) {
            for (const QRectF &r : doc->search(page, text))
                matches.append({ page, r });
        }
        return matches;
    }));
}

void TextSearch::onSearched()
{
    if (m_pendingText.isEmpty())
        return; // the document changed while it ran
    if (m_pendingText != m_runningText) {
        start(m_pendingText); // the user typed on while this search ran
        return;
    }
    m_text = m_runningText;
    m_matches = m_watcher.result();
    m_current = -1;
    step(m_pendingBackwards, m_pendingFrom);
}

void TextSearch::step(bool backwards, int fromPage)
{
    if (m_matches.isEmpty()) {
        Q_EMIT notFound(m_text);
        return;
    }
    const auto count = static_cast<int>(m_matches.size());
    if (m_current < 0) {
        // First match at or after the page on screen (or before it, backwards), wrapping.
        m_current = backwards ? count - 1 : 0;
        for (int i = 0; i < count; ++i) {
            const int j = backwards ? count - 1 - i : i;
            if (backwards ? m_matches[j].page <= fromPage : m_matches[j].page >= fromPage) {
                m_current = j;
                break;
            }
        }
    } else {
        m_current = (m_current + (backwards ? count - 1 : 1)) % count;
    }
    Q_EMIT found(m_matches[m_current], m_current, count);
}

} // namespace credit::ui
