// SPDX-License-Identifier: Apache-2.0
#include "SyntheticOrderStore.h"

#include "chain/BlockVerifier.h"
#include "codec/BlockHeader.h"
#include "crypto/Sm3.h"
#include "store/LightStore.h"

namespace credit::bench {

namespace {

QByteArray id(const char *kind, int n)
{
    return crypto::sm3(QByteArray(kind) + QByteArray::number(n));
}
QByteArray g_heavyBank;
QByteArray account(const char *kind, int n)
{
    return (qstrcmp(kind, "bank") == 0 && n == 0 && !g_heavyBank.isEmpty()) ? g_heavyBank : id(kind, n).left(20);
}

class Writer {
public:
    explicit Writer(store::LightStore &store, quint64 parentNumber, QByteArray parentHash)
        : m_store(store), m_number(parentNumber), m_parent(std::move(parentHash))
    {
    }

    void add(market::MarketEvent event)
    {
        const QByteArray tx = id("tx", m_tx++);
        m_block.transactionHashes << tx;
        m_block.receipts << chain::Receipt {};
        m_events << store::BlockEvent { tx, static_cast<quint32>(m_block.transactionHashes.size() - 1), 0,
            std::move(event) };
    }

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
        auto r = m_store.commitBlocks({ store::CommittableBlock { m_block, m_events } });
        m_block = {};
        m_events.clear();
        return r;
    }

private:
    store::LightStore &m_store;
    quint64 m_number;
    QByteArray m_parent;
    int m_tx = 0;
    chain::VerifiedBlock m_block;
    QList<store::BlockEvent> m_events;
};

} // namespace

Result<SyntheticOrders> writeSyntheticOrderStore(const QString &path, int orders, const QByteArray &heavyBank)
{
    g_heavyBank = heavyBank;
    auto store = store::LightStore::open(path);
    if (!store)
        return store.error();
    chain::BlockHeader genesis;
    for (QByteArray *root :
        { &genesis.parentHash, &genesis.stateRoot, &genesis.transactionsRoot, &genesis.receiptsRoot, &genesis.dbHash })
        *root = QByteArray(32, '\0');
    genesis.sealerList << id("sealer", 0) + id("sealer", 1);
    if (auto r = (*store)->initialise(chain::headerToJson(genesis, genesis.hash(), false), genesis.hash()); !r)
        return r.error();
    Writer w(**store, 0, genesis.hash());
    constexpr quint64 start = 1735660800000; // 2025-01-01
    for (int b = 0; b < 5; ++b)
        w.add(market::InstitutionRegistered { account("bank", b), QStringLiteral("9131000071785450%1W").arg(b),
            QStringLiteral("银行%1").arg(b), market::Role::Bank, 310000, id("pk", b) + id("pk", b) });
    for (int b = 0; b < 3; ++b)
        w.add(market::InstitutionRegistered { account("bureau", b), QStringLiteral("9111000010000000%1A").arg(b),
            QStringLiteral("征信机构%1").arg(b), market::Role::Bureau, 110000, id("pkb", b) + id("pkb", b) });
    for (int p = 0; p < 30; ++p) {
        market::ProductListed l;
        l.productId = 1000 + quint64(p);
        l.bureau = account("bureau", p % 3);
        l.series = market::Series::Liantong;
        l.name = QStringLiteral("企业信用报告 %1").arg(p);
        l.description = QStringLiteral("说明");
        l.priceFen = 10000;
        l.slaHours = 24;
        l.deliveryFormat = QStringLiteral("PDF");
        w.add(l);
    }
    if (auto r = w.seal(start); !r)
        return r.error();
    SyntheticOrders out { account("bank", 0), account("bureau", 0), orders, 0 };
    for (int o = 0; o < orders; ++o) {
        const int product = o % 30;
        // Bank 0 has half of all orders: the heavy user.
        const int bank = (o % 2 == 0) ? 0 : 1 + (o / 2) % 4;
        out.ordersOfBank += bank == 0 ? 1 : 0;
        w.add(market::OrderPlaced { quint64(o + 1), account("bank", bank), quint64(1000 + product),
            account("bureau", product % 3), 10000, id("auth", o), id("req", o) });
        if (o % 3 == 0)
            w.add(market::OrderAccepted { quint64(o + 1), account("bureau", product % 3) });
        if (o % 6 == 0)
            w.add(
                market::ReportDelivered { quint64(o + 1), account("bureau", product % 3), id("rep", o), id("env", o) });
        if ((o + 1) % 1000 == 0 || o + 1 == orders)
            if (auto r = w.seal(start + quint64(o) * 60000); !r)
                return r.error();
    }
    return out;
}

} // namespace credit::bench
