// SPDX-License-Identifier: Apache-2.0
#include "SupervisionScenario.h"

#include "market/OrderRequest.h"

#include <algorithm>
#include <map>
#include <random>

namespace credit::test {

namespace {

constexpr qint64 kStartS = 1735660800; // 2025-01-01 00:00 UTC
constexpr qint64 kDay = 86400;

QByteArray address(const char *kind, int n)
{
    return crypto::sm3(QByteArray(kind) + QByteArray::number(n)).left(20);
}

QString day(qint64 s)
{
    return market::chinaTime(s * 1000, false);
}

} // namespace

Scenario Scenario::generate(int count, quint32 seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(rng() % quint32(n)); };
    Scenario s;
    s.bankProvinces = { 310000, 440000, 110000 };
    for (int b = 0; b < 3; ++b)
        s.banks << address("bank", b);
    for (int b = 0; b < 2; ++b)
        s.bureaus << address("bureau", b);
    for (int p = 0; p < 6; ++p)
        s.products << ScenarioProduct { quint64(100 + p), p % 2, market::Series(1 + p % 3), p < 3, p == 5 ? 0u : 24u };
    const QList<std::pair<QString, quint32>> regions
        = { { QStringLiteral("310115"), 310000 }, { QStringLiteral("440305"), 440000 },
              { QStringLiteral("110108"), 110000 }, { QStringLiteral("320505"), 320000 } };
    const QStringList names = { QStringLiteral("上海澜启科技有限公司"), QStringLiteral("深圳\"海岸\",电子有限公司"),
        QStringLiteral("北京中关村软件股份有限公司"), QStringLiteral("苏州工业园区精密制造有限公司"),
        QStringLiteral("上海浦江物流有限公司"), QStringLiteral("深圳前海金融服务有限公司") };
    for (int e = 0; e < names.size(); ++e)
        s.enterprises << ScenarioEnterprise {
            QStringLiteral("91%1%2X").arg(regions[e % 4].first).arg(e, 9, 10, QLatin1Char('0')), names[e],
            regions[e % 4].second
        };
    qint64 t = kStartS;
    for (int i = 0; i < count; ++i) {
        ScenarioOrder o;
        o.id = 5000 + quint64(i) * 7;
        // Mostly a few hours apart, sometimes the same bank asks again within days.
        t += 3600 * (1 + pick(12)) + 60 * pick(60);
        o.placedS = t;
        o.bank = pick(3);
        o.product = pick(6);
        o.bureau = s.products[o.product].bureau;
        o.enterprise = pick(6);
        const int letter = pick(20);
        o.hasLetter = letter >= 3;
        if (o.hasLetter) {
            qint64 from = t - 30 * kDay, until = t + 150 * kDay;
            if (letter < 5)
                until = t - 2 * kDay; // expired
            else if (letter < 7)
                from = t + 3 * kDay; // not yet valid
            o.validFrom = day(from);
            o.validUntil = day(until);
        }
        o.decrypted = pick(10) != 0;
        const int fate = pick(100);
        if (fate < 10) {
            o.state = market::OrderState::Placed;
        } else if (fate < 20) {
            o.rejectedS = t + 3600 * (1 + pick(30));
            o.state = market::OrderState::Rejected;
        } else if (fate < 25) {
            o.cancelledS = t + 600 * (1 + pick(6));
            o.state = market::OrderState::Cancelled;
        } else {
            o.acceptedS = t + 60 * (10 + pick(60 * 30));
            o.state = market::OrderState::Accepted;
            if (fate >= 35) {
                o.deliveredS = o.acceptedS + 60 * (30 + pick(60 * 40));
                o.state = market::OrderState::Delivered;
                const int after = pick(10);
                if (after < 6) {
                    o.completedS = o.deliveredS + 3600 * (1 + pick(48));
                    o.state = market::OrderState::Completed;
                } else if (after < 9) {
                    o.disputeS = o.deliveredS + 3600 * (1 + pick(48));
                    o.state = market::OrderState::Disputed;
                    if (after < 8) {
                        o.resolvedS = o.disputeS + 3600 * (2 + pick(200));
                        o.resolution = pick(2) ? QStringLiteral("退款") : QStringLiteral("维持原报告");
                        o.state = market::OrderState::Resolved;
                    }
                }
            }
        }
        s.orders << o;
    }
    return s;
}

Result<void> Scenario::write(FabricatedChain &chain, qint64 fromS, qint64 toS) const
{
    if (chain.height() == 0) {
        for (int b = 0; b < banks.size(); ++b)
            chain.add(market::InstitutionRegistered { banks[b], QStringLiteral("9131000071785450%1W").arg(b),
                QStringLiteral("测试银行%1").arg(b), market::Role::Bank, bankProvinces[b] + 100 + quint32(b),
                crypto::sm3("pk") + crypto::sm3("pk") });
        for (int b = 0; b < bureaus.size(); ++b)
            chain.add(market::InstitutionRegistered { bureaus[b], QStringLiteral("9111000010000000%1A").arg(b),
                QStringLiteral("征信机构%1").arg(b), market::Role::Bureau, 110000,
                crypto::sm3("pkb") + crypto::sm3("pkb") });
        for (const ScenarioProduct &p : products) {
            market::ProductListed l;
            l.productId = p.id;
            l.bureau = bureaus[p.bureau];
            l.series = p.series;
            l.name = QStringLiteral("产品%1").arg(p.id);
            l.description = QStringLiteral("说明");
            l.priceFen = 10000;
            l.slaHours = p.slaHours;
            l.deliveryFormat = QStringLiteral("PDF");
            l.authorisationRequired = p.letterRequired;
            chain.add(l);
        }
        if (auto r = chain.seal(quint64(kStartS - kDay) * 1000); !r)
            return r;
    }
    // Every event at its own time; one block per distinct second, in time order.
    std::multimap<qint64, market::MarketEvent> events;
    const QByteArray mediator = address("mediator", 0);
    for (const ScenarioOrder &o : orders) {
        const QByteArray bank = banks[o.bank], bureau = bureaus[o.bureau];
        const QByteArray letterHash = o.hasLetter ? crypto::sm3(QByteArray::number(o.id)) : QByteArray(32, '\0');
        events.emplace(o.placedS,
            market::OrderPlaced { o.id, bank, products[o.product].id, bureau, 10000, letterHash,
                crypto::sm3(QByteArray("req") + QByteArray::number(o.id)) });
        if (o.rejectedS)
            events.emplace(o.rejectedS, market::OrderRejected { o.id, bureau, QStringLiteral("资料不全") });
        if (o.cancelledS)
            events.emplace(o.cancelledS, market::OrderCancelled { o.id, bank });
        if (o.acceptedS)
            events.emplace(o.acceptedS, market::OrderAccepted { o.id, bureau });
        if (o.deliveredS)
            events.emplace(
                o.deliveredS, market::ReportDelivered { o.id, bureau, crypto::sm3("report"), crypto::sm3("envelope") });
        if (o.completedS)
            events.emplace(o.completedS, market::OrderCompleted { o.id, bank });
        if (o.disputeS)
            events.emplace(o.disputeS,
                market::DisputeRaised { o.id, bank, mediator, QStringLiteral("报告有误"), QByteArray(8, 'k') });
        if (o.resolvedS)
            events.emplace(o.resolvedS, market::DisputeResolved { o.id, mediator, o.resolution });
    }
    return chain.sealInTimeOrder(events, fromS, toS);
}

QList<qint64> Scenario::eventTimes() const
{
    QList<qint64> times;
    for (const ScenarioOrder &o : orders)
        for (qint64 t :
            { o.placedS, o.acceptedS, o.rejectedS, o.cancelledS, o.deliveredS, o.completedS, o.disputeS, o.resolvedS })
            if (t)
                times << t;
    std::sort(times.begin(), times.end());
    return times;
}

QList<supervision::RequestFacts> Scenario::requestFacts() const
{
    QList<supervision::RequestFacts> out;
    for (const ScenarioOrder &o : orders) {
        if (!o.decrypted)
            continue;
        market::OrderRequest r;
        r.orderId = o.id;
        r.productId = products[o.product].id;
        r.enterpriseCode = enterprises[o.enterprise].code;
        r.enterpriseName = enterprises[o.enterprise].name;
        if (o.hasLetter)
            r.authorisation = market::AuthorisationLetter { QStringLiteral("letter.pdf"),
                QStringLiteral("application/pdf"), o.validFrom, o.validUntil, QByteArray::number(o.id) };
        out << supervision::RequestFacts::of(r);
    }
    return out;
}

} // namespace credit::test
