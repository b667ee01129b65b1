// SPDX-License-Identifier: Apache-2.0
// How orders read on screen: translated state names, durations, times, and
// the one-line proof of an on-chain fact.
#pragma once

#include "market/MarketEnums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace credit::ui {

class OrderText final {
    Q_DECLARE_TR_FUNCTIONS(OrderText)
public:
    //! The state's name for people ("Placed" → 已下单 in zh_CN).
    static QString state(market::OrderState state);
    //! A coarse duration: "3 d 4 h", "5 h 12 min", "40 min".
    static QString duration(qint64 ms);
    //! Local date and time of an epoch instant.
    static QString time(quint64 epochMs);
    //! "block N · tx 0x… · sealed by k of n" (the seal part left out when unknown).
    static QString proof(quint64 block, const QByteArray &tx, int signers, int sealers);
};

} // namespace credit::ui
