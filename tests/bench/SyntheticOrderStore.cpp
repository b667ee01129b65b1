// SPDX-License-Identifier: Apache-2.0
#include "SyntheticOrderStore.h"

#include "FabricatedChain.h"
#include "crypto/Sm3.h"
#include "market/OrderRequest.h"
#include "supervision/PrivateCopy.h"

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

} // namespace

//! The recorded authorisations of the synthetic orders: one per bank and 300 orders.
class SyntheticAuthorisations {
public:
    SyntheticAuthorisations(test::FabricatedChain &chain, quint64 startMs) : m_chain(chain), m_startMs(startMs) { }

    //! The letter hash order `o` of `bank` carries, recording (and revoking) authorisations on the way.
    QByteArray use(int o, int bank, quint64 productId)
    {
        const quint64 authorisation = quint64(bank) * 10000000 + quint64(o / 300) + 1;
        if (m_current[bank] != authorisation) {
            if (m_current[bank] % 7 == 0 && m_current[bank] != 0)
                m_chain.add(market::AuthorisationRevoked {
                    m_current[bank], account("bank", bank), QStringLiteral("企业撤回授权") });
            market::AuthorisationRecorded r;
            r.authorisationId = authorisation;
            r.bank = account("bank", bank);
            r.enterpriseCommitment = id("commitment", int(authorisation));
            r.letterHash = id("letter", int(authorisation));
            r.letterDocument = id("document", int(authorisation));
            r.series = 1;
            r.purpose = QStringLiteral("贷前审查");
            const quint64 placedMs = m_startMs + quint64(o) * 60000;
            r.validFromMs = placedMs - 86400000ULL;
            r.validUntilMs = placedMs + (authorisation % 5 == 0 ? 3 : 400) * 86400000ULL;
            m_chain.add(r);
            m_current[bank] = authorisation;
        }
        m_chain.add(market::AuthorisationUsed { authorisation, quint64(o + 1), account("bank", bank), productId });
        return id("letter", int(authorisation));
    }

private:
    test::FabricatedChain &m_chain;
    quint64 m_startMs;
    quint64 m_current[5] = {};
};

Result<SyntheticOrders> writeSyntheticOrderStore(
    const QString &path, int orders, const QByteArray &heavyBank, bool withAuthorisations)
{
    g_heavyBank = heavyBank;
    auto chain = test::FabricatedChain::create(path);
    if (!chain)
        return chain.error();
    test::FabricatedChain &w = *chain;
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
        l.series = market::Series(1 + p % 3);
        l.authorisationRequired = p % 3 == 0;
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
    SyntheticAuthorisations authorisations(w, start);
    for (int o = 0; o < orders; ++o) {
        const int product = o % 30;
        // Bank 0 has half of all orders: the heavy user.
        const int bank = (o % 2 == 0) ? 0 : 1 + (o / 2) % 4;
        out.ordersOfBank += bank == 0 ? 1 : 0;
        QByteArray letter = o % 17 == 0 ? QByteArray(32, '\0') : id("auth", o);
        if (withAuthorisations && product % 3 == 0 && o % 17 != 0)
            letter = authorisations.use(o, bank, 1000 + quint64(product));
        w.add(market::OrderPlaced { quint64(o + 1), account("bank", bank), quint64(1000 + product),
            account("bureau", product % 3), 10000, letter, id("req", o) });
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

Result<void> writeSyntheticRequestFacts(const QString &copyPath, const crypto::Sm2PrivateKey &key, int orders)
{
    static const int provinces[] = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65 };
    auto copy = supervision::PrivateCopy::open(copyPath, key);
    if (!copy)
        return copy.error();
    constexpr qint64 start = 1735660800000; // as the orders: one a minute from 2025-01-01
    QList<supervision::RequestFacts> batch;
    for (int o = 0; o < orders; ++o) {
        // Every 40 orders, the first six share an enterprise: three of them the
        // heavy bank's within minutes — a run of repeated queries.
        const int group = o % 40 < 6 ? o / 40 : o;
        const int enterprise = int((quint64(group) * 2654435761u) % 50000);
        supervision::RequestFacts f;
        f.orderId = quint64(o) + 1;
        f.enterpriseCode = QStringLiteral("91%1%2")
                               .arg(provinces[enterprise % 31] * 10000 + 100 + enterprise % 7)
                               .arg(enterprise, 10, 10, QLatin1Char('0'));
        f.enterpriseName = QStringLiteral("合成企业%1有限公司").arg(enterprise);
        f.hasLetter = o % 17 != 0;
        if (f.hasLetter) {
            const qint64 placed = start + qint64(o) * 60000;
            const qint64 day = 86400000;
            const int kind = o % 29;
            f.validFrom = market::chinaTime(placed + (kind == 1 ? 3 * day : -30 * day), false);
            f.validUntil = market::chinaTime(placed + (kind == 2 ? -2 * day : 150 * day), false);
        }
        batch << f;
        if (batch.size() == 20000 || o + 1 == orders) {
            if (auto r = (*copy)->put(batch); !r)
                return r;
            batch.clear();
        }
    }
    return {};
}

Result<void> appendSyntheticBlock(const QString &path, int lastOrderId, int orders)
{
    auto chain = test::FabricatedChain::resume(path);
    if (!chain)
        return chain.error();
    // Orders whose index is not a multiple of 3 were never accepted (the store's and earlier appended ones).
    int waiting = lastOrderId - 1;
    while (waiting % 3 == 0)
        --waiting;
    for (int i = 0; i < orders; ++i) {
        const int o = lastOrderId + i;
        const int product = o % 30;
        chain->add(market::OrderPlaced { quint64(o + 1), account("bank", 1 + o % 4), quint64(1000 + product),
            account("bureau", product % 3), 10000, id("auth", o), id("req", o) });
        const int earlier = waiting - 3 * i;
        if (earlier > 0)
            chain->add(market::OrderAccepted { quint64(earlier + 1), account("bureau", (earlier % 30) % 3) });
    }
    constexpr quint64 start = 1735660800000;
    return chain->seal(start + quint64(lastOrderId + orders) * 60000);
}

} // namespace credit::bench
