// SPDX-License-Identifier: Apache-2.0
#include "regulator/AnomaliesPage.h"

#include "desk/RegulatorDesk.h"
#include "regulator/AnomaliesModel.h"
#include "regulator/AnomalySettingsDialog.h"
#include "common/PageStatus.h"
#include "regulator/RegulatorSettings.h"
#include "regulator/SupervisionText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace credit::ui {

AnomaliesPage::AnomaliesPage(desk::RegulatorDesk &desk, RegulatorSettings *store, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_store(store),
      m_settings(store ? store->anomalySettings() : market::AnomalySettings {}), m_filter(),
      m_model(new AnomaliesModel(this)), m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(u"anomaliesPage"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AnomaliesModel::kSortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(u"anomaliesTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(AnomaliesModel::Detail, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // What each finding says depends on the chain (an authorisation id, a mediator's resolution):
    // a long one wraps in its row instead of being cut at the stretched column's edge.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_sorted->mapToSource(index).row();
        if (row >= 0)
            Q_EMIT orderIdsRequested(m_model->hit(row).orderIds, m_model->caption(row));
    });

    m_filterText = new QLabel(this);
    m_filterText->setObjectName(u"anomaliesFilter"_s);
    m_filterText->setWordWrap(true);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"anomalyTotals"_s);
    m_totals->setWordWrap(true);
    m_provenance = new QLabel(this);
    m_provenance->setObjectName(u"anomaliesProvenance"_s);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = std::make_unique<PageStatus>(this, u"anomalies"_s);
    auto *refreshButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refreshButton->setObjectName(u"anomaliesRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &AnomaliesPage::refresh);
    auto *rules
        = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Rules and thresholds…"), this);
    rules->setObjectName(u"anomalyRulesButton"_s);
    connect(rules, &QPushButton::clicked, this, &AnomaliesPage::editSettings);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterText, 1);
    bar->addWidget(m_status->busy());
    bar->addWidget(refreshButton);
    bar->addWidget(rules);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_totals);
    layout->addWidget(m_status->message());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_provenance);
    layout->addWidget(new QLabel(tr("Double-click a hit to list its orders."), this));

    connect(&m_desk, &desk::RegulatorDesk::figuresChanged, this, &AnomaliesPage::refresh);
    connect(&m_desk, &desk::RegulatorDesk::privateFactsChanged, this, &AnomaliesPage::refresh);
    m_filterText->setText(tr("Filter: %1").arg(tr("every order on the chain")));
    refresh();
}

AnomaliesPage::~AnomaliesPage() = default;

void AnomaliesPage::setFilter(const market::SupervisionFilter &filter, const QString &description)
{
    m_filter = filter;
    m_filterText->setText(tr("Filter: %1").arg(description));
    refresh();
}

void AnomaliesPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    m_status->setBusy(true, tr("Applying the rules…"));
    m_desk.anomalies(m_filter, m_settings, kHitsPerRule)
        .then(this, [this, generation](const Result<market::AnomalyList> &answer) {
            if (generation != m_generation)
                return; // a newer question is pending: its answer is the one to show
            m_pending = false;
            m_status->setBusy(false, {});
            if (!answer) {
                m_status->showMessage(tr("The rules could not be applied: %1").arg(answer.error().message), true);
                return;
            }
            m_status->showMessage({});
            showList(*answer);
        });
}

void AnomaliesPage::showList(const market::AnomalyList &list)
{
    m_model->setList(list);
    QStringList totals;
    for (int r = 0; r < market::kAnomalyRuleCount; ++r) {
        const auto rule = static_cast<market::AnomalyRule>(r);
        totals << tr("%1: %2").arg(SupervisionText::ruleName(rule), QLocale().toString(m_model->totalOf(rule)));
    }
    m_totals->setText(totals.join(u"   ·   "_s));
    m_provenance->setText(SupervisionText::provenance(list.provenance));
    m_provenance->setToolTip(SupervisionText::provenanceInFull(list.provenance));
}

void AnomaliesPage::setSettings(const market::AnomalySettings &settings)
{
    m_settings = settings;
    if (m_store)
        m_store->setAnomalySettings(settings);
    Q_EMIT settingsChanged(settings);
    refresh();
}

void AnomaliesPage::editSettings()
{
    auto *dialog = new AnomalySettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setSettings(dialog->settings()); });
    dialog->open();
}

} // namespace credit::ui
