// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace credit::ui {

//! The find bar under the page: text, previous/next, and what was found.
class SearchBar final : public QWidget {
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    //! Shows the bar and puts the cursor in the text field, all text selected.
    void activate();
    //! "Match 2 of 5", or "Not found" in an alert style.
    void setStatus(const QString &text, bool notFound);
    //! The text typed.
    QString text() const;

Q_SIGNALS:
    //! The user asked for the next (or previous) occurrence of text.
    void findRequested(const QString &text, bool backwards);
    //! The bar was closed.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request(bool backwards);

    QLineEdit *m_edit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace credit::ui
