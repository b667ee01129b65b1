// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace credit::market {

//! A credit product listed by a bureau (getProduct).
struct Product {
    quint64 id = 0;
    QByteArray bureau; //!< 20-byte address of the owning bureau
    Series series = Series::Liantong;
    QString name;
    QString description;
    quint64 priceFen = 0; //!< price in fen (0.01 CNY)
    quint32 slaHours = 0; //!< promised delivery time after acceptance
    QString deliveryFormat;
    bool authorisationRequired = false; //!< orders must reference a signed authorisation letter
    QList<QByteArray> partnerBureaus; //!< 链融 only: other bureaus that contribute
    bool listed = false; //!< false once delisted

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace credit::market
