// SPDX-License-Identifier: Apache-2.0
#include "viewer/StructuredDataView.h"

#include "bureau/ReportDataErrorText.h"
#include "common/FileChooser.h"
#include "common/ListExport.h"
#include "reportdata/ReportDataAttachment.h"
#include "viewer/PdfDocument.h"
#include "viewer/ReportDataSections.h"
#include "viewer/ReportSectionModel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

report::ReportDataCheck readDelivered(const QByteArray &json, const QDate &today)
{
    report::ReportSubject delivered;
    delivered.asDelivered = true;
    return report::parseReportData(json, delivered, today);
}

//! The report data a PDF carries, read through Poppler (size-capped).
Result<QByteArray> embeddedJson(const PdfDocument &pdf)
{
    auto json = pdf.embeddedFile(QString::fromLatin1(report::kReportDataFileName), report::kMaxReportDataBytes);
    if (!json)
        return json.error();
    if (!json->has_value())
        return makeError(ErrorKind::NotFound, QString()); // worded by the view: it carries none
    return **json;
}

//! An earlier report's data, read from its PDF.
Result<report::ReportDataCheck> readEarlier(const QByteArray &pdf, const QDate &today)
{
    auto doc = PdfDocument::load(pdf);
    if (!doc)
        return doc.error();
    auto json = embeddedJson(**doc);
    if (!json)
        return json.error();
    return readDelivered(*json, today);
}

QTableView *sectionTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

StructuredDataView::StructuredDataView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_sectionTitles(new QStringListModel(this)), m_sections(new QListView(this)),
      m_table(sectionTable(this, QStringLiteral("structuredSectionTable"))),
      m_errorsModel(new ReportSectionModel(this)), m_exportJson(new QPushButton(tr("Export JSON…"), this)),
      m_exportCsv(new QPushButton(tr("Export CSV…"), this)),
      m_compare(new QPushButton(tr("Compare with earlier report…"), this)), m_changesHeading(new QLabel(this)),
      m_changesModel(new ReportSectionModel(this)), m_changes(sectionTable(this, QStringLiteral("structuredChanges")))
{
    setObjectName(QStringLiteral("structuredDataView"));
    m_heading->setObjectName(QStringLiteral("structuredHeading"));
    m_heading->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("structuredStatus"));
    m_status->setWordWrap(true);
    m_sections->setObjectName(QStringLiteral("structuredSections"));
    m_sections->setModel(m_sectionTitles);
    m_sections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sections->setMaximumWidth(260);
    m_exportJson->setObjectName(QStringLiteral("exportStructuredJson"));
    m_exportCsv->setObjectName(QStringLiteral("exportStructuredCsv"));
    m_compare->setObjectName(QStringLiteral("compareStructured"));
    m_changesHeading->setObjectName(QStringLiteral("structuredChangesHeading"));
    m_changesHeading->setWordWrap(true);
    m_changes->setModel(m_changesModel);
    m_changes->setWordWrap(true);
    m_changesHeading->hide();
    m_changes->hide();
    for (QPushButton *b : { m_exportJson, m_exportCsv, m_compare }) {
        b->setAutoDefault(false);
        b->setEnabled(false);
    }
    connect(m_exportJson, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_compare, &QPushButton::clicked, this, &StructuredDataView::askCompare);
    connect(m_sections->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showSection(current.row()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sections);
    split->addWidget(m_table);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(split, 2);
    layout->addWidget(m_changesHeading);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    setStatus(tr("Reading the report's structured data…"));
}

StructuredDataView::~StructuredDataView() = default;

void StructuredDataView::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void StructuredDataView::setReport(std::shared_ptr<PdfDocument> pdf, const QDate &today)
{
    m_today = today;
    struct Read {
        Result<QByteArray> json;
        report::ReportDataCheck check;
    };
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Read read = watcher->result();
        if (!read.json)
            return setUnreadable(read.json.error().kind == ErrorKind::NotFound
                    ? tr("That report carries no structured data: it was delivered as PDF only.")
                    : read.json.error().message);
        m_json = *read.json;
        m_errors = read.check.errors;
        m_data = read.check.data;
        showData();
    });
    watcher->setFuture(QtConcurrent::run([pdf = std::move(pdf), today]() -> Read {
        auto json = embeddedJson(*pdf);
        if (!json)
            return { json.error(), {} };
        return { *json, readDelivered(*json, today) };
    }));
}

void StructuredDataView::setUnreadable(const QString &message)
{
    m_loaded = false;
    setStatus(tr("The report's structured data cannot be read: %1").arg(message), true);
    Q_EMIT loaded(false);
}

void StructuredDataView::showData()
{
    qDeleteAll(m_sectionModels);
    m_sectionModels.clear();
    if (!m_errors.isEmpty()) {
        // Shown by field, not as tables: data that does not match the schema is not presented as findings.
        ReportSection problems { tr("Problems"), { tr("Field"), tr("Problem") }, {}, 1 };
        for (const report::FieldError &e : std::as_const(m_errors))
            problems.rows << QStringList { ReportDataErrorText::field(e), ReportDataErrorText::problem(e) };
        m_errorsModel->setSection(problems);
        m_table->setModel(m_errorsModel);
        m_sectionTitles->setStringList({});
        m_loaded = false;
        m_exportJson->setEnabled(!m_json.isEmpty()); // the bytes as delivered can still be kept
        setStatus(tr("The report's structured data does not match the schema (%n problem(s)); it is not shown as "
                     "tables. The PDF is unaffected.",
                      nullptr, static_cast<int>(m_errors.size())),
            true);
        Q_EMIT loaded(false);
        return;
    }
    const QList<ReportSection> sections = ReportDataSections::of(m_data);
    QStringList titles;
    for (const ReportSection &s : sections) {
        auto *model = new ReportSectionModel(this);
        model->setSection(s);
        m_sectionModels << model;
        titles << tr("%1 (%n)", nullptr, static_cast<int>(s.rows.size())).arg(s.title);
    }
    m_sectionTitles->setStringList(titles);
    m_sections->setCurrentIndex(m_sectionTitles->index(0));
    showSection(0);
    m_heading->setText(m_data.isDemoSample
            ? tr("%1 · %2 — schema version %3. 演示数据 / DEMO DATA: invented sample data.")
                  .arg(m_data.basic.name, m_data.basic.creditCode)
                  .arg(report::reportDataVersion(m_data))
            : tr("%1 · %2 — schema version %3.")
                  .arg(m_data.basic.name, m_data.basic.creditCode)
                  .arg(report::reportDataVersion(m_data)));
    m_heading->setStyleSheet(m_data.isDemoSample ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_loaded = true;
    m_exportJson->setEnabled(true);
    m_exportCsv->setEnabled(true);
    m_compare->setEnabled(!m_earlier.isEmpty());
    setStatus(tr("The structured data delivered inside the report PDF."));
    Q_EMIT loaded(true);
}

void StructuredDataView::showSection(int section)
{
    if (section < 0 || section >= m_sectionModels.size())
        return;
    m_table->setModel(m_sectionModels.at(section));
    m_table->resizeColumnsToContents();
}

int StructuredDataView::sectionCount() const
{
    return static_cast<int>(m_sectionModels.size());
}

ReportSectionModel *StructuredDataView::sectionModel(int section) const
{
    return m_sectionModels.value(section);
}

void StructuredDataView::askExport(bool csv)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("report-data-%1.%2").arg(m_data.meta.orderId).arg(csv ? u"csv"_s : u"json"_s));
    const FileChoice choice = csv ? FileChoice { tr("Export structured data as CSV"), suggested,
        tr("CSV files (*.csv)"), QFileDialog::AcceptSave }
                                  : FileChoice { tr("Export structured data as JSON"), suggested,
                                        tr("JSON files (*.json)"), QFileDialog::AcceptSave };
    chooseFile(this, choice, [this, csv](const QString &path) { csv ? exportCsvTo(path) : exportJsonTo(path); });
}

void StructuredDataView::runExport(const QString &path, std::function<Result<void>()> write)
{
    setStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<void> done = watcher->result();
        setStatus(done ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                       : tr("Export failed: %1. Choose another folder and try again.").arg(done.error().message),
            !done);
        Q_EMIT exported(done ? path : QString(), done ? QString() : done.error().message);
    });
    watcher->setFuture(QtConcurrent::run(std::move(write)));
}

void StructuredDataView::exportJsonTo(const QString &path)
{
    runExport(path, [json = m_json, path]() -> Result<void> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return makeError(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return {};
    });
}

void StructuredDataView::exportCsvTo(const QString &path)
{
    const ListSnapshot list = ReportDataSections::asList(
        ReportDataSections::of(m_data), tr("Structured data of report %1").arg(m_data.meta.reportNumber));
    runExport(path, [list, path]() -> Result<void> {
        auto written = writeListCsv(list, path);
        if (!written)
            return written.error();
        return {};
    });
}

void StructuredDataView::setEarlierReports(const QList<EarlierReport> &reports)
{
    m_earlier = reports;
    m_compare->setEnabled(m_loaded && !m_earlier.isEmpty());
    m_compare->setToolTip(m_earlier.isEmpty()
            ? tr("No other report on this enterprise has been delivered to your bank (in the orders read so far).")
            : tr("Shows what changed since an earlier report on the same enterprise."));
}

void StructuredDataView::askCompare()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("earlierReportsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const EarlierReport &r : std::as_const(m_earlier)) {
        connect(menu->addAction(r.label), &QAction::triggered, this, [this, id = r.orderId] {
            setStatus(tr("Fetching and decrypting the report of order %1…").arg(id));
            m_compare->setEnabled(false);
            Q_EMIT earlierReportWanted(id);
        });
    }
    menu->popup(m_compare->mapToGlobal(QPoint(0, m_compare->height())));
}

void StructuredDataView::compareFailed(const QString &message)
{
    m_compare->setEnabled(m_loaded && !m_earlier.isEmpty());
    setStatus(tr("The earlier report cannot be compared: %1").arg(message), true);
    Q_EMIT compared(-1, message);
}

void StructuredDataView::compareWithPdf(const QByteArray &pdf, const QString &label)
{
    setStatus(tr("Comparing with %1…").arg(label));
    auto *watcher = new QFutureWatcher<Result<report::ReportDataCheck>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, label] {
        watcher->deleteLater();
        const Result<report::ReportDataCheck> earlier = watcher->result();
        if (!earlier && earlier.error().kind == ErrorKind::NotFound)
            return compareFailed(tr("That report carries no structured data: it was delivered as PDF only."));
        if (!earlier)
            return compareFailed(earlier.error().message);
        if (!earlier->ok())
            return compareFailed(tr("its structured data does not match the schema (%1).")
                                     .arg(ReportDataErrorText::line(earlier->errors.first())));
        const QList<ReportChange> changes
            = ReportDataSections::compare(ReportDataSections::of(earlier->data), ReportDataSections::of(m_data));
        m_changesModel->setSection(ReportDataSections::changesTable(changes));
        m_changes->resizeColumnsToContents();
        m_changesHeading->setText(changes.isEmpty()
                ? tr("No changes since %1.").arg(label)
                : tr("%n change(s) since %1:", nullptr, static_cast<int>(changes.size())).arg(label));
        m_changesHeading->show();
        m_changes->setVisible(!changes.isEmpty());
        m_compare->setEnabled(true);
        setStatus(tr("Compared with %1.").arg(label));
        Q_EMIT compared(static_cast<int>(changes.size()), QString());
    });
    watcher->setFuture(QtConcurrent::run([pdf, today = m_today] { return readEarlier(pdf, today); }));
}

} // namespace credit::ui
