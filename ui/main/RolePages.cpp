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
        return { { PageId::MyProducts, t(QT_TRANSLATE_NOOP("RolePages", "My products")) },
            { PageId::OrderInbox, t(QT_TRANSLATE_NOOP("RolePages", "Order inbox")) } };
    case Role::Regulator:
        return { { PageId::Dashboard, t(QT_TRANSLATE_NOOP("RolePages", "Dashboard")) },
            { PageId::Anomalies, t(QT_TRANSLATE_NOOP("RolePages", "Anomalies")) },
            { PageId::OrderBrowser, t(QT_TRANSLATE_NOOP("RolePages", "All orders")) } };
    case Role::Mediator:
        return { { PageId::Disputes, t(QT_TRANSLATE_NOOP("RolePages", "Disputes")) },
            { PageId::Trace, t(QT_TRANSLATE_NOOP("RolePages", "Trace an order")) } };
    case Role::Operator:
        return { { PageId::Institutions, t(QT_TRANSLATE_NOOP("RolePages", "Institutions")) } };
    }
    return {};
}

} // namespace credit::ui
