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

QTEST_GUILESS_MAIN(TestLightSync)
#include "TestLightSync.moc"
