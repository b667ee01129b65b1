// SPDX-License-Identifier: Apache-2.0
#include "SyntheticOrderStore.h"

#include "FabricatedChain.h"
#include "crypto/Sm3.h"

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

Result<SyntheticOrders> writeSyntheticOrderStore(const QString &path, int orders, const QByteArray &heavyBank)
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
