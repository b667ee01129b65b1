// SPDX-License-Identifier: Apache-2.0
#include "session/RoleWorkspace.h"

#include "session/DeskAttention.h"

#include "bank/AuthorisationsPage.h"
#include "bank/MyOrdersPage.h"
#include "bank/PlaceOrderDialog.h"
#include "bureau/MyProductsPage.h"
#include "bureau/OrderInboxModel.h"
#include "bureau/OrderInboxPage.h"
#include "catalogue/ProductCataloguePage.h"
#include "common/TableStateKeeper.h"
#include "main/MainWindow.h"
#include "desk/ChainAuthorisationDesk.h"
#include "desk/ChainBankDesk.h"
#include "desk/ChainBureauDesk.h"
#include "desk/ChainEvidenceDesk.h"
#include "desk/ChainMediatorDesk.h"
#include "desk/ChainOperatorDesk.h"
#include "desk/ChainRegulatorDesk.h"
#include "orders/OrderDetailsPanel.h"
#include "orders/OrdersModel.h"
#include "packs/EvidenceActions.h"
#include "mediator/DisputesPage.h"
#include "mediator/TracePage.h"
#include "operator/InstitutionsPage.h"
#include "operator/NetworkHealthPage.h"
#include "operator/SealersPage.h"
#include "operator/UsersPage.h"
#include "regulator/AnomaliesPage.h"
#include "regulator/DashboardPage.h"
#include "regulator/OrderBrowserPage.h"
#include "regulator/RegulatorSettings.h"
#include "regulator/SupervisionFilterBar.h"
#include "desk/DeskSession.h"

#include <QSettings>
#include <QTableView>

namespace credit::ui {

RoleWorkspace::RoleWorkspace(MainWindow &window, desk::DeskSession &context, QObject *parent)
    : QObject(parent), m_window(window), m_context(context)
{
    switch (window.role()) {
    case Role::Bank: {
        m_bank = new desk::ChainBankDesk(context, this);
        auto *authorisations = new desk::ChainAuthorisationDesk(context, this);
        auto *catalogue = new ProductCataloguePage;
        connect(catalogue, &ProductCataloguePage::orderRequested, this,
            [this, catalogue, authorisations](quint64 productId) {
                auto *dialog = new PlaceOrderDialog(
                    *m_bank, catalogue->products(), productId, &m_window, m_context.clock(), authorisations);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &PlaceOrderDialog::orderSent, this, [this] { m_window.showPage(PageId::MyOrders); });
                dialog->open();
            });
        window.setPage(PageId::ProductCatalogue, catalogue);
        auto *orders = new MyOrdersPage(context.reader(), *m_bank);
        orders->setAuthorisationDesk(authorisations);
        window.setPage(PageId::MyOrders, orders);
        new DeskAttention(window, PageId::MyOrders, orders->model(), DeskAttention::Waiting::DeliveredReports, this);
        window.setPage(
            PageId::Authorisations, new AuthorisationsPage(context.reader(), *authorisations, context.clock()));
        break;
    }
    case Role::Bureau:
        // These refresh themselves on blocksCommitted.
        m_bureau = new desk::ChainBureauDesk(context, this);
        window.setPage(PageId::MyProducts, new MyProductsPage(context.reader(), *m_bureau));
        {
            auto *inbox = new OrderInboxPage(context.reader(), *m_bureau, context.profile());
            window.setPage(PageId::OrderInbox, inbox);
            new DeskAttention(window, PageId::OrderInbox, inbox->model(), DeskAttention::Waiting::NewOrders, this);
            break;
        }
    case Role::Mediator: {
        m_mediator = new desk::ChainMediatorDesk(context, this);
        auto *disputes = new DisputesPage(context.reader(), *m_mediator, context.clock());
        auto *trace = new TracePage(context.reader(), *m_mediator, context.clock());
        window.setPage(PageId::Disputes, disputes);
        window.setPage(PageId::Trace, trace);
        connect(trace, &TracePage::verifyEvidenceRequested, &window, &MainWindow::verifyEvidenceRequested);
        break;
    }
    case Role::Regulator: {
        m_regulator = new desk::ChainRegulatorDesk(context, this);
        m_regulatorSettings = std::make_unique<RegulatorSettings>(std::make_unique<QSettings>());
        auto *dashboard = new DashboardPage(*m_regulator, m_regulatorSettings.get());
        auto *anomalies = new AnomaliesPage(*m_regulator, m_regulatorSettings.get());
        window.setPage(PageId::Dashboard, dashboard);
        window.setPage(PageId::Anomalies, anomalies);
        // One filter for both: the anomalies follow the dashboard's; the rules' settings feed the figures too.
        SupervisionFilterBar *filterBar = dashboard->filterBar();
        anomalies->setFilter(filterBar->filter(), filterBar->description());
        connect(filterBar, &SupervisionFilterBar::filterChanged, anomalies,
            [anomalies, filterBar](
                const market::SupervisionFilter &filter) { anomalies->setFilter(filter, filterBar->description()); });
        connect(anomalies, &AnomaliesPage::settingsChanged, dashboard, &DashboardPage::setAnomalySettings);
        // Every bar, number and hit opens the orders behind it in the browser, with the same rules' settings.
        auto *browser = new OrderBrowserPage(context.reader(), *m_regulator);
        window.setPage(PageId::OrderBrowser, browser);
        browser->setAnomalySettings(m_regulatorSettings->anomalySettings());
        connect(anomalies, &AnomaliesPage::settingsChanged, browser, &OrderBrowserPage::setAnomalySettings);
        const auto openBrowser = [this] { m_window.showPage(PageId::OrderBrowser); };
        connect(dashboard, &DashboardPage::ordersRequested, browser, &OrderBrowserPage::showFigure);
        connect(dashboard, &DashboardPage::ordersRequested, this, openBrowser);
        connect(anomalies, &AnomaliesPage::orderIdsRequested, browser, &OrderBrowserPage::showOrderIds);
        connect(anomalies, &AnomaliesPage::orderIdsRequested, this, openBrowser);
        break;
    }
    case Role::Operator:
        m_operator = new desk::ChainOperatorDesk(context, this);
        window.setPage(PageId::Sealers, new SealersPage(context.reader(), *m_operator));
        window.setPage(PageId::NetworkHealth, new NetworkHealthPage(*m_operator));
        window.setPage(PageId::Institutions, new InstitutionsPage(context.reader(), *m_operator));
        window.setPage(PageId::Users, new UsersPage(context.reader(), *m_operator));
        break;
    }
    m_evidence = new desk::ChainEvidenceDesk(context, this);
    m_evidenceActions = new EvidenceActions(context.reader(), *m_evidence, window, this);
    connect(&window, &MainWindow::verifyEvidenceRequested, m_evidenceActions, &EvidenceActions::verifyChosen);
    connect(&window, &MainWindow::evidenceFileOpened, m_evidenceActions, &EvidenceActions::verifyFile);
    // Every order timeline offers the order's evidence pack.
    for (OrderDetailsPanel *panel : window.findChildren<OrderDetailsPanel *>()) {
        panel->setEvidenceEnabled(true);
        connect(panel, &OrderDetailsPanel::evidenceRequested, m_evidenceActions, &EvidenceActions::exportFor);
    }
    // Every page's tables keep their columns and sort between runs.
    for (QTableView *table : window.findChildren<QTableView *>())
        TableStateKeeper::attach(*table, window.settings());
    // The node batches commits (LightNode::Options::signalIntervalMs), so this runs a few times a second at most.
    connect(&context.reader(), &desk::MarketReader::blocksCommitted, this, &RoleWorkspace::refresh);
    refresh();
}

RoleWorkspace::~RoleWorkspace() = default;

void RoleWorkspace::refresh()
{
    desk::MarketReader &reader = m_context.reader();
    if (!reader.isReady())
        return;
    if (auto *catalogue = qobject_cast<ProductCataloguePage *>(m_window.page(PageId::ProductCatalogue))) {
        auto products = reader.products();
        if (products)
            catalogue->setProducts(*products);
    }
}

} // namespace credit::ui
