// SPDX-License-Identifier: Apache-2.0
#include "regulator/DashboardPage.h"

#include "common/FileChooser.h"
#include "desk/RegulatorDesk.h"
#include "regulator/BankAuthorisationModel.h"
#include "regulator/DashboardCharts.h"
#include "common/PageStatus.h"
#include "regulator/RegulatorSettings.h"
#include "regulator/StatisticsReport.h"
#include "regulator/SupervisionFilterBar.h"
#include "regulator/SupervisionNumbersModel.h"
#include "regulator/SupervisionText.h"

#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace credit::ui {

namespace {

QTableView *tableView(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setMinimumHeight(220);
    return view;
}

//! Writes the report; the error in words, or an empty string.
QString writeReport(const StatisticsReportContent &content, const QString &path)
{
    const Result<QByteArray> pdf = StatisticsReport::toPdf(content);
    if (!pdf)
        return pdf.error().message;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return StatisticsReport::tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

DashboardPage::DashboardPage(desk::RegulatorDesk &desk, RegulatorSettings *store, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_store(store),
      m_anomalySettings(store ? store->anomalySettings() : market::AnomalySettings {}),
      m_numbers(new SupervisionNumbersModel(this)), m_banks(new BankAuthorisationModel(this))
{
    setObjectName(u"dashboardPage"_s);
    buildLayout();
    connect(m_filterBar, &SupervisionFilterBar::filterChanged, this, &DashboardPage::refresh);
    connect(m_charts, &DashboardCharts::figureClicked, this, &DashboardPage::requestOrders);
    connect(&m_desk, &desk::RegulatorDesk::figuresChanged, this, &DashboardPage::refresh);
    connect(&m_desk, &desk::RegulatorDesk::privateFactsChanged, this, &DashboardPage::refresh);
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildLayout()
{
    m_filterBar = new SupervisionFilterBar(m_store, this);
    m_charts = new DashboardCharts(this);
    m_numbersView = tableView(this, u"supervisionNumbers"_s, m_numbers);
    m_banksView = tableView(this, u"bankAuthorisations"_s, m_banks);
    m_banksView->setSortingEnabled(true);
    connect(m_numbersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (auto figure = m_numbers->figure(index.row()))
            requestOrders(*figure, m_numbers->caption(index.row()));
    });
    connect(m_banksView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (auto figure = m_banks->figure(index))
            requestOrders(*figure, m_banks->caption(index));
    });

    m_provenance = new QLabel(this);
    m_provenance->setObjectName(u"dashboardProvenance"_s);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = std::make_unique<PageStatus>(this, u"dashboard"_s);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export report…"), this);
    m_export->setObjectName(u"exportStatisticsReport"_s);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseReportFile);

    auto *status = new QHBoxLayout;
    status->addWidget(m_provenance, 1);
    status->addWidget(m_status->busy());
    status->addWidget(m_refresh);
    status->addWidget(m_export);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_charts);
    auto *tables = new QHBoxLayout;
    auto *numbersColumn = new QVBoxLayout;
    numbersColumn->addWidget(new QLabel(tr("Key figures (double-click a count to list its orders)"), content));
    numbersColumn->addWidget(m_numbersView);
    auto *banksColumn = new QVBoxLayout;
    banksColumn->addWidget(new QLabel(tr("Queries per bank against its authorisations"), content));
    banksColumn->addWidget(m_banksView);
    tables->addLayout(numbersColumn, 1);
    tables->addLayout(banksColumn, 1);
    contentLayout->addLayout(tables);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(status);
    layout->addWidget(m_status->message());
    layout->addWidget(scroll, 1);
}

void DashboardPage::refresh()
{
    const quint64 generation = ++m_generation;
    const market::SupervisionFilter filter = m_filterBar->filter();
    m_pending = true;
    updateBusy();
    m_desk.figures(filter, m_anomalySettings)
        .then(this, [this, generation, filter](const Result<market::SupervisionFigures> &answer) {
            if (generation != m_generation)
                return; // a newer filter was asked for since: its answer is the one to show
            m_pending = false;
            updateBusy();
            if (!answer) {
                m_status->showMessage(tr("The figures could not be computed: %1").arg(answer.error().message), true);
                return;
            }
            m_status->showMessage({});
            showFigures(*answer, filter);
        });
}

void DashboardPage::setAnomalySettings(const market::AnomalySettings &settings)
{
    m_anomalySettings = settings;
    refresh();
}

void DashboardPage::showFigures(const market::SupervisionFigures &figures, const market::SupervisionFilter &filter)
{
    m_figures = figures;
    m_shownFilter = filter;
    m_hasFigures = true;
    m_filterBar->offerChoicesFrom(figures);
    m_charts->setFigures(figures);
    m_numbers->setFigures(figures);
    m_banks->setCounts(figures.perBankAuthorisation);
    m_provenance->setText(SupervisionText::provenance(figures.provenance));
    m_provenance->setToolTip(SupervisionText::provenanceInFull(figures.provenance));
    updateBusy();
}

void DashboardPage::requestOrders(const market::FigureRef &figure, const QString &caption)
{
    Q_EMIT ordersRequested(m_shownFilter, figure, caption);
}

void DashboardPage::updateBusy()
{
    m_status->setBusy(m_pending || m_writing, m_writing ? tr("Writing the report…") : tr("Computing the figures…"));
    m_export->setEnabled(m_hasFigures && !m_writing);
}

void DashboardPage::chooseReportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"supervision-report-%1.pdf"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s));
    chooseFile(this,
        FileChoice { tr("Export the statistics report"), QDir(folder).filePath(name), tr("PDF documents (*.pdf)"),
            QFileDialog::AcceptSave },
        [this](const QString &path) { exportReport(path); });
}

void DashboardPage::exportReport(const QString &path)
{
    if (!m_hasFigures || m_writing)
        return;
    // The charts are drawn here, on the GUI thread (vector pictures, quick); the pages are set on a worker.
    StatisticsReportContent content;
    content.filterDescription = m_filterBar->description();
    content.provenance = m_figures.provenance;
    content.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    for (QChart *chart : m_charts->charts())
        content.charts << StatisticsReport::capture(*chart);
    content.tables << StatisticsReport::tableOf(*m_numbers, tr("Key figures"))
                   << StatisticsReport::monthTable(m_figures.perMonth)
                   << StatisticsReport::tableOf(m_figures.perBureau, tr("Orders per credit bureau"))
                   << StatisticsReport::tableOf(m_figures.perSeries, tr("Orders per product series"))
                   << StatisticsReport::tableOf(m_figures.perBank, tr("Orders per bank"))
                   << StatisticsReport::tableOf(m_figures.perRegion, tr("Orders per enterprise region"))
                   << StatisticsReport::tableOf(*m_banks, tr("Queries per bank against its authorisations"),
                          { BankAuthorisationModel::Bank, BankAuthorisationModel::Queries,
                              BankAuthorisationModel::NeedingLetter, BankAuthorisationModel::WithValidLetter,
                              BankAuthorisationModel::WithoutValidLetter })
                   << StatisticsReport::tableOf(*m_banks, tr("Recorded authorisations per bank"),
                          { BankAuthorisationModel::Bank, BankAuthorisationModel::Authorised,
                              BankAuthorisationModel::Recorded, BankAuthorisationModel::Revoked,
                              BankAuthorisationModel::ValidNow, BankAuthorisationModel::Expired });
    m_writing = true;
    updateBusy();
    m_status->showMessage(tr("Writing the statistics report…"));
    QtConcurrent::run([content, path] {
        return writeReport(content, path);
    }).then(this, [this, path](const QString &error) {
        m_writing = false;
        updateBusy();
        if (error.isEmpty()) {
            m_status->showMessage(tr("The statistics report was saved to %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT reportWritten(path);
        } else {
            m_status->showMessage(error, true);
            Q_EMIT reportFailed(error);
        }
    });
}

} // namespace credit::ui
