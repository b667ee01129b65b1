// SPDX-License-Identifier: Apache-2.0
#include "session/RoleWorkspace.h"

#include "bank/MyOrdersPage.h"
#include "bank/PendingOrders.h"
#include "bank/PlaceOrderDialog.h"
#include "bureau/MyProductsPage.h"
#include "bureau/OrderInboxPage.h"
#include "catalogue/ProductCataloguePage.h"
#include "common/TableStateKeeper.h"
#include "main/MainWindow.h"
#include "session/TerminalContext.h"
#include "store/MarketQueries.h"

#include <QTableView>

namespace credit::ui {

RoleWorkspace::RoleWorkspace(MainWindow &window, TerminalContext &context, QObject *parent)
    : QObject(parent), m_window(window), m_context(context)
{
    switch (window.role()) {
    case Role::Bank: {
        m_pending = new PendingOrders(context, this);
        auto *catalogue = new ProductCataloguePage;
        connect(catalogue, &ProductCataloguePage::orderRequested, this, [this, catalogue](quint64 productId) {
            auto *dialog = new PlaceOrderDialog(*m_pending, catalogue->products(), productId, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &PlaceOrderDialog::orderSent, this, [this] { m_window.showPage(PageId::MyOrders); });
            dialog->open();
        });
        window.setPage(PageId::ProductCatalogue, catalogue);
        window.setPage(PageId::MyOrders, new MyOrdersPage(context, *m_pending));
        break;
    }
    case Role::Bureau:
        // These refresh themselves on blocksCommitted.
        window.setPage(PageId::MyProducts, new MyProductsPage(context));
        window.setPage(PageId::OrderInbox, new OrderInboxPage(context));
        break;
    default:
        break;  // regulator and mediator screens: part 2 of the desktop app
    }
    // Every page's tables keep their columns and sort between runs.
    for (QTableView *table : window.findChildren<QTableView *>())
        TableStateKeeper::attach(*table, window.settings());
    // The node batches commits (LightNode::Options::signalIntervalMs), so this runs a few times a second at most.
    connect(&context, &TerminalContext::blocksCommitted, this, &RoleWorkspace::refresh);
    refresh();
}

void RoleWorkspace::refresh()
{
    store::LightStore *reader = m_context.reader();
    if (!reader)
        return;
    store::MarketQueries queries(reader->database());
    if (auto *catalogue = qobject_cast<ProductCataloguePage *>(m_window.page(PageId::ProductCatalogue))) {
        auto products = queries.products();
        if (products)
            catalogue->setProducts(*products);
    }
}

} // namespace credit::ui
