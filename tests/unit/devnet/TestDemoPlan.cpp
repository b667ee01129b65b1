// SPDX-License-Identifier: Apache-2.0
// The demo history's inputs and failure paths: the genesis field is checked
// before anything is signed, the plan is a function of seed and window, and a
// history transaction the contract refuses stops the start with its reason.
#include "DemoHistoryPaths.h"
#include "codec/Hex.h"
#include "devnet/DemoKeys.h"
#include "devnet/DemoPlan.h"
#include "devnet/DemoSpec.h"
#include "devnet/Devnet.h"
#include "devnet/Genesis.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace credit;
using namespace credit::devnet;

namespace {

const QString kDemoDir = QStringLiteral(CREDIT_DEMO_DIR);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QJsonObject demoGenesis()
{
    QFile f(kDemoDir + QStringLiteral("/genesis.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The demo genesis with its demoHistory changed by `edit`.
QJsonObject withHistory(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject genesis = demoGenesis();
    QJsonObject history = genesis.value(QStringLiteral("demoHistory")).toObject();
    edit(history);
    genesis.insert(QStringLiteral("demoHistory"), history);
    return genesis;
}

QStringList planKey(const QList<DemoAction> &plan)
{
    QStringList out;
    for (const DemoAction &a : plan)
        out << QStringLiteral("%1/%2/%3/%4/%5/%6")
                   .arg(a.timeMs)
                   .arg(static_cast<int>(a.step))
                   .arg(hex::encode(a.actor))
                   .arg(a.orderId)
                   .arg(a.productId)
                   .arg(a.text);
    return out;
}

} // namespace

class TestDemoPlan final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoGenesisHasAHistory();
    void genesisWithoutHistoryHasNone();
    void badHistoryFieldsAreRefused_data();
    void badHistoryFieldsAreRefused();
    void planIsAFunctionOfSeedAndWindow();
    void smallestPlanStillTakesEveryStep();
    void everyBureauHasOrdersWaitingWhateverTheDay();
    void jointOrdersEndInEveryStateWhateverTheDay();
    void waitingOrdersAreMostlyInTime();
    void usersSignAboutHalfTheStepsOfTheirInstitution();
    void userKeyFilesMustMatchTheirEntries();
    void failingHistoryTransactionStopsTheStart();
};

void TestDemoPlan::demoGenesisHasAHistory()
{
    auto spec = DemoSpec::fromGenesisFile(kDemoDir + QStringLiteral("/genesis.json"));
    QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error().message));
    QVERIFY(spec->has_value());
    const DemoSpec &s = **spec;
    QCOMPARE(s.password, QByteArray("demo-only"));
    QVERIFY(s.products.size() >= 30);
    QVERIFY(s.orders >= 200);
    QCOMPARE(s.months, 12);
    for (const QString &file : s.keyFiles)
        QVERIFY2(QFile::exists(file), qPrintable(file)); // resolved against the genesis folder
}

void TestDemoPlan::genesisWithoutHistoryHasNone()
{
    QJsonObject genesis = demoGenesis();
    genesis.remove(QStringLiteral("demoHistory"));
    auto spec = DemoSpec::parse(genesis, kDemoDir);
    QVERIFY(spec.ok());
    QVERIFY(!spec->has_value());
}

void TestDemoPlan::badHistoryFieldsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("not an object") << QString() << QJsonValue(7) << QStringLiteral("must be an object");
    QTest::newRow("too few orders") << QStringLiteral("orders") << QJsonValue(3) << QStringLiteral("orders must be");
    QTest::newRow("fractional orders") << QStringLiteral("orders") << QJsonValue(300.5)
                                       << QStringLiteral("orders must be");
    QTest::newRow("no months") << QStringLiteral("months") << QJsonValue(0) << QStringLiteral("months must be");
    QTest::newRow("negative seed") << QStringLiteral("seed") << QJsonValue(-1) << QStringLiteral("seed must be");
    QTest::newRow("empty password") << QStringLiteral("password") << QJsonValue(QString())
                                    << QStringLiteral("password");
    QTest::newRow("no key files") << QStringLiteral("keyFiles") << QJsonValue(QJsonArray())
                                  << QStringLiteral("keyFiles");
    QTest::newRow("no products") << QStringLiteral("products") << QJsonValue(QJsonArray())
                                 << QStringLiteral("products");
    const QJsonObject badCode { { QStringLiteral("name"), QStringLiteral("X") },
        { QStringLiteral("code"), QStringLiteral("91310115862599344A") }, { QStringLiteral("region"), 310000 } };
    QTest::newRow("bad enterprise code") << QStringLiteral("enterprises") << QJsonValue(QJsonArray { badCode })
                                         << QStringLiteral("enterprise \"X\"");
    const QJsonObject badProduct { { QStringLiteral("id"), 1 }, { QStringLiteral("name"), QStringLiteral("P") },
        { QStringLiteral("series"), 4 }, { QStringLiteral("priceFen"), 1 }, { QStringLiteral("slaHours"), 1 },
        { QStringLiteral("bureau"), QString(40, u'1') } };
    QTest::newRow("bad series") << QStringLiteral("products") << QJsonValue(QJsonArray { badProduct })
                                << QStringLiteral("series 1..3");
    QTest::newRow("users not a list") << QStringLiteral("users") << QJsonValue(7)
                                      << QStringLiteral("users must be a list");
    const QJsonObject user { { QStringLiteral("name"), QStringLiteral("张敏") },
        { QStringLiteral("institution"), QString(40, u'1') }, { QStringLiteral("account"), QString(40, u'2') },
        { QStringLiteral("keyFile"), QStringLiteral("keys/users/x.pem") } };
    QJsonObject nameless = user;
    nameless.remove(QStringLiteral("name"));
    QTest::newRow("user without a name") << QStringLiteral("users") << QJsonValue(QJsonArray { nameless })
                                         << QStringLiteral("needs a name and a key file");
    QJsonObject badAccount = user;
    badAccount.insert(QStringLiteral("account"), QStringLiteral("0x12"));
    QTest::newRow("user with a bad account") << QStringLiteral("users") << QJsonValue(QJsonArray { badAccount })
                                             << QStringLiteral("user 张敏: account must be a 20-byte hex address");
    QTest::newRow("user listed twice") << QStringLiteral("users") << QJsonValue(QJsonArray { user, user })
                                       << QStringLiteral("is listed twice");
}

void TestDemoPlan::badHistoryFieldsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, words);
    QJsonObject genesis = withHistory([&](QJsonObject &h) { h.insert(field, value); });
    if (field.isEmpty())
        genesis.insert(QStringLiteral("demoHistory"), value);
    auto spec = DemoSpec::parse(genesis, kDemoDir);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(spec.error().message.contains(words), qPrintable(spec.error().message));
}

void TestDemoPlan::planIsAFunctionOfSeedAndWindow()
{
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    const qint64 end = 1767225600000; // 2026-01-01 UTC
    const qint64 start = end - 365 * kDayMs;
    const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, start, end).value();
    QCOMPARE(planKey(planDemoHistory(spec, genesis.institutions, start, end).value()), planKey(plan));
    DemoSpec other = spec;
    other.seed += 1;
    QVERIFY(planKey(planDemoHistory(other, genesis.institutions, start, end).value()) != planKey(plan));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QVERIFY(plan[i].timeMs > start && plan[i].timeMs <= end);
        QVERIFY(i == 0 || plan[i].timeMs >= plan[i - 1].timeMs);
    }
    // A window too short for the longest order lives squeezes them in.
    const QList<DemoAction> shortPlan = planDemoHistory(spec, genesis.institutions, end - 20 * kDayMs, end).value();
    QCOMPARE(std::count_if(shortPlan.cbegin(), shortPlan.cend(),
                 [](const DemoAction &a) { return a.step == DemoStep::PlaceOrder; }),
        spec.orders);
    for (const DemoAction &a : shortPlan)
        QVERIFY(a.timeMs > end - 20 * kDayMs && a.timeMs <= end);
    QVERIFY(!planDemoHistory(spec, genesis.institutions, end - 10 * kDayMs, end).ok());
}

void TestDemoPlan::everyBureauHasOrdersWaitingWhateverTheDay()
{
    // The history ends "now": on every day of two weeks (weekends included),
    // each bureau of the demo has at least three orders still waiting for it
    // that it can take to delivery alone (no 链融 partner to wait for).
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    QHash<quint64, QByteArray> bureauOfProduct;
    for (const DemoProduct &p : spec.products)
        bureauOfProduct.insert(p.listing.productId, p.bureau);
    const QSet<QByteArray> bureaus(bureauOfProduct.cbegin(), bureauOfProduct.cend());
    for (const DemoProduct &p : spec.products)
        if (!p.listing.partnerBureaus.isEmpty())
            bureauOfProduct.remove(p.listing.productId); // 链融 orders do not count
    QVERIFY(bureaus.size() >= 2);
    for (int day = 0; day < 14; ++day) {
        const qint64 end = 1796428800000 + day * kDayMs + 5 * 3600 * 1000; // from 2026-12-05 13:00 China time
        const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, end - 365 * kDayMs, end).value();
        QHash<quint64, QByteArray> waiting; // order → its bureau, while nothing followed the placement
        for (const DemoAction &a : plan) {
            if (a.step == DemoStep::PlaceOrder && bureauOfProduct.contains(a.productId))
                waiting.insert(a.orderId, bureauOfProduct.value(a.productId));
            else if (a.orderId != 0)
                waiting.remove(a.orderId);
        }
        for (const QByteArray &bureau : bureaus) {
            const auto n = std::count(waiting.cbegin(), waiting.cend(), bureau);
            QVERIFY2(n >= 3,
                qPrintable(QStringLiteral("day %1, bureau %2: %3 waiting").arg(day).arg(hex::encode(bureau)).arg(n)));
        }
    }
}

void TestDemoPlan::jointOrdersEndInEveryStateWhateverTheDay()
{
    // 链融 orders end in each of the eight states on every day of two weeks
    // (CI once found no placed joint order on a Sunday's chain), and one
    // accepted joint order has some of its parts in and one still awaited.
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    QHash<quint64, qsizetype> partnersOfProduct;
    for (const DemoProduct &p : spec.products)
        partnersOfProduct.insert(p.listing.productId, p.listing.partnerBureaus.size());
    for (int day = 0; day < 14; ++day) {
        const qint64 end = 1796428800000 + day * kDayMs + 5 * 3600 * 1000; // from 2026-12-05 13:00 China time
        const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, end - 365 * kDayMs, end).value();
        QHash<quint64, DemoStep> lastStep; // joint order → its last order step
        QHash<quint64, int> parts; // joint order → parts delivered
        QHash<quint64, qsizetype> partners;
        for (const DemoAction &a : plan) {
            if (a.step == DemoStep::PlaceOrder && partnersOfProduct.value(a.productId) > 0)
                partners.insert(a.orderId, partnersOfProduct.value(a.productId));
            if (!partners.contains(a.orderId))
                continue;
            if (a.step == DemoStep::DeliverPart)
                ++parts[a.orderId];
            else
                lastStep.insert(a.orderId, a.step);
        }
        QSet<QString> ends;
        bool someOfTheParts = false;
        for (auto it = lastStep.cbegin(); it != lastStep.cend(); ++it) {
            ends.insert(QString::number(static_cast<int>(it.value())));
            someOfTheParts = someOfTheParts
                || (it.value() == DemoStep::AcceptOrder && parts.value(it.key()) > 0
                    && parts.value(it.key()) < partners.value(it.key()));
        }
        // Placed, accepted, rejected, cancelled, delivered, completed; disputed
        // ends with RaiseDispute and resolved with ResolveDispute.
        for (const DemoStep step :
            { DemoStep::PlaceOrder, DemoStep::AcceptOrder, DemoStep::RejectOrder, DemoStep::CancelOrder,
                DemoStep::DeliverReport, DemoStep::ConfirmReceipt, DemoStep::RaiseDispute, DemoStep::ResolveDispute })
            QVERIFY2(ends.contains(QString::number(static_cast<int>(step))),
                qPrintable(QStringLiteral("day %1: no joint order ends with step %2").arg(day).arg(int(step))));
        QVERIFY2(
            someOfTheParts, qPrintable(QStringLiteral("day %1: no accepted joint order with some parts").arg(day)));
    }
}

void TestDemoPlan::waitingOrdersAreMostlyInTime()
{
    // An order waiting for its bureau (placed, or accepted and not delivered)
    // owes the report within the product's SLA, counted from placement or
    // acceptance (market/OrderDeadline.h). Over two weeks of end days fewer
    // than a third of them are overdue when the history ends (more on a
    // weekend or a Monday: Friday's orders waited over it, as at a real
    // bureau), every day has some in time and some overdue show.
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    QHash<quint64, qint64> slaMs;
    for (const DemoProduct &p : spec.products)
        slaMs.insert(p.listing.productId, static_cast<qint64>(p.listing.slaHours) * 3600 * 1000);
    int overdueInTwoWeeks = 0;
    int waitingInTwoWeeks = 0;
    for (int day = 0; day < 14; ++day) {
        const qint64 end = 1796428800000 + day * kDayMs + 5 * 3600 * 1000; // from 2026-12-05 13:00 China time
        const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, end - 365 * kDayMs, end).value();
        QHash<quint64, qint64> dueAt; // waiting order → when its report is due
        for (const DemoAction &a : plan) {
            if (a.step == DemoStep::PlaceOrder || a.step == DemoStep::AcceptOrder)
                dueAt.insert(a.orderId, a.timeMs + slaMs.value(a.productId));
            else if (a.step >= DemoStep::RejectOrder && a.step <= DemoStep::ResolveDispute)
                dueAt.remove(a.orderId); // rejected, cancelled, delivered or disputed: nothing is due
        }
        const auto overdue = std::count_if(dueAt.cbegin(), dueAt.cend(), [end](qint64 due) { return end > due; });
        QVERIFY2(overdue < dueAt.size(),
            qPrintable(
                QStringLiteral("day %1: %2 of %3 waiting orders overdue").arg(day).arg(overdue).arg(dueAt.size())));
        overdueInTwoWeeks += static_cast<int>(overdue);
        waitingInTwoWeeks += static_cast<int>(dueAt.size());
    }
    QVERIFY2(overdueInTwoWeeks > 0 && overdueInTwoWeeks * 3 < waitingInTwoWeeks,
        qPrintable(QStringLiteral("%1 of %2 overdue").arg(overdueInTwoWeeks).arg(waitingInTwoWeeks)));
}

void TestDemoPlan::usersSignAboutHalfTheStepsOfTheirInstitution()
{
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    QVERIFY(spec.users.size() >= 2 * genesis.institutions.size());
    const qint64 end = 1767225600000;
    const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, end - 365 * kDayMs, end).value();

    // The users change who signs, not what happens: without them the plan is the same but for the freeze.
    DemoSpec withoutUsers = spec;
    withoutUsers.users.clear();
    QList<DemoAction> withoutFreeze = plan;
    withoutFreeze.removeIf([](const DemoAction &a) { return a.step == DemoStep::FreezeUser; });
    QCOMPARE(withoutFreeze.size(), plan.size() - 1);
    QCOMPARE(planKey(withoutFreeze),
        planKey(planDemoHistory(withoutUsers, genesis.institutions, end - 365 * kDayMs, end).value()));

    const auto freeze
        = std::find_if(plan.cbegin(), plan.cend(), [](const DemoAction &a) { return a.step == DemoStep::FreezeUser; });
    const DemoUser &frozen = spec.users.at(freeze->user);
    QCOMPARE(freeze->actor, frozen.institution);
    QVERIFY(freeze->signedBy.isEmpty()); // the bank's admin freezes
    int orderSteps = 0, byUsers = 0, byFrozen = 0;
    for (auto it = plan.cbegin(); it != plan.cend(); ++it) {
        orderSteps += it->orderId != 0;
        if (it->signedBy.isEmpty())
            continue;
        QVERIFY(it->orderId != 0); // order and dispute steps only
        QCOMPARE(it->signer(), it->signedBy);
        const auto user = std::find_if(
            spec.users.cbegin(), spec.users.cend(), [&](const DemoUser &u) { return u.account == it->signedBy; });
        QVERIFY(user != spec.users.cend());
        QCOMPARE(user->institution, it->actor);
        ++byUsers;
        if (it->signedBy == frozen.account) {
            QVERIFY(it < freeze);
            ++byFrozen;
        }
    }
    QVERIFY2(byUsers > orderSteps * 2 / 5 && byUsers < orderSteps * 3 / 5,
        qPrintable(QStringLiteral("%1 of %2").arg(byUsers).arg(orderSteps)));
    QVERIFY(byFrozen > 0);
}

void TestDemoPlan::userKeyFilesMustMatchTheirEntries()
{
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    const DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    QVERIFY(loadDemoKeys(spec, genesis).ok());

    DemoSpec swapped = spec; // the first user's entry with the second user's key file
    swapped.users[0].keyFile = spec.users[1].keyFile;
    auto keys = loadDemoKeys(swapped, genesis);
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(keys.error().message.contains(QStringLiteral("not that of user %1").arg(spec.users[0].name)),
        qPrintable(keys.error().message));

    DemoSpec ofTheOperator = spec; // the operator is no institution: it has no users
    ofTheOperator.users[0].institution = genesis.operatorAccount;
    keys = loadDemoKeys(ofTheOperator, genesis);
    QVERIFY(!keys.ok());
    QVERIFY2(keys.error().message.contains(QStringLiteral("is not a genesis institution")),
        qPrintable(keys.error().message));
    const qint64 end = 1767225600000;
    auto plan = planDemoHistory(ofTheOperator, genesis.institutions, end - 365 * kDayMs, end);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(QStringLiteral("user %1 belongs to an account that is not a genesis "
                                                          "institution")
                                               .arg(spec.users[0].name)),
        qPrintable(plan.error().message));
}

void TestDemoPlan::smallestPlanStillTakesEveryStep()
{
    const Genesis genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    DemoSpec spec = *DemoSpec::parse(demoGenesis(), kDemoDir).value();
    spec.orders = DemoSpec::kMinOrders;
    const qint64 end = 1767225600000;
    const QList<DemoAction> plan = planDemoHistory(spec, genesis.institutions, end - 365 * kDayMs, end).value();
    QSet<int> steps;
    int placed = 0;
    for (const DemoAction &a : plan) {
        steps.insert(static_cast<int>(a.step));
        placed += a.step == DemoStep::PlaceOrder;
    }
    QCOMPARE(placed, DemoSpec::kMinOrders);
    // Every product and order step, and the freeze of a bank user (the users
    // themselves are opened by the history writer, before the plan).
    QSet<int> expected;
    for (int step = static_cast<int>(DemoStep::ListProduct); step <= static_cast<int>(DemoStep::ResolveDispute); ++step)
        expected.insert(step);
    expected.insert(static_cast<int>(DemoStep::FreezeUser));
    // Authorisations recorded for the products that need one, and one revoked at least.
    expected.insert(static_cast<int>(DemoStep::RecordAuthorisation));
    expected.insert(static_cast<int>(DemoStep::RevokeAuthorisation));
    // 链融: partners deliver their parts of accepted joint orders, whenever the plan has one.
    QSet<quint64> jointProducts;
    for (const DemoProduct &p : spec.products)
        if (!p.listing.partnerBureaus.isEmpty())
            jointProducts.insert(p.listing.productId);
    const bool jointAccepted = std::any_of(plan.cbegin(), plan.cend(),
        [&](const DemoAction &a) { return a.step == DemoStep::AcceptOrder && jointProducts.contains(a.productId); });
    if (jointAccepted)
        expected.insert(static_cast<int>(DemoStep::DeliverPart));
    QCOMPARE(steps, expected);
}

void TestDemoPlan::failingHistoryTransactionStopsTheStart()
{
    // A 链通 product with a partner bureau: the spec accepts it, the contract reverts.
    const QJsonObject genesis = withHistory([](QJsonObject &h) {
        test::makeDemoKeyFilesAbsolute(h, QDir(kDemoDir)); // the copy lives elsewhere
        QJsonArray products = h.value(QStringLiteral("products")).toArray();
        QJsonObject first = products.first().toObject();
        first.insert(QStringLiteral("partnerBureaus"),
            QJsonArray { products.last().toObject().value(QStringLiteral("bureau")) });
        products.replace(0, first);
        h.insert(QStringLiteral("products"), products);
    });
    QCOMPARE(genesis.value(QStringLiteral("demoHistory"))
                 .toObject()
                 .value(QStringLiteral("products"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("series"))
                 .toInt(),
        1);

    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("genesis.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(genesis).toJson());
    f.close();
    Devnet::Options options;
    options.genesisPath = f.fileName();
    options.dataDir = dir.filePath(QStringLiteral("data"));
    auto devnet = Devnet::start(options);
    QVERIFY(!devnet.ok());
    const QString message = devnet.error().message;
    QVERIFY2(message.contains(QStringLiteral("listProduct of product 1001"))
            && message.contains(QStringLiteral("only series 2 products may have partner bureaus")),
        qPrintable(message));
    auto again = Devnet::start(options); // the half-written chain is not taken for a finished one
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("never finished")), qPrintable(again.error().message));
}

QTEST_GUILESS_MAIN(TestDemoPlan)
#include "TestDemoPlan.moc"
