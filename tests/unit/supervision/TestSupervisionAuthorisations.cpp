// SPDX-License-Identifier: Apache-2.0
// The regulator's authorisation figures and rules (issue 16) over a small
// history of recorded authorisations, their uses and revocations, written to
// a real light store. The expected numbers come from the test's own records
// with plain loops, not from the engine; the rules' thresholds are tried at
// their edges; a revocation in a later block reaches the figures by catch-up.
#include "FabricatedChain.h"
#include "crypto/Sm2Key.h"
#include "supervision/SupervisionEngine.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <map>

using namespace credit;
using market::FigureKind;

namespace {

constexpr qint64 kT0 = 1735660800; // 2025-01-01 00:00 UTC
constexpr qint64 kDay = 86400;

QByteArray address(const char *kind, int n)
{
    return crypto::sm3(QByteArray(kind) + QByteArray::number(n)).left(20);
}

struct TestAuthorisation {
    quint64 id = 0;
    int bank = 0;
    quint8 series = 0; //!< 0: named products (all of product 101, series 1)
    qint64 recordedS = 0, revokedS = 0, fromS = 0, untilS = 0;
};

struct TestOrder {
    quint64 id = 0;
    int bank = 0;
    quint64 product = 0; //!< 101 needs a letter (series 1); 102 does not (series 2)
    qint64 placedS = 0;
    quint64 authorisation = 0; //!< 0: placed without one
    bool letterHash = false; //!< the order carries a letter hash (always, with an authorisation)
};

//! The history: times in days after kT0 (seconds added so no two events share a second).
struct History {
    QList<TestAuthorisation> authorisations {
        // Used six times within six days: the reuse rule's edge is 5 (hit) / 6 (none).
        { 100, 0, 0, kT0, 0, kT0 - 10 * kDay, kT0 + 100 * kDay },
        // Used on day 10, revoked exactly 3 days later: within 3 days (hit), not within 2.
        { 200, 0, 1, kT0 + 5, kT0 + 13 * kDay, kT0, kT0 + 100 * kDay },
        // Expired on day 20, used before and (on the chain as fabricated) after: the second use is expired.
        { 300, 1, 0, kT0 + 1 * kDay, 0, kT0 - 5 * kDay, kT0 + 20 * kDay },
        // Valid at the head, never used.
        { 400, 1, 2, kT0 + 30 * kDay, 0, kT0 + 29 * kDay, kT0 + 365 * kDay },
        // Revoked on day 35, never used; becomes revoked only in the second part (catch-up).
        { 500, 0, 1, kT0 + 2 * kDay, kT0 + 35 * kDay, kT0, kT0 + 100 * kDay },
    };
    QList<TestOrder> orders;
    qint64 headS = kT0 + 40 * kDay;

    History()
    {
        for (int d = 1; d <= 6; ++d)
            orders << TestOrder { quint64(1000 + d), 0, 101, kT0 + d * kDay + 60, 100, true };
        orders << TestOrder { 1010, 0, 101, kT0 + 10 * kDay, 200, true };
        orders << TestOrder { 1015, 1, 101, kT0 + 15 * kDay, 300, true };
        orders << TestOrder { 1025, 1, 101, kT0 + 25 * kDay, 300, true };
        orders << TestOrder { 1020, 1, 102, kT0 + 20 * kDay + 60, 0, false }; // no letter needed
        orders << TestOrder { 1021, 0, 101, kT0 + 21 * kDay, 0, false }; // letter missing
        orders << TestOrder { 1022, 0, 101, kT0 + 22 * kDay, 0, true }; // a letter hash, no record, not decrypted
    }

    const TestAuthorisation &authorisation(quint64 id) const
    {
        for (const TestAuthorisation &a : authorisations)
            if (a.id == id)
                return a;
        qFatal("no authorisation %llu", id);
    }

    //! Writes the events at times in [fromS, toS) as blocks, one per distinct second, and a last block at headS.
    Result<void> write(test::FabricatedChain &chain, qint64 fromS, qint64 toS) const
    {
        const QList<QByteArray> banks { address("bank", 0), address("bank", 1) };
        const QByteArray bureau = address("bureau", 0);
        if (chain.height() == 0) {
            for (int b = 0; b < 2; ++b)
                chain.add(market::InstitutionRegistered { banks[b], QStringLiteral("9131000071785450%1W").arg(b),
                    QStringLiteral("测试银行%1").arg(b), market::Role::Bank, 310101,
                    crypto::sm3("pk") + crypto::sm3("pk") });
            chain.add(market::InstitutionRegistered { bureau, QStringLiteral("91110000100000000A"),
                QStringLiteral("征信机构"), market::Role::Bureau, 110000, crypto::sm3("pkb") + crypto::sm3("pkb") });
            for (quint64 id : { 101, 102 }) {
                market::ProductListed l;
                l.productId = id;
                l.bureau = bureau;
                l.series = id == 101 ? market::Series::Liantong : market::Series::Lianrong;
                l.name = QStringLiteral("产品%1").arg(id);
                l.description = QStringLiteral("说明");
                l.priceFen = 10000;
                l.slaHours = 0;
                l.deliveryFormat = QStringLiteral("PDF");
                l.authorisationRequired = id == 101;
                chain.add(l);
            }
            if (auto r = chain.seal(quint64(kT0 - kDay) * 1000); !r)
                return r;
        }
        std::multimap<qint64, market::MarketEvent> events;
        for (const TestAuthorisation &a : authorisations) {
            market::AuthorisationRecorded e;
            e.authorisationId = a.id;
            e.bank = banks[a.bank];
            e.enterpriseCommitment = crypto::sm3(QByteArray::number(a.id));
            e.letterHash = crypto::sm3(QByteArray("letter") + QByteArray::number(a.id));
            e.letterDocument = crypto::sm3(QByteArray("document") + QByteArray::number(a.id));
            e.series = a.series;
            if (a.series == 0)
                e.productIds = { 101 };
            e.purpose = QStringLiteral("贷前审查");
            e.validFromMs = quint64(a.fromS) * 1000;
            e.validUntilMs = quint64(a.untilS) * 1000;
            events.emplace(a.recordedS, e);
            if (a.revokedS)
                events.emplace(
                    a.revokedS, market::AuthorisationRevoked { a.id, banks[a.bank], QStringLiteral("撤回") });
        }
        for (const TestOrder &o : orders) {
            if (o.authorisation) // before OrderPlaced, as placeAuthorisedOrder emits them
                events.emplace(
                    o.placedS, market::AuthorisationUsed { o.authorisation, o.id, banks[o.bank], o.product });
            const QByteArray letter = o.authorisation
                ? crypto::sm3(QByteArray("letter") + QByteArray::number(o.authorisation))
                : (o.letterHash ? crypto::sm3(QByteArray::number(o.id)) : QByteArray(32, '\0'));
            events.emplace(o.placedS,
                market::OrderPlaced { o.id, banks[o.bank], o.product, bureau, 10000, letter,
                    crypto::sm3(QByteArray("req") + QByteArray::number(o.id)) });
        }
        if (auto r = chain.sealInTimeOrder(events, fromS, toS); !r)
            return r;
        if (toS > headS) // an empty block at the head's time: "now" for validity
            return chain.seal(quint64(headS) * 1000);
        return {};
    }
};

//! The figures the test expects for a period and a bank (-1: any), from the History alone.
struct Expected {
    qint64 recorded = 0, revoked = 0, valid = 0, expired = 0, orders = 0, authorised = 0, revokedSince = 0;
    QSet<quint64> authorisedIds, revokedSinceIds;
};

Expected expect(const History &h, qint64 fromS, qint64 toS, int bank, qint64 nowS, qint64 seenUntilS)
{
    const auto inPeriod = [&](qint64 s) { return s >= fromS && s < toS; };
    Expected x;
    for (const TestAuthorisation &a : h.authorisations) {
        if ((bank >= 0 && a.bank != bank) || a.recordedS >= seenUntilS)
            continue;
        const bool revoked = a.revokedS && a.revokedS < seenUntilS;
        x.recorded += inPeriod(a.recordedS);
        x.revoked += revoked && inPeriod(a.revokedS);
        x.valid += !revoked && a.fromS <= nowS && nowS < a.untilS;
        x.expired += !revoked && a.untilS <= nowS;
    }
    for (const TestOrder &o : h.orders) {
        if ((bank >= 0 && o.bank != bank) || !inPeriod(o.placedS) || o.placedS >= seenUntilS)
            continue;
        ++x.orders;
        if (!o.authorisation)
            continue;
        ++x.authorised;
        x.authorisedIds << o.id;
        const TestAuthorisation &a = h.authorisation(o.authorisation);
        if (a.revokedS && a.revokedS < seenUntilS) {
            ++x.revokedSince;
            x.revokedSinceIds << o.id;
        }
    }
    return x;
}

QSet<quint64> idsOf(const market::OrderIdPage &page)
{
    return QSet<quint64>(page.orderIds.cbegin(), page.orderIds.cend());
}

market::AnomalySettings onlyAuthorisationRules()
{
    market::AnomalySettings s;
    s.repeatedQueryRule = s.slaRule = s.disputeRule = false;
    return s;
}

} // namespace

class TestSupervisionAuthorisations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    History m_history;
    crypto::Sm2PrivateKey m_key = crypto::Sm2PrivateKey::generate().value();

    QString store() const { return QDir(m_dir.path()).filePath(QStringLiteral("light.sqlite")); }

    std::unique_ptr<supervision::SupervisionEngine> engine()
    {
        auto opened = supervision::SupervisionEngine::open(
            store(), QDir(m_dir.path()).filePath(QStringLiteral("copy.sqlite")), m_key);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(*opened);
    }

    static void compareFigures(const market::SupervisionFigures &f, const Expected &x)
    {
        QCOMPARE(f.orders, x.orders);
        QCOMPARE(f.authorisationsRecorded, x.recorded);
        QCOMPARE(f.authorisationsRevoked, x.revoked);
        QCOMPARE(f.authorisationsValid, x.valid);
        QCOMPARE(f.authorisationsExpired, x.expired);
        QCOMPARE(f.authorisedOrders, x.authorised);
        QCOMPARE(f.ordersWithRevokedAuthorisation, x.revokedSince);
        QCOMPARE(f.authorisedShare, x.orders ? double(x.authorised) / double(x.orders) : 0.0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The first part ends before day 35: authorisation 500 is not revoked yet.
        auto chain = test::FabricatedChain::create(store());
        QVERIFY2(chain, qPrintable(chain ? QString() : chain.error().message));
        QVERIFY(m_history.write(*chain, 0, kT0 + 34 * kDay));
    }

    void figuresCountRecordsAndUsesAndCatchUpWithARevocation()
    {
        auto e = engine();
        const qint64 firstHeadS = kT0 + 30 * kDay; // the last event of the first part (authorisation 400)
        const Expected before = expect(m_history, 0, LLONG_MAX, -1, firstHeadS, kT0 + 34 * kDay);
        compareFigures(e->figures({}, {}), before);
        QCOMPARE(before.revokedSince, 1); // order 1010 (authorisation 200); not 500 yet

        auto chain = test::FabricatedChain::resume(store());
        QVERIFY(chain);
        QVERIFY(m_history.write(*chain, kT0 + 34 * kDay, LLONG_MAX));
        QVERIFY(e->catchUp());
        const Expected after = expect(m_history, 0, LLONG_MAX, -1, m_history.headS, LLONG_MAX);
        compareFigures(e->figures({}, {}), after);
        QCOMPARE(after.revoked, before.revoked + 1); // authorisation 500, read again by catch-up
        // A fresh table agrees with the caught-up one.
        compareFigures(engine()->figures({}, {}), after);
        // Each number is tested, not zero against zero.
        for (qint64 n : { after.recorded, after.revoked, after.valid, after.expired, after.authorised })
            QVERIFY(n > 0);
    }

    void periodAndBankNarrowRecordsAndUses()
    {
        auto e = engine();
        const qint64 fromS = kT0 + 2 * kDay, toS = kT0 + 24 * kDay; // without order 1001, 1025, 300 and 400
        for (int bank : { -1, 0, 1 }) {
            market::SupervisionFilter filter { fromS * 1000, toS * 1000, {}, {}, {}, {} };
            if (bank >= 0)
                filter.banks << address("bank", bank);
            const Expected x = expect(m_history, fromS, toS, bank, m_history.headS, LLONG_MAX);
            const auto f = e->figures(filter, {});
            compareFigures(f, x);
            if (bank < 0) {
                // Per bank, the same counts add up.
                qint64 recorded = 0, authorised = 0, valid = 0;
                for (const market::BankAuthorisationCount &b : f.perBankAuthorisation) {
                    recorded += b.authorisationsRecorded;
                    authorised += b.authorisedOrders;
                    valid += b.authorisationsValid;
                }
                QCOMPARE(recorded, x.recorded);
                QCOMPARE(authorised, x.authorised);
                QCOMPARE(valid, x.valid);
            }
        }
        // The series filter keeps an authorisation by the series it covers (named products: theirs).
        market::SupervisionFilter lianrong;
        lianrong.series << market::Series::Lianrong;
        const auto f = e->figures(lianrong, {});
        QCOMPARE(f.authorisationsRecorded, 1); // 400 only
        QCOMPARE(f.authorisedOrders, 0);
    }

    void drillDownListsTheAuthorisedOrders()
    {
        auto e = engine();
        const Expected x = expect(m_history, 0, LLONG_MAX, -1, m_history.headS, LLONG_MAX);
        QCOMPARE(idsOf(e->drillDown({}, {}, { FigureKind::Authorised, {}, -1 }, 0, 100)), x.authorisedIds);
        QCOMPARE(
            idsOf(e->drillDown({}, {}, { FigureKind::AuthorisationRevokedSince, {}, -1 }, 0, 100)), x.revokedSinceIds);
        const QString bank1 = QStringLiteral("0x") + QString::fromLatin1(address("bank", 1).toHex());
        QCOMPARE(idsOf(e->drillDown({}, {}, { FigureKind::BankAuthorised, bank1, -1 }, 0, 100)),
            (QSet<quint64> { 1015, 1025 }));
    }

    void theLetterRuleUsesTheRecordedValidity()
    {
        // Nothing is decrypted: the recorded authorisation's validity is public. 1025 was placed
        // after authorisation 300 expired; 1021 carries no letter; 1022's letter is unknown
        // without its request, so it is no hit.
        auto e = engine();
        market::AnomalySettings s = onlyAuthorisationRules();
        s.authorisationReuseRule = s.revokedAfterUseRule = false;
        const auto list = e->anomalies({}, s, 100);
        QSet<quint64> hit;
        for (const market::AnomalyHit &h : list.hits) {
            QCOMPARE(h.rule, market::AnomalyRule::WithoutValidLetter);
            hit.unite(QSet<quint64>(h.orderIds.cbegin(), h.orderIds.cend()));
        }
        QCOMPARE(hit, (QSet<quint64> { 1021, 1025 }));
        const auto f = e->figures({}, s);
        QCOMPARE(f.letterExpired, 1);
        QCOMPARE(f.letterMissing, 1);
    }

    void reuseRuleAtItsEdge_data()
    {
        QTest::addColumn<int>("maxOrders");
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<int>("hitOrders"); // 0: no hit
        // Authorisation 100's six uses are on days 1..6 (plus a minute): five days and no more apart.
        QTest::newRow("more than 5 in 30 days") << 5 << 30 << 6;
        QTest::newRow("more than 6 in 30 days") << 6 << 30 << 0;
        QTest::newRow("more than 5 in 5 days") << 5 << 5 << 6;
        QTest::newRow("more than 5 in 4 days") << 5 << 4 << 0;
        QTest::newRow("more than 4 in 4 days") << 4 << 4 << 6; // days 1–5 and 2–6 overlap: one run
        QTest::newRow("more than 1 in 1 day") << 1 << 1 << 6; // authorisation 300's uses are 10 days apart
    }

    void reuseRuleAtItsEdge()
    {
        QFETCH(int, maxOrders);
        QFETCH(int, windowDays);
        QFETCH(int, hitOrders);
        auto e = engine();
        market::AnomalySettings s = onlyAuthorisationRules();
        s.authorisationRule = s.revokedAfterUseRule = false;
        s.reuseMaxOrders = maxOrders;
        s.reuseWindowDays = windowDays;
        const auto list = e->anomalies({}, s, 100);
        QCOMPARE(list.totalByRule.value(int(market::AnomalyRule::AuthorisationReused)), hitOrders ? 1 : 0);
        if (hitOrders) {
            QCOMPARE(list.hits.size(), 1);
            QCOMPARE(list.hits[0].rule, market::AnomalyRule::AuthorisationReused);
            QCOMPARE(list.hits[0].orderIds, (QList<quint64> { 1001, 1002, 1003, 1004, 1005, 1006 }));
            QVERIFY(list.hits[0].detail.contains(QStringLiteral("100")));
        }
    }

    void revokedAfterUseRuleAtItsEdge_data()
    {
        QTest::addColumn<int>("withinDays");
        QTest::addColumn<QList<quint64>>("orders");
        // 200 was revoked exactly 3 days after order 1010; 500 was never used.
        QTest::newRow("within 3 days") << 3 << QList<quint64> { 1010 };
        QTest::newRow("within 2 days") << 2 << QList<quint64> {};
        QTest::newRow("within 365 days") << 365 << QList<quint64> { 1010 };
    }

    void revokedAfterUseRuleAtItsEdge()
    {
        QFETCH(int, withinDays);
        QFETCH(QList<quint64>, orders);
        auto e = engine();
        market::AnomalySettings s = onlyAuthorisationRules();
        s.authorisationRule = s.authorisationReuseRule = false;
        s.revokedWithinDays = withinDays;
        const auto list = e->anomalies({}, s, 100);
        QCOMPARE(list.totalByRule.value(int(market::AnomalyRule::RevokedAfterUse)), orders.isEmpty() ? 0 : 1);
        QCOMPARE(list.hits.size(), orders.isEmpty() ? 0 : 1);
        if (!orders.isEmpty()) {
            QCOMPARE(list.hits[0].orderIds, orders);
            QCOMPARE(list.hits[0].atMs, (kT0 + 13 * kDay) * 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSupervisionAuthorisations)
#include "TestSupervisionAuthorisations.moc"
