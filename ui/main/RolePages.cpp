// SPDX-License-Identifier: Apache-2.0
#include "main/RolePages.h"

#include <QCoreApplication>

namespace credit::ui {

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("RolePages", text);
}
} // namespace

QList<PageEntry> pagesFor(Role role)
{
    switch (role) {
    case Role::Bank:
        return { { PageId::ProductCatalogue, t(QT_TRANSLATE_NOOP("RolePages", "Product catalogue")) },
            { PageId::MyOrders, t(QT_TRANSLATE_NOOP("RolePages", "My orders")) } };
    case Role::Bureau:
        // The inbox first: the clerk's day is the orders waiting (and the window opens on it).
        return { { PageId::OrderInbox, t(QT_TRANSLATE_NOOP("RolePages", "Order inbox")) },
            { PageId::MyProducts, t(QT_TRANSLATE_NOOP("RolePages", "My products")) } };
    case Role::Regulator:
        return { { PageId::Dashboard, t(QT_TRANSLATE_NOOP("RolePages", "Dashboard")) },
            { PageId::Anomalies, t(QT_TRANSLATE_NOOP("RolePages", "Anomalies")) },
            { PageId::OrderBrowser, t(QT_TRANSLATE_NOOP("RolePages", "All orders")) } };
    case Role::Mediator:
        return { { PageId::Disputes, t(QT_TRANSLATE_NOOP("RolePages", "Disputes")) },
            { PageId::Trace, t(QT_TRANSLATE_NOOP("RolePages", "Trace an order")) } };
    case Role::Operator:
        return { { PageId::Institutions, t(QT_TRANSLATE_NOOP("RolePages", "Institutions")) },
            { PageId::Sealers, t(QT_TRANSLATE_NOOP("RolePages", "Sealers")) },
            { PageId::NetworkHealth, t(QT_TRANSLATE_NOOP("RolePages", "Network health")) } };
    }
    return {};
}

} // namespace credit::ui
