// SPDX-License-Identifier: Apache-2.0
// SyncEngine against real devnets over loopback: the projections match the
// market traffic that was sent, a second run resumes where the first stopped,
// and blocks of another chain are refused with the rule named and nothing stored.
#include "DevnetThread.h"
#include "MarketParty.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "node/SyncEngine.h"
#include "chain/TransactionSender.h"
#include "codec/Hex.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "chain/MarketClient.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace credit;
using namespace credit::market;

namespace {

const QByteArray kContract(20, '\x5a');

using Party = test::MarketParty;

QJsonObject institution(const Party &p, int role)
{
    return { { QStringLiteral("account"), hex::encode(p.key.address()) },
        { QStringLiteral("publicKey"), hex::encode(p.key.publicKey().raw()) },
        { QStringLiteral("code"), QStringLiteral("91310000717854505W") },
        { QStringLiteral("name"), QStringLiteral("机构%1").arg(role) }, { QStringLiteral("role"), role },
        { QStringLiteral("region"), 310000 } };
}

template<typename T> bool succeeded(const Result<T> &r)
{
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r.ok();
}

} // namespace

class TestLightSync final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesANodeOfAnotherGenesis();
    void syncsToHeadAndProjectsTheMarket();
    void resumesFromTheStoredHeight();
    void refusesABlockFromAnotherChain();
    void stopsWhenCancelled();
    void projectsAuthorisationsAndTheirUses();

private:
    std::unique_ptr<test::DevnetThread> startDevnet(const QString &name, qint64 timestamp);
    chain::NetworkProfile profileFor(const QString &url);
    Result<chain::SyncSummary, chain::SyncError> syncFrom(
        const QString &url, store::LightStore &store, std::shared_ptr<const chain::CancelToken> cancel = {});
    quint64 headOf(const QString &url);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_chainA, m_chainB;
    chain::NetworkProfile m_profile; // trusts chain A
    Party m_operator, m_bank, m_bureau, m_mediator;
    quint64 m_syncedHeight = 0;
};

std::unique_ptr<test::DevnetThread> TestLightSync::startDevnet(const QString &name, qint64 timestamp)
{
    QJsonArray sealers;
    for (int i = 0; i < 4; ++i)
        sealers << hex::encode(crypto::sm3(QByteArray("light-sealer") + char('0' + i)));
    QFile genesis(m_dir.filePath(name + QStringLiteral(".json")));
    if (!genesis.open(QIODevice::WriteOnly))
        return nullptr;
    genesis.write(QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), timestamp }, { QStringLiteral("sealerKeys"), sealers },
            { QStringLiteral("operator"), hex::encode(m_operator.key.address()) },
            { QStringLiteral("contractAddress"), hex::encode(kContract) },
            { QStringLiteral("institutions"),
                QJsonArray { institution(m_bank, 3), institution(m_bureau, 2), institution(m_mediator, 5) } } })
                      .toJson());
    genesis.close();
    devnet::Devnet::Options o;
    o.genesisPath = genesis.fileName();
    o.dataDir = m_dir.filePath(name);
    o.blockIntervalMs = 20;
    return std::make_unique<test::DevnetThread>(o);
}

chain::NetworkProfile TestLightSync::profileFor(const QString &url)
{
    chain::NetworkProfile p = m_profile;
    p.endpoints = { url };
    return p;
}

Result<chain::SyncSummary, chain::SyncError> TestLightSync::syncFrom(
    const QString &url, store::LightStore &store, std::shared_ptr<const chain::CancelToken> cancel)
{
    const auto profile = profileFor(url);
    chain::RpcOptions options;
    options.cancel = cancel;
    chain::RpcClient client(url, options);
    chain::SyncEngine engine(store, profile, client, cancel);
    return engine.syncToHead();
}

quint64 TestLightSync::headOf(const QString &url)
{
    chain::RpcClient client(url);
    chain::FiscoRpc rpc(client, 1);
    auto head = rpc.getBlockNumber();
    return head ? *head : 0;
}

void TestLightSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_chainA = startDevnet(QStringLiteral("a"), 1700000000000);
    m_chainB = startDevnet(QStringLiteral("b"), 1700000000001);
    QVERIFY2(m_chainA && m_chainA->ok(), m_chainA ? qPrintable(m_chainA->error()) : "no genesis file");
    QVERIFY2(m_chainB && m_chainB->ok(), m_chainB ? qPrintable(m_chainB->error()) : "no genesis file");

    // The profile's anchor is what an operator would publish: chain A's genesis hash.
    chain::RpcClient client(m_chainA->url());
    chain::FiscoRpc rpc(client, 1);
    auto genesis = rpc.getBlockHeaderByNumber(0, false);
    QVERIFY(genesis.ok());
    auto profile = chain::NetworkProfile::fromJson(
        { { QStringLiteral("name"), QStringLiteral("devnet A") }, { QStringLiteral("chainId"), 1 },
            { QStringLiteral("groupId"), 1 }, { QStringLiteral("endpoints"), QJsonArray { m_chainA->url() } },
            { QStringLiteral("genesisHash"), genesis->value(QStringLiteral("hash")) },
            { QStringLiteral("contractAddress"), hex::encodePrefixed(kContract) } });
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    m_profile = *profile;

    for (Party *p : { &m_operator, &m_bank, &m_bureau, &m_mediator })
        p->connect(m_chainA->url(), kContract);
    Party newcomer;
    QVERIFY(
        succeeded(m_operator.market->registerInstitution(newcomer.key.address(), QStringLiteral("91110000100000000A"),
            QStringLiteral("新银行"), Role::Bank, 110000, newcomer.key.publicKey().raw())));
    calls::ProductListing l;
    l.productId = 1;
    l.series = Series::Lianfu;
    l.name = QStringLiteral("企业信用报告");
    l.description = QStringLiteral("标准版");
    l.priceFen = 68000;
    l.slaHours = 48;
    l.deliveryFormat = QStringLiteral("PDF");
    QVERIFY(succeeded(m_bureau.market->listProduct(l)));
    for (quint64 id : { 1, 2, 3 })
        QVERIFY(succeeded(m_bank.market->placeOrder(id, 1, crypto::sm3("auth"), crypto::sm3("request"))));
    QVERIFY(succeeded(m_bureau.market->acceptOrder(1)));
    QVERIFY(succeeded(m_bureau.market->deliverReport(1, crypto::sm3("report"), crypto::sm3("report envelope"))));
    QVERIFY(succeeded(m_bank.market->confirmReceipt(1)));
    QVERIFY(succeeded(m_bank.market->raiseDispute(1, m_mediator.key.address(), QStringLiteral("报告有误"), "k")));
    QVERIFY(succeeded(m_bureau.market->rejectOrder(2, QStringLiteral("授权书过期"))));
    // A refused call leaves a failed receipt on chain: its logs must not be projected.
    QVERIFY(!m_bank.market->acceptOrder(3).ok());
}

void TestLightSync::refusesANodeOfAnotherGenesis()
{
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("wrong-genesis.sqlite")));
    QVERIFY(store.ok());
    auto run = syncFrom(m_chainB->url(), **store);
    QVERIFY(!run.ok());
    QVERIFY2(run.error().error.message.contains(QStringLiteral("block 0: HeaderHash")),
        qPrintable(run.error().error.message));
    QCOMPARE((*store)->height().value(), std::optional<quint64>());
}

void TestLightSync::syncsToHeadAndProjectsTheMarket()
{
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("light.sqlite")));
    QVERIFY(store.ok());
    const quint64 head = headOf(m_chainA->url());
    QVERIFY(head >= 11);
    const auto profile = profileFor(m_chainA->url());
    chain::RpcClient client(m_chainA->url());
    chain::SyncEngine engine(**store, profile, client, {}, chain::SyncOptions { 4 }); // several batches
    QList<quint64> heights;
    auto run = engine.syncToHead([&](const chain::SyncProgress &p) {
        heights << p.height;
        QCOMPARE(p.target, head);
    });
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().error.message));
    QCOMPARE(run->height, head);
    QCOMPARE(run->blocks, head);
    QCOMPARE(run->events, quint64(10)); // 1 institution, 1 product, 8 order events
    // One report per batch of 4, heights rising to the head.
    QCOMPARE(heights.size(), qsizetype((head + 3) / 4));
    QVERIFY(std::is_sorted(heights.begin(), heights.end()));
    QCOMPARE(heights.last(), head);

    const auto c = (*store)->counts().value();
    QCOMPARE(c.blocks, qint64(head) + 1);
    QCOMPARE(c.transactions, 11); // the refused accept is on chain too
    QCOMPARE(c.institutions, 1); // genesis institutions have no event
    QCOMPARE(c.products, 1);
    QCOMPARE(c.orders, 3);
    QCOMPARE(c.orderEvents, 8);
    QCOMPARE(c.disputes, 1);
    const auto orders = (*store)->orders().value();
    QCOMPARE(orders.size(), 3);
    QCOMPARE(orders[0].state, OrderState::Disputed);
    QCOMPARE(orders[0].reportHash, crypto::sm3("report"));
    QCOMPARE(orders[1].state, OrderState::Rejected);
    QCOMPARE(orders[2].state, OrderState::Placed);
    QCOMPARE(orders[2].bank, m_bank.key.address());
    // Each order's last change points at a block the store holds, with that block's time.
    auto check = (*store)->database().prepare(QStringLiteral(
        "SELECT count(*) FROM orders o JOIN blocks b ON b.number = o.block JOIN transactions t ON t.hash = o.tx "
        "WHERE t.block = o.block AND o.updated_at = b.timestamp"));
    QVERIFY(check.ok() && check->step().value());
    QCOMPARE(check->int64(0), 3);
    m_syncedHeight = head;
}

void TestLightSync::resumesFromTheStoredHeight()
{
    QVERIFY(succeeded(m_bureau.market->acceptOrder(3)));
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("light.sqlite")));
    QVERIFY(store.ok());
    QCOMPARE((*store)->height().value(), std::optional<quint64>(m_syncedHeight));
    const quint64 head = headOf(m_chainA->url());
    auto run = syncFrom(m_chainA->url(), **store);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().error.message));
    QCOMPARE(run->blocks, head - m_syncedHeight);
    QCOMPARE(run->events, quint64(1));
    const auto c = (*store)->counts().value();
    QCOMPARE(c.blocks, qint64(head) + 1);
    QCOMPARE(c.transactions, 12);
    QCOMPARE(c.orderEvents, 9);
    QCOMPARE((*store)->orders(OrderState::Accepted).value().size(), 1);
    // Nothing new: a run at the head commits nothing.
    auto again = syncFrom(m_chainA->url(), **store);
    QVERIFY(again.ok());
    QCOMPARE(again->blocks, quint64(0));
    m_syncedHeight = head;
}

void TestLightSync::refusesABlockFromAnotherChain()
{
    // Chain B has the same sealers and institutions but another genesis; grow
    // it past the store's height so it has a block to offer at height + 1.
    Party bOperator;
    bOperator.key = m_operator.key;
    bOperator.connect(m_chainB->url(), kContract);
    while (headOf(m_chainB->url()) <= m_syncedHeight) {
        Party someone;
        QVERIFY(
            succeeded(bOperator.market->registerInstitution(someone.key.address(), QStringLiteral("91110000100000000A"),
                QStringLiteral("机构"), Role::Bank, 110000, someone.key.publicKey().raw())));
    }
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("light.sqlite")));
    QVERIFY(store.ok());
    const auto before = (*store)->counts().value();
    auto run = syncFrom(m_chainB->url(), **store);
    QVERIFY(!run.ok());
    QVERIFY(run.error().refused.has_value());
    QCOMPARE(run.error().refused->block, m_syncedHeight + 1);
    QCOMPARE(run.error().refused->rule, chain::VerifyRule::ParentLink);
    QVERIFY2(run.error().error.message.contains(QStringLiteral("ParentLink")), qPrintable(run.error().error.message));
    QCOMPARE((*store)->height().value(), std::optional<quint64>(m_syncedHeight));
    const auto after = (*store)->counts().value();
    QCOMPARE(after.blocks, before.blocks);
    QCOMPARE(after.transactions, before.transactions);
    QCOMPARE(after.institutions, before.institutions);
}

void TestLightSync::stopsWhenCancelled()
{
    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("cancelled.sqlite")));
    QVERIFY(store.ok());
    auto token = std::make_shared<chain::CancelToken>();
    token->cancel();
    auto run = syncFrom(m_chainA->url(), **store, token);
    QVERIFY(!run.ok());
    QVERIFY(run.error().cancelled);
    QVERIFY((*store)->height().value().value_or(0) == 0);
}

// Runs last: it adds traffic to chain A after the counts above were taken.
void TestLightSync::projectsAuthorisationsAndTheirUses()
{
    // A user of the bank records one authorisation; the admin account another.
    Party officer;
    QVERIFY(succeeded(m_operator.market->openUser(
        m_bank.key.address(), officer.key.address(), QStringLiteral("王建国"), officer.key.publicKey().raw())));
    officer.connect(m_chainA->url(), kContract);
    const quint64 now = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    constexpr quint64 kDayMs = 24ULL * 3600 * 1000;
    calls::AuthorisationTerms t;
    t.authorisationId = 501;
    t.enterpriseCommitment = crypto::sm3("salt|91310000MA1FL0001X");
    t.letterHash = crypto::sm3("letter");
    t.letterDocument = crypto::sm3("letter envelope");
    t.productIds = { 1 };
    t.purpose = QStringLiteral("贷前审查");
    t.validFromMs = now - kDayMs;
    t.validUntilMs = now + 30 * kDayMs;
    QVERIFY(succeeded(officer.market->recordAuthorisation(t)));
    calls::AuthorisationTerms series = t;
    series.authorisationId = 502;
    series.productIds.clear();
    series.series = static_cast<quint8>(Series::Lianfu);
    QVERIFY(succeeded(m_bank.market->recordAuthorisation(series)));
    QVERIFY(succeeded(officer.market->placeAuthorisedOrder(41, 1, 501, crypto::sm3("request 41"))));
    QVERIFY(succeeded(m_bank.market->placeAuthorisedOrder(42, 1, 501, crypto::sm3("request 42"))));
    QVERIFY(succeeded(m_bank.market->revokeAuthorisation(501, QStringLiteral("企业撤回授权"))));
    // Refused on chain (revoked): a failed receipt, whose logs must not count as a use.
    QVERIFY(!m_bank.market->placeAuthorisedOrder(43, 1, 501, crypto::sm3("request 43")).ok());
    // The contract's own view agrees with what the store is about to project.
    const auto onChain = m_bank.market->authorisation(501);
    QVERIFY2(onChain.ok(), qPrintable(onChain ? QString() : onChain.error().message));
    QVERIFY(onChain->revoked);
    QCOMPARE(onChain->uses, 2U);

    auto store = store::LightStore::open(m_dir.filePath(QStringLiteral("authorisations.sqlite")));
    QVERIFY(store.ok());
    auto run = syncFrom(m_chainA->url(), **store);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().error.message));

    store::MarketQueries queries((*store)->database());
    const auto mine = queries.authorisations(m_bank.key.address());
    QVERIFY2(mine.ok(), qPrintable(mine ? QString() : mine.error().message));
    QCOMPARE(mine->size(), 2);
    const market::AuthorisationInfo &a = mine->at(1).authorisationId == 501 ? mine->at(1) : mine->at(0);
    QCOMPARE(a.authorisationId, quint64(501));
    QCOMPARE(a.bank, m_bank.key.address());
    QCOMPARE(a.enterpriseCommitment, t.enterpriseCommitment);
    QCOMPARE(a.letterDocument, t.letterDocument);
    QCOMPARE(a.productIds, QList<quint64>({ 1 }));
    QCOMPARE(a.purpose, t.purpose);
    QCOMPARE(a.validUntilMs, t.validUntilMs);
    QCOMPARE(a.recordedBy, officer.key.address()); // from the ActedBy after it
    QVERIFY(a.revoked);
    QCOMPARE(a.revokeReason, QStringLiteral("企业撤回授权"));
    QVERIFY(a.revokedBy.isEmpty()); // the admin account revoked it
    QVERIFY(!a.validAt(now));
    QCOMPARE(a.uses, 2U);
    const market::AuthorisationInfo &s = mine->at(1).authorisationId == 502 ? mine->at(1) : mine->at(0);
    QCOMPARE(s.series, static_cast<quint8>(Series::Lianfu));
    QVERIFY(s.recordedBy.isEmpty());
    QVERIFY(s.validAt(now));
    QCOMPARE(s.uses, 0U);

    const auto uses = queries.authorisationUses(501);
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 2);
    QCOMPARE(uses->at(0).orderId, quint64(41));
    QCOMPARE(uses->at(1).orderId, quint64(42));
    QVERIFY(uses->at(0).block <= uses->at(1).block);
    // Order 41 carries the recorded letter's hash.
    auto letter
        = (*store)->database().prepare(QStringLiteral("SELECT authorisation_hash FROM orders WHERE order_id = 41"));
    QVERIFY(letter.ok() && letter->step().value());
    QCOMPARE(letter->blob(0), t.letterHash);
    QVERIFY(queries.authorisations(m_bureau.key.address())->isEmpty());
    QCOMPARE(queries.authorisations({})->size(), 2);
}

QTEST_GUILESS_MAIN(TestLightSync)
#include "TestLightSync.moc"
