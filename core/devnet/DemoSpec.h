// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "market/MarketCalls.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace credit::devnet {

//! A product the demo history lists, and the bureau (20-byte address) that lists it.
struct DemoProduct {
    QByteArray bureau;
    market::calls::ProductListing listing;
};

//! A fictional client enterprise that banks order reports about.
struct DemoEnterprise {
    QString name;
    QString code; //!< unified social credit code (valid check digits)
    quint32 region = 0; //!< administrative region code of its city
};

//! A user account (开立查询用户) the operator opens for a genesis institution
//! at the start of the history; some of the institution's steps are then
//! signed with the user's key instead of the institution's admin key.
struct DemoUser {
    QByteArray institution; //!< 20-byte address of a genesis institution
    QByteArray account; //!< 20-byte address of the user's key
    QString name; //!< the person's name, on chain
    QString keyFile; //!< absolute path (the file gives it relative to itself)
};

//! The genesis file's optional `demoHistory` object (format: GENESIS.md): what
//! the devnet writes as signed history on the first start of an empty chain.
struct DemoSpec {
    quint64 seed = 0; //!< the plan is a function of the seed and the start time
    int orders = 0;
    int months = 12; //!< history spans [now − months, now − 1 day]
    QByteArray password; //!< of every key file (demo-only)
    QStringList keyFiles; //!< absolute paths (the file gives them relative to itself)
    //! The genesis institutions are registered by the operator's signed
    //! transactions in block 1 (so each has its InstitutionRegistered event,
    //! as on a real chain) instead of being written into state at block 0.
    bool registerInstitutions = false;
    QList<DemoProduct> products;
    QList<DemoEnterprise> enterprises;
    QList<DemoUser> users; //!< optional; in the order they are opened

    static constexpr int kMinOrders = 8; //!< one order per final state at least
    static constexpr int kMaxOrders = 20000; //!< keeps a first start within seconds
    static constexpr int kMaxMonths = 60;

    //! nullopt when the genesis object has no `demoHistory`; relative key
    //! file paths are resolved against genesisDir.
    static Result<std::optional<DemoSpec>> parse(const QJsonObject &genesis, const QString &genesisDir);
    static Result<std::optional<DemoSpec>> fromGenesisFile(const QString &genesisPath);
};

} // namespace credit::devnet
