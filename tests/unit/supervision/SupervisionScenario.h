// SPDX-License-Identifier: Apache-2.0
// A seeded market history for the supervision tests: what the test knows of
// every order (its own record, kept beside the store), written to a light
// store through fabricated blocks, and the request facts a regulator would
// decrypt. The expected figures are computed from these records with plain
// loops, not through the engine's code.
#pragma once

#include "FabricatedChain.h"
#include "market/SupervisionRecords.h"
#include "supervision/RequestFacts.h"

#include <QList>
#include <QString>

#include <optional>

namespace credit::test {

struct ScenarioOrder {
    quint64 id = 0;
    int bank = 0, bureau = 0, product = 0, enterprise = 0;
    qint64 placedS = 0, acceptedS = 0, rejectedS = 0, cancelledS = 0, deliveredS = 0, completedS = 0;
    qint64 disputeS = 0, resolvedS = 0;
    QString resolution;
    bool hasLetter = false;
    QString validFrom, validUntil;
    bool decrypted = true; //!< the regulator's copy holds its request facts
    market::OrderState state = market::OrderState::Placed;
};

struct ScenarioProduct {
    quint64 id = 0;
    int bureau = 0;
    market::Series series = market::Series::Liantong;
    bool letterRequired = false;
    quint32 slaHours = 24;
};

struct ScenarioEnterprise {
    QString code, name;
    quint32 province = 0;
};

struct Scenario {
    QList<QByteArray> banks, bureaus;
    QList<quint32> bankProvinces;
    QList<ScenarioProduct> products;
    QList<ScenarioEnterprise> enterprises;
    QList<ScenarioOrder> orders;

    //! `orders` orders over ~200 days from a fixed seed.
    static Scenario generate(int orders, quint32 seed);
    //! Writes the events at times in [fromS, toS) (toS 0: to the end) as blocks in time order, one
    //! block per distinct second; institutions and products first when the chain is empty.
    Result<void> write(FabricatedChain &chain, qint64 fromS = 0, qint64 toS = 0) const;
    //! Every event time, sorted (the blocks' timestamps).
    QList<qint64> eventTimes() const;
    //! The request facts of the decrypted orders.
    QList<supervision::RequestFacts> requestFacts() const;
};

} // namespace credit::test
