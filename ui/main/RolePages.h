// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Role.h"

#include <QList>
#include <QString>

namespace credit::ui {

//! The pages a role works with, in navigation order.
enum class PageId {
    ProductCatalogue,
    MyOrders, // bank
    MyProducts,
    OrderInbox, // bureau
    Dashboard,
    Anomalies,
    OrderBrowser, // regulator
    Disputes,
    Trace, // mediator
    Institutions,
    Users,
    Sealers,
    NetworkHealth, // operator
    Authorisations, // bank (issue 16); last so the ids of the pages before it stay as they were
};

struct PageEntry {
    PageId id;
    QString title;
    QString iconName; //!< for themedIcon: the sidebar's and the Go menu's icon
};

//! Navigation entries for role (titles translated).
QList<PageEntry> pagesFor(Role role);

} // namespace credit::ui
