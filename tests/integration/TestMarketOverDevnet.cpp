// SPDX-License-Identifier: Apache-2.0
// MarketClient against a real devnet over loopback HTTP: every order
// transition, illegal ones and wrong roles, with the contract's events read
// back from the receipts and the state read back through `call` views.
#include "DevnetThread.h"
#include "MarketParty.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "chain/TransactionSender.h"
#include "codec/Hex.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "chain/MarketClient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::market;

namespace {

const QByteArray kContract(20, '\x5a');
constexpr quint64 kAuthorisation = 1;

using Party = test::MarketParty;

QJsonObject institution(const Party &p, const QString &name, int role)
{
    return { { QStringLiteral("account"), hex::encode(p.key.address()) },
        { QStringLiteral("publicKey"), hex::encode(p.key.publicKey().raw()) },
        { QStringLiteral("code"), QStringLiteral("91310000717854505W") }, { QStringLiteral("name"), name },
        { QStringLiteral("role"), role }, { QStringLiteral("region"), 310000 } };
}

OrderState stateAfter(const Result<Outcome> &outcome)
{
    // One order event, after the AuthorisationUsed of an authorised order.
    if (!outcome || outcome->events.isEmpty() || outcome->events.size() > 2)
        return OrderState::None;
    if (outcome->events.size() == 2 && !std::holds_alternative<AuthorisationUsed>(outcome->events.first()))
        return OrderState::None;
    const auto t = orderTransition(outcome->events.last());
    return t ? t->state : OrderState::None;
}

} // namespace

class TestMarketOverDevnet final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void productListingIsReadBack();
    void happyPathThroughDisputeAndResolution();
    void rejectAndCancelPaths();
    void wrongRolesAndIllegalTransitionsAreRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    Party m_operator, m_bank, m_bureau, m_mediator;
};

void TestMarketOverDevnet::initTestCase()
{
    QJsonArray sealers;
    for (int i = 0; i < 4; ++i)
        sealers << hex::encode(crypto::sm3(QByteArray("market-sealer") + char('0' + i)));
    QFile genesis(m_dir.filePath(QStringLiteral("genesis.json")));
    QVERIFY(genesis.open(QIODevice::WriteOnly));
    genesis.write(QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), sealers },
            { QStringLiteral("operator"), hex::encode(m_operator.key.address()) },
            { QStringLiteral("contractAddress"), hex::encode(kContract) },
            { QStringLiteral("institutions"),
                QJsonArray { institution(m_bank, QStringLiteral("银行"), 3),
                    institution(m_bureau, QStringLiteral("征信"), 2),
                    institution(m_mediator, QStringLiteral("调解"), 5) } } })
                      .toJson());
    genesis.close();
    devnet::Devnet::Options o;
    o.genesisPath = genesis.fileName();
    o.dataDir = m_dir.filePath(QStringLiteral("chain"));
    o.blockIntervalMs = 30;
    m_devnet = std::make_unique<test::DevnetThread>(o);
    QVERIFY2(m_devnet->ok(), qPrintable(m_devnet->error()));
    for (Party *p : { &m_operator, &m_bank, &m_bureau, &m_mediator })
        p->connect(m_devnet->url(), kContract);
}

void TestMarketOverDevnet::productListingIsReadBack()
{
    calls::ProductListing l;
    l.productId = 1;
    l.series = Series::Lianfu;
    l.name = QStringLiteral("企业信用报告（标准版）");
    l.description = QStringLiteral("基本信息、经营、司法、税务");
    l.priceFen = 68000;
    l.slaHours = 48;
    l.deliveryFormat = QStringLiteral("PDF");
    l.authorisationRequired = true;
    auto listed = m_bureau.market->listProduct(l);
    QVERIFY2(listed.ok(), qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(listed->events.size(), 1);
    QVERIFY(std::holds_alternative<ProductListed>(listed->events.first()));
    auto product = m_bank.market->product(1);
    QVERIFY(product.ok());
    QCOMPARE(product->name, l.name);
    QCOMPARE(product->priceFen, quint64(68000));
    QCOMPARE(product->bureau, m_bureau.key.address());
    auto bank = m_bureau.market->institution(m_bank.key.address());
    QVERIFY(bank.ok());
    QCOMPARE(bank->role, Role::Bank);
    QCOMPARE(bank->publicKey, m_bank.key.publicKey().raw());

    // The product needs an authorisation: the bank records one, valid now.
    const quint64 now = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    calls::AuthorisationTerms t;
    t.authorisationId = kAuthorisation;
    t.enterpriseCommitment = crypto::sm3("salt|91310000MA1FL0001X");
    t.letterHash = crypto::sm3("authorisation letter");
    t.letterDocument = crypto::sm3("letter envelope");
    t.productIds = { 1 };
    t.purpose = QStringLiteral("贷前审查");
    t.validFromMs = now - 3600 * 1000;
    t.validUntilMs = now + 30ULL * 24 * 3600 * 1000;
    auto recorded = m_bank.market->recordAuthorisation(t);
    QVERIFY2(recorded.ok(), qPrintable(recorded ? QString() : recorded.error().message));
    QCOMPARE(m_bureau.market->authorisation(kAuthorisation)->letterHash, t.letterHash);
    // Without naming it, the order is refused with the contract's reason.
    const auto bare = m_bank.market->placeOrder(9, 1, t.letterHash, crypto::sm3("r9"));
    QVERIFY(!bare.ok());
    QVERIFY2(bare.error().message.contains(QStringLiteral("the product needs a recorded authorisation")),
        qPrintable(bare.error().message));
}

void TestMarketOverDevnet::happyPathThroughDisputeAndResolution()
{
    const QByteArray a = crypto::sm3("authorisation letter"), r = crypto::sm3("request envelope");
    QCOMPARE(stateAfter(m_bank.market->placeAuthorisedOrder(10, 1, kAuthorisation, r)), OrderState::Placed);
    QCOMPARE(m_bank.market->order(10)->state, OrderState::Placed);
    QCOMPARE(stateAfter(m_bureau.market->acceptOrder(10)), OrderState::Accepted);
    QCOMPARE(stateAfter(m_bureau.market->deliverReport(10, crypto::sm3("report"), crypto::sm3("report envelope"))),
        OrderState::Delivered);
    QCOMPARE(stateAfter(m_bank.market->confirmReceipt(10)), OrderState::Completed);
    QCOMPARE(stateAfter(m_bank.market->raiseDispute(10, m_mediator.key.address(), QStringLiteral("报告内容有误"), "k")),
        OrderState::Disputed);
    QCOMPARE(stateAfter(m_mediator.market->resolveDispute(10, QStringLiteral("征信机构更正后重新交付"))),
        OrderState::Resolved);
    const auto order = m_bank.market->order(10);
    QVERIFY(order.ok());
    QCOMPARE(order->state, OrderState::Resolved);
    QCOMPARE(order->reportHash, crypto::sm3("report"));
    QCOMPARE(order->mediator, m_mediator.key.address());
    QVERIFY(order->updatedAtMs >= order->placedAtMs);
}

void TestMarketOverDevnet::rejectAndCancelPaths()
{
    QCOMPARE(
        stateAfter(m_bank.market->placeAuthorisedOrder(11, 1, kAuthorisation, crypto::sm3("r11"))), OrderState::Placed);
    QCOMPARE(stateAfter(m_bureau.market->rejectOrder(11, QStringLiteral("授权书已过期"))), OrderState::Rejected);
    QCOMPARE(
        stateAfter(m_bank.market->placeAuthorisedOrder(12, 1, kAuthorisation, crypto::sm3("r12"))), OrderState::Placed);
    QCOMPARE(stateAfter(m_bank.market->cancelOrder(12)), OrderState::Cancelled);
}

void TestMarketOverDevnet::wrongRolesAndIllegalTransitionsAreRefused()
{
    QCOMPARE(
        stateAfter(m_bank.market->placeAuthorisedOrder(13, 1, kAuthorisation, crypto::sm3("r13"))), OrderState::Placed);
    const auto bankAccepts = m_bank.market->acceptOrder(13);
    QVERIFY(!bankAccepts.ok());
    QCOMPARE(bankAccepts.error().kind, ErrorKind::Rejected);
    const auto bureauOrders = m_bureau.market->placeAuthorisedOrder(14, 1, kAuthorisation, crypto::sm3("y"));
    QVERIFY(!bureauOrders.ok());
    QVERIFY2(bureauOrders.error().message.contains(QStringLiteral("bank")), qPrintable(bureauOrders.error().message));
    const auto confirmEarly = m_bank.market->confirmReceipt(13); // not delivered yet
    QVERIFY(!confirmEarly.ok());
    const auto cancelRejected = m_bank.market->cancelOrder(11);
    QVERIFY(!cancelRejected.ok());
    const auto outsiderResolves = m_bank.market->resolveDispute(10, QStringLiteral("x"));
    QVERIFY(!outsiderResolves.ok());
    const auto bankRegisters = m_bank.market->registerInstitution(
        m_bank.key.address(), QStringLiteral("c"), QStringLiteral("n"), Role::Bureau, 1, m_bank.key.publicKey().raw());
    QVERIFY(!bankRegisters.ok());
    // The refused transactions changed nothing.
    QCOMPARE(m_bank.market->order(13)->state, OrderState::Placed);
    QCOMPARE(m_bank.market->order(11)->state, OrderState::Rejected);
    const auto never = m_bank.market->order(14);
    QVERIFY(!never.ok() || never->state == OrderState::None);
}

QTEST_GUILESS_MAIN(TestMarketOverDevnet)
#include "TestMarketOverDevnet.moc"
