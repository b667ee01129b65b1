// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace credit::ui {

//! "Export CSV…" and "Print…" for one list on a page: the buttons, the file question
//! (default: the list's name and today's date, in Documents), the printer dialog, and
//! the outcome in a message the user closes. Both take the list as it is shown.
//! Beside them, the result count: "12 of 92 shown" while a search or filter hides
//! rows, "92 in all" when none does.
class ListActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListActions)
public:
    //! view and page outlive this (it is a child of page); title names the list.
    ListActions(QTableView *view, QString title, QWidget *page);

    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    //! The result count, made on the first call (a child of the page, for its layout).
    QLabel *countLabel();

private:
    void exportCsv();
    void print();
    void tell(const QString &text, bool failed);
    void updateCount();

    QTableView *m_view;
    QString m_title;
    QWidget *m_page;
    QPushButton *m_export;
    QPushButton *m_print;
    QLabel *m_count = nullptr;
};

} // namespace credit::ui
