// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QPushButton;

namespace credit::ui {

//! What an empty list says, over the list itself: why it is empty — nothing
//! there yet, or the search and filters hide everything — and in the second
//! case a button that clears them. Follows the view's model on its own; a page
//! calls refresh() when a filter changes without changing the rows (the text
//! names the search).
class EmptyListNotice final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyListNotice)
public:
    //! view (its model set) outlives the notice, a child of its viewport.
    //! nothingYet: the text when the list has no items at all (the model behind the view's proxy is empty).
    EmptyListNotice(QAbstractItemView *view, QString nothingYet);

    //! filteredText says what hides the items when the filters leave none; clear clears every filter.
    void setFilters(std::function<QString()> filteredText, std::function<void()> clear);
    //! A page with a search field and other filters: searchMiss (with %1 for the search) when a search is
    //! typed, filtersMiss when only the other filters hide everything; the button clears the field too.
    void setFilters(QLineEdit *search, const QString &searchMiss, const QString &filtersMiss,
        std::function<void()> clearOtherFilters);
    //! Shows or hides the notice and sets its text for the rows shown now.
    void refresh();

    QString text() const;
    QPushButton *clearButton() const { return m_clear; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_nothingYet;
    std::function<QString()> m_filteredText;
    std::function<void()> m_clearFilters;
    QLabel *m_text;
    QPushButton *m_clear;
};

} // namespace credit::ui
