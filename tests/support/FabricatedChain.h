// SPDX-License-Identifier: Apache-2.0
// A light store filled from fabricated blocks, written straight through
// LightStore::commitBlocks (the projection code the sync uses): for tests and
// benchmarks that need the tables' contents, not signatures — nothing in it
// would pass the verifier.
#pragma once

#include "chain/BlockVerifier.h"
#include "codec/BlockHeader.h"
#include "crypto/Sm3.h"
#include "store/LightStore.h"

#include <map>

namespace credit::test {

class FabricatedChain {
public:
    //! Opens (creates) the store at path and anchors it at a fabricated genesis block.
    static Result<FabricatedChain> create(const QString &path)
    {
        auto store = store::LightStore::open(path);
        if (!store)
            return store.error();
        chain::BlockHeader genesis;
        for (QByteArray *root : { &genesis.parentHash, &genesis.stateRoot, &genesis.transactionsRoot,
                 &genesis.receiptsRoot, &genesis.dbHash })
            *root = QByteArray(32, '\0');
        genesis.sealerList << crypto::sm3("sealer0") + crypto::sm3("sealer1");
        if (auto r = (*store)->initialise(chain::headerToJson(genesis, genesis.hash(), false), genesis.hash()); !r)
            return r.error();
        return FabricatedChain(std::move(*store), genesis.hash());
    }

    //! Reopens a store made by create() to add further blocks after its tip.
    static Result<FabricatedChain> resume(const QString &path)
    {
        auto store = store::LightStore::open(path);
        if (!store)
            return store.error();
        auto tip = (*store)->tip();
        if (!tip)
            return tip.error();
        FabricatedChain chain(std::move(*store), tip->hash);
        chain.m_number = tip->number;
        chain.m_tx = int(tip->number) * 100000; // transaction hashes unlike the earlier blocks'
        return chain;
    }

    //! Adds an event in a transaction of its own to the next block.
    void add(market::MarketEvent event)
    {
        const QByteArray tx = crypto::sm3(QByteArray("tx") + QByteArray::number(m_tx++));
        m_block.transactionHashes << tx;
        m_block.receipts << chain::Receipt {};
        m_events << store::BlockEvent { tx, static_cast<quint32>(m_block.transactionHashes.size() - 1), 0,
            std::move(event) };
    }

    //! Commits the next block with the events added since the last one.
    Result<void> seal(quint64 timestampMs)
    {
        m_block.header.number = ++m_number;
        m_block.header.parentHash = m_parent;
        m_block.header.timestamp = timestampMs;
        for (QByteArray *root : { &m_block.header.stateRoot, &m_block.header.transactionsRoot,
                 &m_block.header.receiptsRoot, &m_block.header.dbHash })
            *root = QByteArray(32, '\0');
        m_block.hash = m_block.header.hash();
        m_parent = m_block.hash;
        auto r = m_store->commitBlocks({ store::CommittableBlock { m_block, m_events } });
        m_block = {};
        m_events.clear();
        return r;
    }

    //! Commits the events at times (seconds) in [fromS, toS) (toS 0: to the end) in time order,
    //! one block per distinct second, the block's timestamp that second.
    Result<void> sealInTimeOrder(const std::multimap<qint64, market::MarketEvent> &events, qint64 fromS, qint64 toS)
    {
        qint64 at = -1;
        for (const auto &[time, event] : events) {
            if (time < fromS || (toS && time >= toS))
                continue;
            if (at >= 0 && time != at)
                if (auto r = seal(quint64(at) * 1000); !r)
                    return r;
            at = time;
            add(event);
        }
        if (at >= 0)
            return seal(quint64(at) * 1000);
        return {};
    }

    quint64 height() const { return m_number; }
    QByteArray headHash() const { return m_parent; }
    store::LightStore &store() { return *m_store; }

private:
    FabricatedChain(std::unique_ptr<store::LightStore> store, QByteArray genesisHash)
        : m_store(std::move(store)), m_parent(std::move(genesisHash))
    {
    }
    std::unique_ptr<store::LightStore> m_store;
    quint64 m_number = 0;
    QByteArray m_parent;
    int m_tx = 0;
    chain::VerifiedBlock m_block;
    QList<store::BlockEvent> m_events;
};

} // namespace credit::test
