// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"
#include "crypto/Sm2Key.h"
#include "devnet/DemoPlan.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace credit::devnet {

struct DemoSpec;
struct Genesis;

//! One action of the demo history made real: the signed transaction and the
//! envelopes (for the document store) its call data refers to.
struct DemoTransaction {
    QByteArray raw;
    QList<QByteArray> envelopes;
};

//! Turns planned actions into signed transactions. The documents are written
//! in plan order (a report follows its request), then the SM2 work — envelope
//! key wraps and transaction signatures, most of a first start's time — is
//! spread over every core: first everything but disputes, then the disputes,
//! whose key envelopes name the documents made in the first round.
//! heights[i] is the chain height when action i is sealed (its blockLimit base).
Result<QList<DemoTransaction>> buildDemoTransactions(const QList<DemoAction> &actions, const QList<quint64> &heights,
    const Genesis &genesis, const DemoSpec &spec, const QHash<QByteArray, crypto::Sm2PrivateKey> &keys);

} // namespace credit::devnet
