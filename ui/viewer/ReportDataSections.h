// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/ListExport.h"
#include "reportdata/EnterpriseReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace credit::ui {

//! One section of a report's structured data as the bank reads it: a table
//! of display texts. The tables, the CSV export and the comparison of two
//! reports all read these, so what is compared is what is shown.
struct ReportSection {
    QString title; //!< e.g. "三、司法信息 — Court cases"
    QStringList headers;
    QList<QStringList> rows;
    //! The first keyColumns columns name a record: the comparison matches
    //! records of two reports by them (a case by its number, a field by its name).
    int keyColumns = 1;
};

//! One difference between an earlier and a later report.
struct ReportChange {
    enum class Kind { Added, Removed, Changed };
    QString section;
    Kind kind = Kind::Changed;
    QString record; //!< the record's key columns, joined
    QString detail; //!< for Changed: "column: before → after", one per changed column
};

class ReportDataSections final {
    Q_DECLARE_TR_FUNCTIONS(ReportDataSections)
public:
    //! The report's sections in the order the PDF prints them.
    static QList<ReportSection> of(const report::EnterpriseReportData &data);
    //! Every cell as one CSV row (section, record, field, value): one file,
    //! every section, whatever its columns.
    static ListSnapshot asList(const QList<ReportSection> &sections, const QString &title);
    //! What changed from earlier to later, section by section.
    static QList<ReportChange> compare(const QList<ReportSection> &earlier, const QList<ReportSection> &later);
    //! The changes as a table (section, change, record, details) for a view.
    static ReportSection changesTable(const QList<ReportChange> &changes);
};

} // namespace credit::ui
