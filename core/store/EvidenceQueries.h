// SPDX-License-Identifier: Apache-2.0
// What the evidence exporter reads from the verified light store: the steps of
// one order (each event's block, transaction, position and log), the stored
// headers of the blocks involved and the sealer-set changes. Beside MarketQueries: the store's SQL stays in store/.
#pragma once

#include "codec/BlockHeader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace credit::store {

class Database;

//! One event of an order as the store projected it from a verified block.
struct OrderStepRow {
    QString event; //!< the contract event's name
    quint64 block = 0;
    QByteArray tx; //!< 32-byte transaction hash
    quint64 txIndex = 0; //!< position of tx in its block
    quint32 logIndex = 0;
};

//! A stored (verified) block header with the hash the light node checked.
struct StoredHeader {
    chain::BlockHeader header;
    QByteArray hash;
};

class EvidenceQueries final {
public:
    //! db must outlive this object; used on the thread that owns it.
    explicit EvidenceQueries(Database &db) : m_db(db) { }

    //! Every event of the order in chain order (block, transaction index, log index); empty when unknown.
    Result<QList<OrderStepRow>> orderSteps(quint64 orderId);
    //! The stored header of block `number`; NotFound when the store has not verified it.
    Result<StoredHeader> header(quint64 number);
    //! Blocks after genesis up to `lastBlock` whose sealer list differs from the one before, ascending.
    Result<QList<quint64>> sealerChanges(quint64 lastBlock);

private:
    Database &m_db;
};

} // namespace credit::store
