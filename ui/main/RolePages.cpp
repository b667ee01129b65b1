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
        return { { PageId::ProductCatalogue, t(QT_TRANSLATE_NOOP("RolePages", "Product catalogue")),
                     QStringLiteral("view-grid") },
            { PageId::MyOrders, t(QT_TRANSLATE_NOOP("RolePages", "My orders")), QStringLiteral("view-list") },
            { PageId::Authorisations, t(QT_TRANSLATE_NOOP("RolePages", "Authorisations")),
                QStringLiteral("mail-attachment") } };
    case Role::Bureau:
        // The inbox first: the clerk's day is the orders waiting (and the window opens on it).
        return { { PageId::OrderInbox, t(QT_TRANSLATE_NOOP("RolePages", "Order inbox")), QStringLiteral("mail-inbox") },
            { PageId::MyProducts, t(QT_TRANSLATE_NOOP("RolePages", "My products")), QStringLiteral("view-grid") } };
    case Role::Regulator:
        return { { PageId::Dashboard, t(QT_TRANSLATE_NOOP("RolePages", "Dashboard")),
                     QStringLiteral("view-statistics") },
            { PageId::Anomalies, t(QT_TRANSLATE_NOOP("RolePages", "Anomalies")), QStringLiteral("dialog-warning") },
            { PageId::OrderBrowser, t(QT_TRANSLATE_NOOP("RolePages", "All orders")), QStringLiteral("view-list") } };
    case Role::Mediator:
        return { { PageId::Disputes, t(QT_TRANSLATE_NOOP("RolePages", "Disputes")), QStringLiteral("credit-dispute") },
            { PageId::Trace, t(QT_TRANSLATE_NOOP("RolePages", "Trace an order")), QStringLiteral("credit-trace") } };
    case Role::Operator:
        return { { PageId::Institutions, t(QT_TRANSLATE_NOOP("RolePages", "Institutions")),
                     QStringLiteral("credit-institution") },
            { PageId::Users, t(QT_TRANSLATE_NOOP("RolePages", "Users")), QStringLiteral("credit-users") },
            { PageId::Sealers, t(QT_TRANSLATE_NOOP("RolePages", "Sealers")), QStringLiteral("credit-sealers") },
            { PageId::NetworkHealth, t(QT_TRANSLATE_NOOP("RolePages", "Network health")),
                QStringLiteral("network-wired") } };
    }
    return {};
}

} // namespace credit::ui
