// SPDX-License-Identifier: Apache-2.0
// The LightNode service against real devnets over loopback: fail-over from a
// dead endpoint, following the head with pending transactions confirmed,
// quarantine of an endpoint of another chain, the alarm when two endpoints
// serve different valid blocks, and sealer changes made by the operator.
#include "DevnetThread.h"
#include "MarketParty.h"
#include "chain/FiscoRpc.h"
#include "node/LightNode.h"
#include "chain/RpcClient.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "crypto/Sm3.h"
#include "store/LightStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::market;

namespace {

const QByteArray kContract(20, '\x6b');
const QByteArray kConsensus = QByteArray(18, '\0') + QByteArray("\x10\x03", 2);
constexpr int kWaitMs = 30000;

using Party = test::MarketParty;

QByteArray sealerKey(int i)
{
    return crypto::sm3(QByteArray("node-sealer") + char('0' + i));
}

QJsonObject institution(const Party &p, int role, const QString &code)
{
    return { { QStringLiteral("account"), hex::encode(p.key.address()) },
        { QStringLiteral("publicKey"), hex::encode(p.key.publicKey().raw()) }, { QStringLiteral("code"), code },
        { QStringLiteral("name"), QStringLiteral("机构%1").arg(role) }, { QStringLiteral("role"), role },
        { QStringLiteral("region"), 310000 } };
}

calls::ProductListing product(quint64 id, const QString &name)
{
    calls::ProductListing l;
    l.productId = id;
    l.series = Series::Lianfu;
    l.name = name;
    l.description = QStringLiteral("标准版");
    l.priceFen = 50000;
    l.slaHours = 24;
    l.deliveryFormat = QStringLiteral("PDF");
    return l;
}

} // namespace

class TestLightNode final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failsOverAndFollowsTheHead();
    void quarantinesAnEndpointOfAnotherChain();
    void raisesAnAlarmWhenEndpointsServeDifferentValidBlocks();
    void followsSealerChanges();

private:
    std::unique_ptr<test::DevnetThread> startDevnet(const QString &genesisName, const QString &dataName);
    void writeGenesis(const QString &name, qint64 timestamp);
    std::unique_ptr<chain::LightNode> nodeFor(const QStringList &endpoints, const QString &storeName);
    QByteArray hashAt(const QString &url, quint64 number);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_chain, m_twin, m_other;
    chain::NetworkProfile m_profile;
    Party m_operator, m_bank, m_bureau;
};

void TestLightNode::writeGenesis(const QString &name, qint64 timestamp)
{
    QJsonArray sealers;
    for (int i = 0; i < 4; ++i)
        sealers << hex::encode(sealerKey(i));
    QFile genesis(m_dir.filePath(name + QStringLiteral(".json")));
    QVERIFY(genesis.open(QIODevice::WriteOnly));
    genesis.write(
        QJsonDocument(QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
                          { QStringLiteral("timestamp"), timestamp }, { QStringLiteral("sealerKeys"), sealers },
                          { QStringLiteral("standbyKeys"), QJsonArray { hex::encode(sealerKey(9)) } },
                          { QStringLiteral("operator"), hex::encode(m_operator.key.address()) },
                          { QStringLiteral("contractAddress"), hex::encode(kContract) },
                          { QStringLiteral("institutions"),
                              QJsonArray { institution(m_bank, 3, QStringLiteral("91310000717854505W")),
                                  institution(m_bureau, 2, QStringLiteral("91110000100000000A")) } } })
            .toJson());
}

std::unique_ptr<test::DevnetThread> TestLightNode::startDevnet(const QString &genesisName, const QString &dataName)
{
    devnet::Devnet::Options o;
    o.genesisPath = m_dir.filePath(genesisName + QStringLiteral(".json"));
    o.dataDir = m_dir.filePath(dataName);
    o.blockIntervalMs = 20;
    return std::make_unique<test::DevnetThread>(o);
}

std::unique_ptr<chain::LightNode> TestLightNode::nodeFor(const QStringList &endpoints, const QString &storeName)
{
    chain::NetworkProfile profile = m_profile;
    profile.endpoints = endpoints;
    chain::LightNode::Options o;
    o.pollIntervalMs = 50;
    o.signalIntervalMs = 20;
    o.rpc.connectTimeoutMs = 2000;
    o.rpc.requestTimeoutMs = 5000;
    o.rpc.retries = 0;
    return std::make_unique<chain::LightNode>(profile, m_dir.filePath(storeName), o);
}

QByteArray TestLightNode::hashAt(const QString &url, quint64 number)
{
    chain::RpcClient client(url);
    chain::FiscoRpc rpc(client, 1);
    auto header = rpc.getBlockHeaderByNumber(number, false);
    if (!header)
        return {};
    auto hash = hex::decode(header->value(QStringLiteral("hash")).toString());
    return hash ? *hash : QByteArray();
}

void TestLightNode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeGenesis(QStringLiteral("main"), 1700000000000);
    writeGenesis(QStringLiteral("other"), 1700000000999);
    m_chain = startDevnet(QStringLiteral("main"), QStringLiteral("main-data"));
    m_twin = startDevnet(QStringLiteral("main"), QStringLiteral("twin-data")); // same genesis, own history
    m_other = startDevnet(QStringLiteral("other"), QStringLiteral("other-data"));
    for (auto *d : { m_chain.get(), m_twin.get(), m_other.get() })
        QVERIFY2(d->ok(), qPrintable(d->error()));
    auto profile = chain::NetworkProfile::fromJson(
        { { QStringLiteral("name"), QStringLiteral("node test") }, { QStringLiteral("chainId"), 1 },
            { QStringLiteral("groupId"), 1 }, { QStringLiteral("endpoints"), QJsonArray { m_chain->url() } },
            { QStringLiteral("genesisHash"), hex::encodePrefixed(hashAt(m_chain->url(), 0)) },
            { QStringLiteral("contractAddress"), hex::encodePrefixed(kContract) } });
    QVERIFY2(profile.ok(), qPrintable(profile ? QString() : profile.error().message));
    m_profile = *profile;
    QCOMPARE(hashAt(m_twin->url(), 0), m_profile.genesisHash);
    for (Party *p : { &m_operator, &m_bank, &m_bureau })
        p->connect(m_chain->url(), kContract);
    QVERIFY(m_bureau.market->listProduct(product(1, QStringLiteral("企业信用报告"))).ok());
}

void TestLightNode::failsOverAndFollowsTheHead()
{
    auto node = nodeFor({ QStringLiteral("http://127.0.0.1:1/"), m_chain->url() }, QStringLiteral("follow.sqlite"));
    QSignalSpy caughtUp(node.get(), &chain::LightNode::caughtUp);
    QSignalSpy committed(node.get(), &chain::LightNode::blocksCommitted);
    QSignalSpy confirmed(node.get(), &chain::LightNode::transactionConfirmed);
    QSignalSpy endpoints(node.get(), &chain::LightNode::endpointChanged);
    node->start();
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kWaitMs);
    const auto status = node->endpoints();
    QCOMPARE(status[0].health, chain::EndpointHealth::Unreachable);
    QVERIFY(!status[0].reason.isEmpty());
    QCOMPARE(status[1].health, chain::EndpointHealth::Serving);
    QVERIFY(endpoints.size() >= 2);
    QVERIFY(!committed.isEmpty());
    QCOMPARE(committed.first().at(0).toULongLong(), quint64(1));

    // A transaction sent now turns confirmed once its block is verified and stored.
    auto sent = m_bank.market->placeOrder(7, 1, crypto::sm3("auth"), crypto::sm3("request"));
    QVERIFY(sent.ok());
    node->watchTransaction(sent->transaction.hash);
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty(), kWaitMs);
    QCOMPARE(confirmed.first().at(0).toByteArray(), sent->transaction.hash);
    QCOMPARE(confirmed.first().at(1).toULongLong(), sent->transaction.blockNumber);
    QVERIFY(confirmed.first().at(2).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(committed.last().at(1).toULongLong() >= sent->transaction.blockNumber, kWaitMs);
    node->stop();

    auto store = store::LightStore::openReadOnly(m_dir.filePath(QStringLiteral("follow.sqlite")));
    QVERIFY(store.ok());
    const auto orders = (*store)->orders().value();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0].orderId, quint64(7));
    QCOMPARE(orders[0].tx, sent->transaction.hash);
}

void TestLightNode::quarantinesAnEndpointOfAnotherChain()
{
    auto node = nodeFor({ m_other->url(), m_chain->url() }, QStringLiteral("quarantine.sqlite"));
    QSignalSpy alarms(node.get(), &chain::LightNode::alarmRaised);
    QSignalSpy caughtUp(node.get(), &chain::LightNode::caughtUp);
    node->start();
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kWaitMs);
    QCOMPARE(alarms.size(), 1);
    const auto alarm = alarms.first().at(0).value<chain::SyncAlarm>();
    QCOMPARE(alarm.kind, chain::SyncAlarm::Kind::Quarantined);
    QCOMPARE(alarm.endpoint, m_other->url());
    QCOMPARE(alarm.block, quint64(0));
    QCOMPARE(alarm.rule, QStringLiteral("HeaderHash"));
    const auto status = node->endpoints();
    QCOMPARE(status[0].health, chain::EndpointHealth::Quarantined);
    QVERIFY(status[0].failure.has_value());
    QVERIFY2(status[0].reason.contains(QStringLiteral("block 0: HeaderHash")), qPrintable(status[0].reason));
    QCOMPARE(status[1].health, chain::EndpointHealth::Serving);
    chain::RpcClient client(m_chain->url());
    QCOMPARE(caughtUp.last().at(0).toULongLong(), chain::FiscoRpc(client, 1).getBlockNumber().value());
}

void TestLightNode::raisesAnAlarmWhenEndpointsServeDifferentValidBlocks()
{
    // The twin shares the genesis and the sealer keys but seals its own block 1:
    // both versions carry a valid quorum, as after a fork or double signing.
    Party twinBureau;
    twinBureau.key = m_bureau.key;
    twinBureau.connect(m_twin->url(), kContract);
    QVERIFY(twinBureau.market->listProduct(product(2, QStringLiteral("孪生链上的产品"))).ok());
    const QByteArray ours = hashAt(m_chain->url(), 1), theirs = hashAt(m_twin->url(), 1);
    QVERIFY(!ours.isEmpty() && !theirs.isEmpty() && ours != theirs);

    auto node = nodeFor({ m_chain->url(), m_twin->url() }, QStringLiteral("conflict.sqlite"));
    QSignalSpy alarms(node.get(), &chain::LightNode::alarmRaised);
    QSignalSpy failed(node.get(), &chain::LightNode::syncFailed);
    QSignalSpy stopped(node.get(), &chain::LightNode::stopped);
    node->start();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), kWaitMs);
    QCOMPARE(alarms.size(), 1);
    const auto alarm = alarms.first().at(0).value<chain::SyncAlarm>();
    QCOMPARE(alarm.kind, chain::SyncAlarm::Kind::Conflict);
    QCOMPARE(alarm.endpoint, m_twin->url());
    QCOMPARE(alarm.otherEndpoint, m_chain->url());
    QCOMPARE(alarm.block, quint64(1));
    QCOMPARE(alarm.storedHash, ours);
    QCOMPARE(alarm.servedHash, theirs);
    QVERIFY(!failed.isEmpty());
    QVERIFY2(
        failed.last().at(0).toString().contains(QStringLiteral("forked")), qPrintable(failed.last().at(0).toString()));
    // Neither endpoint is blamed: both served blocks that verify.
    for (const auto &status : node->endpoints())
        QVERIFY(status.health != chain::EndpointHealth::Quarantined);
}

void TestLightNode::followsSealerChanges()
{
    const auto call = [](const char *signature, const QByteArray &nodeId) {
        return abi::encodeCall(
            abi::Signature::parse(QString::fromLatin1(signature)).value(), { abi::Value::string(hex::encode(nodeId)) })
            .value();
    };
    const QByteArray standby = crypto::Sm2PrivateKey::fromRaw(sealerKey(9)).value().publicKey().raw();
    const QByteArray first = crypto::Sm2PrivateKey::fromRaw(sealerKey(0)).value().publicKey().raw();
    QVERIFY(m_operator.sender->send(kConsensus, call("addSealer(string)", standby)).ok());
    QVERIFY(m_bureau.market->listProduct(product(3, QStringLiteral("五个记账节点之后"))).ok());
    QVERIFY(m_operator.sender->send(kConsensus, call("remove(string)", first)).ok());
    QVERIFY(m_bureau.market->listProduct(product(4, QStringLiteral("换了记账节点之后"))).ok());

    auto node = nodeFor({ m_chain->url() }, QStringLiteral("sealers.sqlite"));
    QSignalSpy caughtUp(node.get(), &chain::LightNode::caughtUp);
    QSignalSpy alarms(node.get(), &chain::LightNode::alarmRaised);
    node->start();
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), kWaitMs);
    node->stop();
    QVERIFY(alarms.isEmpty());
    auto store = store::LightStore::openReadOnly(m_dir.filePath(QStringLiteral("sealers.sqlite")));
    QVERIFY(store.ok());
    const auto tip = (*store)->tip().value();
    QCOMPARE(tip.sealers.size(), 4);
    QVERIFY(tip.sealers.contains(standby));
    QVERIFY(!tip.sealers.contains(first));
    auto sets = (*store)->database().prepare(QStringLiteral("SELECT count(*) FROM sealer_sets"));
    QVERIFY(sets.ok() && sets->step().value());
    QCOMPARE(sets->int64(0), 3); // genesis, +standby, −sealer 0
    QCOMPARE((*store)->counts().value().products, 3);
}

QTEST_MAIN(TestLightNode)
#include "TestLightNode.moc"
