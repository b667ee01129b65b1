// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportdata/ReportDataJson.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace credit::ui {

//! The report data typed in by the clerk, section by section, for a bureau
//! whose systems export no file. What the clerk enters becomes a schema
//! version 1 document and passes the very same check as an imported file
//! (parseReportData): problems are listed by field and the dialog stays open.
//! The enterprise's name and code are the order's, shown and not editable.
class ReportDataForm final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDataForm)
public:
    //! today: the day the data is checked against (dates may not lie after it).
    ReportDataForm(report::ReportSubject subject, QDate today, QWidget *parent = nullptr);

    //! The checked data (valid after the dialog was accepted).
    const report::EnterpriseReportData &data() const { return m_data; }
    //! What the form holds, as a report data document.
    QJsonObject document() const;
    //! Checks the form as parseReportData does; accepts the dialog when there is no problem.
    void check();

private:
    struct Column {
        QString key;
        QString label;
        bool number = false;
    };
    QWidget *scalarPage(const QString &section, const QList<Column> &fields);
    QWidget *listPage(const QString &list, const QList<Column> &columns, const QString &hint);

    report::ReportSubject m_subject;
    QDate m_today;
    report::EnterpriseReportData m_data;
    QMap<QString, QLineEdit *> m_scalars; //!< "section.key" → its edit
    QMap<QString, std::pair<QTableWidget *, QList<Column>>> m_lists;
    QTreeWidget *m_problems = nullptr;
};

} // namespace credit::ui
