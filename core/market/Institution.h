// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>
#include <QString>

namespace credit::market {

//! A member of the consortium as the contract knows it (getInstitution, InstitutionRegistered).
struct Institution {
    QByteArray account; //!< 20-byte address
    Role role = Role::Bank;
    quint32 regionCode = 0; //!< GB/T 2260 administrative division
    bool active = false;
    QString code; //!< the institution's own unified social credit code (public, unlike its clients')
    QString name;
    QByteArray publicKey; //!< SM2 x || y, 64 bytes: documents for this institution are encrypted to it

    friend bool operator==(const Institution &, const Institution &) = default;
};

} // namespace credit::market
