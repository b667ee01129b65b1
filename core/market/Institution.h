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

//! A user account of an institution (getUser, UserOpened): it acts for the
//! institution while active; documents for the institution are also sealed to it.
struct User {
    QByteArray account; //!< 20-byte address of the user's own key
    QByteArray institution; //!< 20-byte account of the institution it acts for
    bool active = false; //!< false: frozen
    QString name;
    QByteArray publicKey; //!< SM2 x || y, 64 bytes

    friend bool operator==(const User &, const User &) = default;
};

} // namespace credit::market
