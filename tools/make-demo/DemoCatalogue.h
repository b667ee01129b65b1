// SPDX-License-Identifier: Apache-2.0
// The demo world that resources/demo describes: who takes part, what the
// bureaus sell, which enterprises the banks ask about. Every name and code is
// fictional; codes carry valid GB 32100 check characters.
#pragma once

#include "market/MarketEnums.h"

#include <QList>
#include <QString>

namespace credit::demo {

//! A demo identity; `label` names its key file (keys/<label>.pem) and seeds its key.
struct DemoIdentity {
    QString label;
    market::Role role = market::Role::Bank;
    QString name;
    quint32 region = 0; //!< city region code, recorded on chain
    QString district; //!< six-digit district code inside the unified social credit code
    QString registration; //!< first two characters of the code: 91 company, 11 state organ, 52 social organisation
};

//! A product, owned by the bureau with the given label; partners are bureau labels too.
struct DemoCatalogueProduct {
    quint64 id = 0;
    QString bureau;
    market::Series series = market::Series::Liantong;
    QString name;
    QString description;
    quint64 priceFen = 0;
    quint32 slaHours = 0;
    QString deliveryFormat;
    bool authorisationRequired = false;
    QList<QString> partners;
};

//! An enterprise before its code is made: name, city region, district for its code.
struct DemoCatalogueEnterprise {
    QString name;
    quint32 region = 0;
    QString district;
};

//! A user account (开立查询用户) of a demo institution: a fictional person.
//! `label` names its key file (keys/users/<label>.pem) and seeds its key.
struct DemoCatalogueUser {
    QString label;
    QString institution; //!< the institution's label
    QString name;
};

//! The operator first, then bureaus, banks, the regulator and the mediator.
QList<DemoIdentity> demoIdentities();
//! Two or three users per institution (not the operator), in institution order.
QList<DemoCatalogueUser> demoUsers();
QList<DemoCatalogueProduct> demoProducts();
QList<DemoCatalogueEnterprise> demoEnterprises();

} // namespace credit::demo
