// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAbstractItemModel;
class QComboBox;
class QTableView;

namespace credit::ui {

//! Puts back, in a new main window, the filter choices and selected rows that
//! only exist once the pages have their data (the light node fills them after
//! unlock): tries on every change of the lists and ends itself once all are
//! back. What the user picks or clicks first wins over what it waits for.
class PlaceRestorer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceRestorer)
public:
    //! Child of window: it goes with the window.
    explicit PlaceRestorer(QObject &window);

    //! Chooses text in combo as soon as it offers it.
    void waitForChoice(QComboBox &combo, const QString &text);
    //! Makes the row with these texts current in table as soon as it shows it.
    void waitForRow(QTableView &table, const QStringList &cells);
    //! Tries at once, then on every change; deletes itself when nothing waits.
    void start();

    //! The row of model whose texts are cells: the one equal in every column, else
    //! the only one with the same first column (a row's age or state may have moved on); -1 if none.
    static int findRow(const QAbstractItemModel &model, const QStringList &cells);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void attempt();

    struct Choice {
        QPointer<QComboBox> combo;
        QString text;
    };
    struct Row {
        QPointer<QTableView> table;
        QStringList cells;
    };
    QList<Choice> m_choices;
    QList<Row> m_rows;
    bool m_scheduled = false;
};

} // namespace credit::ui
