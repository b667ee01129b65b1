// SPDX-License-Identifier: Apache-2.0
// The regulator's figures against counts the test computes itself from its
// own records of the history (plain loops over ScenarioOrder, not the
// engine's code or SQL); drill-down lists exactly the orders behind a figure;
// filters combine; catching up after new blocks equals a fresh count.
#include "SupervisionScenario.h"
#include "Vectors.h"
#include "crypto/Sm2Key.h"
#include "market/RegionNames.h"
#include "supervision/PrivateCopy.h"
#include "supervision/SupervisionEngine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace credit;
using market::FigureKind;
using test::ScenarioOrder;

namespace {

//! What the test expects for one filter, from the scenario's records alone.
struct Expected {
    QList<const ScenarioOrder *> orders;
    QHash<int, qint64> perState;
    qint64 accepted = 0, rejected = 0, slaBreaches = 0, disputes = 0, resolved = 0;
    qint64 local = 0, cross = 0, missing = 0, expired = 0, notYet = 0, outside = 0;
    QSet<quint64> ids, slaIds, localIds, missingIds, expiredIds, repeatedIds, outsideIds;
    QList<qint64> toAccept;
};

qint64 nearestRank(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype k = qsizetype(std::ceil(p * double(values.size())));
    return values.isEmpty() ? 0 : values[std::max<qsizetype>(k, 1) - 1];
}

class Truth {
public:
    Truth(const test::Scenario &s, qint64 headS) : m_s(s), m_headS(headS) { }

    Expected expect(
        const std::function<bool(const ScenarioOrder &)> &keep, const market::AnomalySettings &settings) const
    {
        Expected e;
        for (const ScenarioOrder &o : m_s.orders) {
            if (o.placedS > m_headS || !keep(o))
                continue;
            const ScenarioOrder view = at(o);
            e.orders << &o;
            e.ids << o.id;
            ++e.perState[int(view.state)];
            const auto &product = m_s.products[o.product];
            if (view.acceptedS) {
                ++e.accepted;
                e.toAccept << (view.acceptedS - o.placedS) * 1000;
            }
            e.rejected += view.rejectedS != 0;
            e.disputes += view.disputeS != 0;
            e.resolved += view.resolvedS != 0;
            const qint64 sla = qint64(product.slaHours) * 3600;
            bool late = false;
            if (sla > 0) {
                if (view.deliveredS)
                    late = view.deliveredS - (view.acceptedS ? view.acceptedS : o.placedS) > sla;
                else if (view.state == market::OrderState::Placed)
                    late = m_headS - o.placedS > sla;
                else if (view.state == market::OrderState::Accepted)
                    late = m_headS - view.acceptedS > sla;
            }
            if (late) {
                ++e.slaBreaches;
                e.slaIds << o.id;
            }
            if (o.decrypted) {
                const bool same = m_s.enterprises[o.enterprise].province == m_s.bankProvinces[o.bank];
                (same ? e.local : e.cross)++;
                if (same)
                    e.localIds << o.id;
            }
            if (product.letterRequired && !o.hasLetter) {
                ++e.missing;
                e.missingIds << o.id;
            } else if (product.letterRequired && o.decrypted) {
                const QString day = QDateTime::fromSecsSinceEpoch(o.placedS, Qt::OffsetFromUTC, 8 * 3600)
                                        .toString(QStringLiteral("yyyy-MM-dd"));
                if (day > o.validUntil) {
                    ++e.expired;
                    e.expiredIds << o.id;
                }
                e.notYet += day < o.validFrom;
            }
            const QDateTime local = QDateTime::fromSecsSinceEpoch(o.placedS, Qt::OffsetFromUTC, 8 * 3600);
            const int minute = local.time().hour() * 60 + local.time().minute();
            if (local.date().dayOfWeek() >= 6 || minute < settings.workdayStartMinute
                || minute >= settings.workdayEndMinute) {
                ++e.outside;
                e.outsideIds << o.id;
            }
        }
        // Repeated queries: an order is in a run when some window of the
        // setting's length ending at one of the pair's orders holds it and
        // at least repeatMinOrders of them (brute force over all pairs).
        const qint64 window = qint64(settings.repeatWindowDays) * 86400;
        for (const ScenarioOrder *end : std::as_const(e.orders)) {
            if (!end->decrypted)
                continue;
            QList<quint64> inWindow;
            for (const ScenarioOrder *o : std::as_const(e.orders))
                if (o->decrypted && o->bank == end->bank && o->enterprise == end->enterprise
                    && o->placedS <= end->placedS && end->placedS - o->placedS <= window)
                    inWindow << o->id;
            if (inWindow.size() >= settings.repeatMinOrders)
                for (quint64 id : inWindow)
                    e.repeatedIds << id;
        }
        return e;
    }

    //! The order as the chain shows it at the head: later events not yet happened.
    ScenarioOrder at(const ScenarioOrder &o) const
    {
        ScenarioOrder v = o;
        for (qint64 *t :
            { &v.acceptedS, &v.rejectedS, &v.cancelledS, &v.deliveredS, &v.completedS, &v.disputeS, &v.resolvedS })
            if (*t > m_headS)
                *t = 0;
        using market::OrderState;
        v.state = v.resolvedS ? OrderState::Resolved
            : v.disputeS      ? OrderState::Disputed
            : v.completedS    ? OrderState::Completed
            : v.deliveredS    ? OrderState::Delivered
            : v.acceptedS     ? OrderState::Accepted
            : v.cancelledS    ? OrderState::Cancelled
            : v.rejectedS     ? OrderState::Rejected
                              : OrderState::Placed;
        return v;
    }

private:
    const test::Scenario &m_s;
    qint64 m_headS;
};

QSet<quint64> allIds(supervision::SupervisionEngine &engine, const market::SupervisionFilter &filter,
    const market::AnomalySettings &settings, market::FigureRef figure)
{
    QSet<quint64> ids;
    const auto first = engine.drillDown(filter, settings, figure, 0, 7);
    for (qint64 offset = 0; offset < first.total; offset += 7)
        for (quint64 id : engine.drillDown(filter, settings, figure, offset, 7).orderIds)
            ids << id;
    return ids;
}

//! Every figure as text, to compare two computations whole.
QString describe(const market::SupervisionFigures &f)
{
    QStringList parts { QString::number(f.orders), QString::number(f.accepted), QString::number(f.rejected),
        QString::number(f.slaBreaches), QString::number(f.disputesRaised), QString::number(f.disputesResolved),
        QString::number(f.localOrders), QString::number(f.crossRegionOrders), QString::number(f.letterMissing),
        QString::number(f.letterExpired), QString::number(f.letterNotYetValid), QString::number(f.repeatedQueryOrders),
        QString::number(f.outsideHoursOrders), QString::number(f.timeToAccept.medianMs),
        QString::number(f.timeToAccept.p90Ms), QString::number(f.timeToDeliver.medianMs),
        QString::number(f.timeToResolve.p90Ms), QString::number(f.provenance.headBlock),
        QString::fromLatin1(f.provenance.headHash.toHex()) };
    for (const auto &m : f.perMonth) {
        parts << m.month;
        for (qint64 n : m.byState)
            parts << QString::number(n);
    }
    for (const auto *groups : { &f.perBank, &f.perBureau, &f.perSeries, &f.perRegion, &f.disputeOutcomes })
        for (const market::GroupCount &g : *groups)
            parts << g.key + QLatin1Char('=') + QString::number(g.orders);
    for (const market::BankAuthorisationCount &b : f.perBankAuthorisation)
        parts << QStringLiteral("%1:%2/%3/%4")
                     .arg(b.queries)
                     .arg(b.needingLetter)
                     .arg(b.withValidLetter)
                     .arg(b.withoutValidLetter);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSupervisionEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Scenario m_scenario = test::Scenario::generate(600, 14);
    crypto::Sm2PrivateKey m_key = crypto::Sm2PrivateKey::generate().value();

    QString store() const { return QDir(m_dir.path()).filePath(QStringLiteral("light.sqlite")); }
    QString copy() const { return QDir(m_dir.path()).filePath(QStringLiteral("supervision.sqlite")); }

    std::unique_ptr<supervision::SupervisionEngine> engine()
    {
        auto opened = supervision::SupervisionEngine::open(store(), copy(), m_key);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(*opened);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto chain = test::FabricatedChain::create(store());
        QVERIFY2(chain, qPrintable(chain ? QString() : chain.error().message));
        QVERIFY(m_scenario.write(*chain));
        auto kept = supervision::PrivateCopy::open(copy(), m_key);
        QVERIFY(kept);
        QVERIFY((*kept)->put(m_scenario.requestFacts()));
    }

    void figuresMatchTheHistory()
    {
        auto e = engine();
        const market::AnomalySettings settings;
        const Truth truth(m_scenario, m_scenario.eventTimes().last());
        const Expected x = truth.expect([](const ScenarioOrder &) { return true; }, settings);
        const auto f = e->figures({}, settings);
        QCOMPARE(f.orders, qint64(m_scenario.orders.size()));
        QCOMPARE(f.provenance.decryptedOrders, qint64(m_scenario.requestFacts().size()));
        QCOMPARE(f.provenance.firstBlock, quint64(1));
        QVERIFY(f.provenance.headHash.size() == 32);
        qint64 inMonths[9] = {};
        for (const market::MonthCounts &m : f.perMonth)
            for (int s = 0; s < 9; ++s)
                inMonths[s] += m.byState[s];
        for (int s = 0; s < 9; ++s)
            QCOMPARE(inMonths[s], x.perState.value(s));
        QCOMPARE(f.accepted, x.accepted);
        QCOMPARE(f.rejected, x.rejected);
        QCOMPARE(f.acceptanceRate, double(x.accepted) / double(x.accepted + x.rejected));
        QCOMPARE(f.timeToAccept.medianMs, nearestRank(x.toAccept, 0.5));
        QCOMPARE(f.timeToAccept.p90Ms, nearestRank(x.toAccept, 0.9));
        QCOMPARE(f.slaBreaches, x.slaBreaches);
        QCOMPARE(f.disputesRaised, x.disputes);
        QCOMPARE(f.disputesResolved, x.resolved);
        QCOMPARE(f.localOrders, x.local);
        QCOMPARE(f.crossRegionOrders, x.cross);
        QCOMPARE(f.letterMissing, x.missing);
        QCOMPARE(f.letterExpired, x.expired);
        QCOMPARE(f.letterNotYetValid, x.notYet);
        QCOMPARE(f.outsideHoursOrders, x.outside);
        QCOMPARE(f.repeatedQueryOrders, qint64(x.repeatedIds.size()));
        // The scenario is rich enough that each figure is tested, not zero against zero.
        for (qint64 n : { x.slaBreaches, x.resolved, x.local, x.cross, x.missing, x.expired, x.notYet, x.outside,
                 qint64(x.repeatedIds.size()) })
            QVERIFY(n > 0);
        qint64 perBank = 0;
        for (const market::GroupCount &g : f.perBank)
            perBank += g.orders;
        QCOMPARE(perBank, f.orders);
    }

    void drillDownListsExactlyTheOrdersBehindAFigure()
    {
        auto e = engine();
        const market::AnomalySettings settings;
        const Expected x = Truth(m_scenario, m_scenario.eventTimes().last())
                               .expect([](const ScenarioOrder &) { return true; }, settings);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::SlaBreach, {}, -1 }), x.slaIds);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::Local, {}, -1 }), x.localIds);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::LetterMissing, {}, -1 }), x.missingIds);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::LetterExpired, {}, -1 }), x.expiredIds);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::RepeatedQuery, {}, -1 }), x.repeatedIds);
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::OutsideHours, {}, -1 }), x.outsideIds);
        // A bar of the per-bank chart: exactly that bank's orders.
        const auto figures = e->figures({}, settings);
        const market::GroupCount bar = figures.perBank.first();
        QSet<quint64> ofBank;
        for (const ScenarioOrder &o : m_scenario.orders)
            if (QStringLiteral("0x") + QString::fromLatin1(m_scenario.banks[o.bank].toHex()) == bar.key)
                ofBank << o.id;
        QCOMPARE(allIds(*e, {}, settings, { FigureKind::Bank, bar.key, -1 }), ofBank);
        QCOMPARE(qint64(ofBank.size()), bar.orders);
        // The first page is the oldest orders, in chain order.
        const auto page = e->drillDown({}, settings, { FigureKind::Orders, {}, -1 }, 0, 3);
        QCOMPARE(page.total, qint64(m_scenario.orders.size()));
        QCOMPARE(page.orderIds,
            (QList<quint64> { m_scenario.orders[0].id, m_scenario.orders[1].id, m_scenario.orders[2].id }));
        // An unknown key is an empty figure, not every order.
        QCOMPARE(e->drillDown({}, settings, { FigureKind::Bank, QStringLiteral("0x00"), -1 }, 0, 10).total, 0);
    }

    void filtersCombine()
    {
        auto e = engine();
        const market::AnomalySettings settings;
        const Truth truth(m_scenario, m_scenario.eventTimes().last());
        const qint64 fromS = m_scenario.orders[100].placedS, toS = m_scenario.orders[450].placedS;
        market::SupervisionFilter filter;
        filter.fromMs = fromS * 1000;
        filter.toMs = toS * 1000;
        filter.banks = { m_scenario.banks[0], m_scenario.banks[2] };
        filter.series = { market::Series::Liantong, market::Series::Lianfu };
        filter.regions = { 310000, 440000 };
        const auto &s = m_scenario;
        const Expected x = truth.expect(
            [&](const ScenarioOrder &o) {
                const auto series = s.products[o.product].series;
                const quint32 region = s.enterprises[o.enterprise].province;
                return o.placedS >= fromS && o.placedS < toS && (o.bank == 0 || o.bank == 2)
                    && (series == market::Series::Liantong || series == market::Series::Lianfu) && o.decrypted
                    && (region == 310000 || region == 440000);
            },
            settings);
        QVERIFY(x.ids.size() > 10);
        const auto f = e->figures(filter, settings);
        QCOMPARE(f.orders, qint64(x.ids.size()));
        QCOMPARE(f.slaBreaches, x.slaBreaches);
        QCOMPARE(f.letterExpired, x.expired);
        QCOMPARE(f.repeatedQueryOrders, qint64(x.repeatedIds.size()));
        QCOMPARE(allIds(*e, filter, settings, { FigureKind::Orders, {}, -1 }), x.ids);
        QCOMPARE(allIds(*e, filter, settings, { FigureKind::SlaBreach, {}, -1 }), x.slaIds);
        // The browser shows the same orders under the same filter.
        market::BrowserQuery browser;
        browser.filter = filter;
        browser.limit = 1000;
        QSet<quint64> browsed;
        for (const market::BrowserRow &row : e->browse(browser).rows)
            browsed << row.orderId;
        QCOMPARE(browsed, x.ids);
        // A bureau the store does not know matches nothing.
        filter.bureaus = { QByteArray(20, '\x7f') };
        QCOMPARE(e->figures(filter, settings).orders, 0);
    }

    void anomaliesNameTheirOrders()
    {
        auto e = engine();
        const market::AnomalySettings settings;
        const Expected x = Truth(m_scenario, m_scenario.eventTimes().last())
                               .expect([](const ScenarioOrder &) { return true; }, settings);
        const auto list = e->anomalies({}, settings, 100000);
        QSet<quint64> sla, repeated;
        for (const market::AnomalyHit &hit : list.hits) {
            QVERIFY(!hit.orderIds.isEmpty());
            if (hit.rule == market::AnomalyRule::SlaBreach)
                sla << hit.orderIds.first();
            if (hit.rule == market::AnomalyRule::RepeatedQueries) {
                QVERIFY(hit.orderIds.size() >= settings.repeatMinOrders);
                for (quint64 id : hit.orderIds)
                    repeated << id;
            }
        }
        QCOMPARE(sla, x.slaIds);
        QCOMPARE(repeated, x.repeatedIds);
        QCOMPARE(list.totalByRule[int(market::AnomalyRule::SlaBreach)], x.slaBreaches);
        QCOMPARE(list.totalByRule[int(market::AnomalyRule::Dispute)], x.disputes);
        QCOMPARE(list.totalByRule[int(market::AnomalyRule::WithoutValidLetter)], x.missing + x.expired + x.notYet);
        // The limit keeps the newest hits of each rule.
        const auto limited = e->anomalies({}, settings, 2);
        QCOMPARE(limited.hits.size(), 8);
        QCOMPARE(limited.totalByRule, list.totalByRule);
    }

    void browserSearchesAndSorts()
    {
        auto e = engine();
        market::BrowserQuery q;
        q.search = QStringLiteral("澜启");
        q.sortBy = market::BrowserColumn::PlacedAt;
        q.ascending = false;
        q.limit = 5;
        const auto page = e->browse(q);
        qint64 expected = 0;
        for (const ScenarioOrder &o : m_scenario.orders)
            expected += o.decrypted && o.enterprise == 0;
        QCOMPARE(page.total, expected);
        QCOMPARE(page.rows.size(), 5);
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            QCOMPARE(page.rows[i].enterpriseName, QStringLiteral("上海澜启科技有限公司"));
            QCOMPARE(page.rows[i].enterpriseRegion, 310000u);
            if (i > 0)
                QVERIFY(page.rows[i - 1].placedAtMs >= page.rows[i].placedAtMs);
        }
        q.search = QString::number(m_scenario.orders[7].id);
        QCOMPARE(e->browse(q).rows.value(0).orderId, m_scenario.orders[7].id);
    }

    void browserNarrowsToAFigureAndToListedOrders()
    {
        auto e = engine();
        market::AnomalySettings settings;
        settings.workdayStartMinute = 10 * 60; // not the default: the browser must use the query's settings
        settings.workdayEndMinute = 16 * 60;
        const Expected x = Truth(m_scenario, m_scenario.eventTimes().last())
                               .expect([](const ScenarioOrder &) { return true; }, settings);
        auto browsed = [&e](market::BrowserQuery q) {
            q.limit = 100000;
            const auto page = e->browse(q);
            QSet<quint64> ids;
            for (const market::BrowserRow &row : page.rows)
                ids << row.orderId;
            return std::pair { page.total, ids };
        };
        market::BrowserQuery q;
        q.settings = settings;
        q.figure = market::FigureRef { FigureKind::OutsideHours, {}, -1 };
        QVERIFY(!x.outsideIds.isEmpty() && x.outsideIds.size() < m_scenario.orders.size());
        QCOMPARE(browsed(q).first, qint64(x.outsideIds.size()));
        QCOMPARE(browsed(q).second, x.outsideIds);
        q.figure = market::FigureRef { FigureKind::SlaBreach, {}, -1 };
        QCOMPARE(browsed(q).second, x.slaIds);
        // A figure and a search combine: the late orders of one enterprise.
        q.search = QStringLiteral("澜启");
        QSet<quint64> lateOfLanqi;
        for (const ScenarioOrder &o : m_scenario.orders)
            if (x.slaIds.contains(o.id) && o.decrypted && o.enterprise == 0)
                lateOfLanqi << o.id;
        QVERIFY(!lateOfLanqi.isEmpty());
        QCOMPARE(browsed(q).second, lateOfLanqi);

        // An anomaly's orders: exactly those listed that exist, in any sort.
        market::BrowserQuery listed;
        const QList<quint64> ids { m_scenario.orders[3].id, m_scenario.orders[50].id, m_scenario.orders[10].id };
        listed.orderIds = ids + QList<quint64> { 987654321 };
        listed.sortBy = market::BrowserColumn::PlacedAt;
        listed.ascending = false;
        const auto page = e->browse(listed);
        QCOMPARE(page.total, 3);
        QCOMPARE(page.rows.size(), 3);
        QCOMPARE(page.rows[0].orderId, m_scenario.orders[50].id); // newest first
        QCOMPARE((QSet<quint64> { page.rows[1].orderId, page.rows[2].orderId }),
            (QSet<quint64> { m_scenario.orders[3].id, m_scenario.orders[10].id }));

        // The CSV export writes the same narrowed view, every page of it.
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("late.csv"));
        q.search.clear();
        auto written = e->exportCsv(q, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(*written, qint64(x.slaIds.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<quint64> exported;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 2; i < lines.size(); ++i)
            if (!lines[i].isEmpty())
                exported << lines[i].left(lines[i].indexOf(',')).toULongLong();
        QCOMPARE(exported, x.slaIds);
    }

    void regionsAreNamed()
    {
        // Real credit codes (tests/vectors/uscc.json): digits 3-4 name the registering province.
        const QHash<QString, QString> expected { { QStringLiteral("91310000717854505W"), QStringLiteral("Shanghai") },
            { QStringLiteral("914403001922038216"), QStringLiteral("Guangdong") },
            { QStringLiteral("91110000802100433B"), QStringLiteral("Beijing") },
            { QStringLiteral("91330100799655058B"), QStringLiteral("Zhejiang") },
            { QStringLiteral("91320500948219939R"), QStringLiteral("Jiangsu") } };
        const QJsonArray valid = test::loadVectors(QStringLiteral("uscc.json")).value(u"valid").toArray();
        int checked = 0;
        for (const QJsonValue &v : valid) {
            supervision::RequestFacts facts;
            facts.enterpriseCode = v.toString();
            QVERIFY2(!market::provinceName(facts.province()).isEmpty(), qPrintable(facts.enterpriseCode));
            if (expected.contains(facts.enterpriseCode)) {
                QCOMPARE(market::provinceName(facts.province()), expected.value(facts.enterpriseCode));
                ++checked;
            }
        }
        QCOMPARE(checked, expected.size());
        QCOMPARE(market::provinceName(820000), QStringLiteral("Macao"));
        QCOMPARE(market::provinceName(650102), QStringLiteral("Xinjiang")); // a county names its province
        QCOMPARE(market::provinceName(990000), QString());
        QCOMPARE(market::regionLabel(990000), QStringLiteral("990000"));
        QCOMPARE(market::regionLabel(0), QString());
        // The dashboard's regions carry the names; the scenario's enterprises are in four provinces.
        const auto f = engine()->figures({}, {});
        QHash<QString, QString> labels;
        for (const market::GroupCount &g : f.perRegion)
            labels.insert(g.key, g.label);
        QCOMPARE(labels,
            (QHash<QString, QString> { { QStringLiteral("310000"), QStringLiteral("Shanghai") },
                { QStringLiteral("440000"), QStringLiteral("Guangdong") },
                { QStringLiteral("110000"), QStringLiteral("Beijing") },
                { QStringLiteral("320000"), QStringLiteral("Jiangsu") } }));
    }

    void catchingUpEqualsAFreshCount()
    {
        // A second store: the history up to its last block, the engine opened, then the last block.
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("light.sqlite"));
        const QString copyPath = QDir(dir.path()).filePath(QStringLiteral("supervision.sqlite"));
        auto chain = test::FabricatedChain::create(path);
        QVERIFY(chain);
        const QList<qint64> times = m_scenario.eventTimes();
        const qint64 middle = times[times.size() / 2], last = times.last();
        QVERIFY(m_scenario.write(*chain, 0, middle));
        auto copy = supervision::PrivateCopy::open(copyPath, m_key);
        QVERIFY(copy && (*copy)->put(m_scenario.requestFacts()));
        auto following = supervision::SupervisionEngine::open(path, copyPath, m_key);
        QVERIFY(following);
        const market::AnomalySettings settings;
        const auto before = (*following)->figures({}, settings);
        // Many blocks at once (a catch-up), then exactly one new block.
        QVERIFY(m_scenario.write(*chain, middle, last));
        QVERIFY((*following)->catchUp());
        QVERIFY(m_scenario.write(*chain, last, 0));
        const quint64 height = chain->height();
        auto read = (*following)->catchUp();
        QVERIFY(read && *read > 0);
        const auto incremental = (*following)->figures({}, settings);
        auto fresh = supervision::SupervisionEngine::open(path, copyPath, m_key);
        QVERIFY(fresh);
        const auto recomputed = (*fresh)->figures({}, settings);
        QCOMPARE(incremental.provenance.headBlock, height);
        QCOMPARE(incremental.provenance.headHash, chain->headHash());
        QVERIFY(describe(incremental) != describe(before));
        QCOMPARE(describe(incremental), describe(recomputed));
        // And both equal the full store's figures (the same history).
        QCOMPARE(incremental.orders, engine()->figures({}, settings).orders);
        QCOMPARE(*(*following)->catchUp(), 0); // nothing new: nothing read
    }
};

QTEST_GUILESS_MAIN(TestSupervisionEngine)
#include "TestSupervisionEngine.moc"
