// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "reportdata/ReportDataJson.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;

namespace credit::ui {

class PdfDocument;
class ReportSectionModel;

//! An earlier report the bank may compare with (another delivered order on the same enterprise).
struct EarlierReport {
    quint64 orderId = 0;
    QString label; //!< e.g. "Order 42 · 企业信用报告 · 2025-06-30"
};

//! The structured data a report PDF carries (REPORT_DATA.md), beside the PDF:
//! one table per section, export as JSON (the bytes delivered) or CSV, and
//! the changes since an earlier report of the same enterprise. Parsing,
//! reading an earlier PDF and writing files run off the GUI thread.
class StructuredDataView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructuredDataView)
public:
    explicit StructuredDataView(QWidget *parent = nullptr);
    ~StructuredDataView() override;

    //! Reads the data the report PDF carries and validates it (as delivered),
    //! off the GUI thread; loaded() when done. today bounds dates that cannot
    //! lie in the future.
    void setReport(std::shared_ptr<PdfDocument> pdf, const QDate &today);
    bool isLoaded() const { return m_loaded; }
    //! The problems of data that does not match the schema (nothing is shown then).
    const QList<report::FieldError> &errors() const { return m_errors; }
    const report::EnterpriseReportData &data() const { return m_data; }

    int sectionCount() const;
    ReportSectionModel *sectionModel(int section) const;
    ReportSectionModel *changesModel() const { return m_changesModel; }

    //! Writes the delivered JSON, exactly as it travelled, to path: exported().
    void exportJsonTo(const QString &path);
    //! Writes every section to one CSV file (UTF-8 with BOM): exported().
    void exportCsvTo(const QString &path);

    //! The reports "Compare with earlier report…" offers (newest first).
    void setEarlierReports(const QList<EarlierReport> &reports);
    //! Compares with an earlier report's PDF (its embedded data): compared().
    void compareWithPdf(const QByteArray &pdf, const QString &label);
    //! The earlier report wanted could not be opened.
    void compareFailed(const QString &message);

Q_SIGNALS:
    void loaded(bool ok);
    //! An export ended: the path written, or (path empty) the error.
    void exported(const QString &path, const QString &error);
    //! The user chose an earlier report: fetch its PDF and call compareWithPdf.
    void earlierReportWanted(quint64 orderId);
    //! A comparison ended: the number of changes, or (changes -1) the error.
    void compared(int changes, const QString &error);

private:
    void showData();
    void setUnreadable(const QString &message);
    void showSection(int section);
    //! Asks where to save, then exports (CSV or the delivered JSON).
    void askExport(bool csv);
    void askCompare();
    void setStatus(const QString &text, bool error = false);
    //! Runs write on a worker, then says how it went (status and exported()).
    void runExport(const QString &path, std::function<Result<void>()> write);

    bool m_loaded = false;
    QByteArray m_json;
    QDate m_today;
    report::EnterpriseReportData m_data;
    QList<report::FieldError> m_errors;
    QList<ReportSectionModel *> m_sectionModels;
    QList<EarlierReport> m_earlier;
    QLabel *m_heading;
    QLabel *m_status;
    QStringListModel *m_sectionTitles;
    QListView *m_sections;
    QTableView *m_table;
    ReportSectionModel *m_errorsModel;
    QPushButton *m_exportJson;
    QPushButton *m_exportCsv;
    QPushButton *m_compare;
    QLabel *m_changesHeading;
    ReportSectionModel *m_changesModel;
    QTableView *m_changes;
};

} // namespace credit::ui
