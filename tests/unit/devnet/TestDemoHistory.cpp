// SPDX-License-Identifier: Apache-2.0
// The demo network in resources/demo: a real devnet started on it writes a
// year of signed history, and what lands on the chain, in the contract state
// and in the document store is checked from the outside — blocks, receipts,
// events, view calls, envelopes opened with the demo keys.
#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "market/Uscc.h"
#include "crypto/Envelope.h"
#include "crypto/KeyFile.h"
#include "crypto/Sm3.h"
#include "devnet/ChainDb.h"
#include "devnet/Devnet.h"
#include "devnet/Genesis.h"
#include "devnet/MarketRuntime.h"
#include "market/MarketCalls.h"
#include "market/MarketEvents.h"
#include "market/MarketViews.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::devnet;

namespace {

const QString kDemoDir = QStringLiteral(CREDIT_DEMO_DIR);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QJsonObject readJson(const QString &name)
{
    QFile f(kDemoDir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString chinaMonth(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms) + 8 * 3600 * 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM"));
}

// An order as its events tell it.
struct OrderStory {
    market::OrderState state = market::OrderState::None;
    quint64 placedAt = 0;
    QByteArray requestDocument;
    QByteArray authorisationHash;
    QByteArray reportHash;
    QByteArray reportDocument;
    QByteArray mediator;
    QByteArray keyEnvelope;
};

} // namespace

class TestDemoHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void profileMatchesTheChain();
    void keyFilesOpenWithTheDemoPassword();
    void everyHistoryTransactionSucceeded();
    void blocksAreBackdatedIntoTheLastYear();
    void marketHasProductsAndOrdersInEveryState();
    void contractStateAgreesWithTheEvents();
    void documentsOpenForTheirReaders();
    void secondStartDoesNotRewriteHistory();
    void interruptedHistoryIsRefused();

private:
    std::unique_ptr<ChainDb> openChain() { return ChainDb::open(m_dir.path()).value(); }

    QTemporaryDir m_dir;
    Genesis m_genesis;
    qint64 m_startedAt = 0;
    qint64 m_readyAt = 0;
    qint64 m_height = 0;
    QByteArray m_genesisHash;
    QByteArray m_headHash;
    QHash<QByteArray, crypto::Sm2PrivateKey> m_keys; // every demo identity, by address
    QList<chain::BlockHeader> m_headers; // 1 … height
    QMap<quint64, OrderStory> m_orders;
    QList<market::ProductListed> m_products;
};

void TestDemoHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_genesis = Genesis::load(kDemoDir + QStringLiteral("/genesis.json")).value();
    Devnet::Options options;
    options.genesisPath = kDemoDir + QStringLiteral("/genesis.json");
    options.dataDir = m_dir.path();
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();
    auto devnet = Devnet::start(options);
    m_readyAt = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(devnet.ok(), devnet.ok() ? "" : qPrintable(devnet.error().message));
    qInfo("first start on the demo genesis (history included): %lld ms", static_cast<long long>(clock.elapsed()));
    m_height = (*devnet)->height();
    m_genesisHash = (*devnet)->genesisHash();
    devnet->reset();

    auto db = openChain();
    m_headHash = db->hash(static_cast<quint64>(m_height));
    for (qint64 n = 1; n <= m_height; ++n) {
        m_headers << db->header(static_cast<quint64>(n)).value();
        for (const QByteArray &hash : db->transactionHashes(static_cast<quint64>(n))) {
            const chain::Receipt receipt = db->receipt(hash).value();
            for (const chain::LogEntry &log : receipt.logs) {
                auto event = market::decodeEvent({ log.address, log.topics, log.data });
                QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message));
                const quint64 time = m_headers.last().timestamp;
                if (const auto *p = std::get_if<market::ProductListed>(&*event))
                    m_products << *p;
                if (const auto *p = std::get_if<market::OrderPlaced>(&*event))
                    m_orders[p->orderId] = { market::OrderState::Placed, time, p->requestDocument, p->authorisationHash,
                        {}, {}, {}, {} };
                if (const auto *d = std::get_if<market::ReportDelivered>(&*event)) {
                    m_orders[d->orderId].reportHash = d->reportHash;
                    m_orders[d->orderId].reportDocument = d->reportDocument;
                }
                if (const auto *d = std::get_if<market::DisputeRaised>(&*event)) {
                    m_orders[d->orderId].mediator = d->mediator;
                    m_orders[d->orderId].keyEnvelope = d->mediatorKeyEnvelope;
                }
                if (const auto t = market::orderTransition(*event))
                    m_orders[t->orderId].state = t->state;
            }
        }
    }
    for (const auto &id : readJson(QStringLiteral("identities.json")).value(QStringLiteral("identities")).toArray()) {
        const QString file = kDemoDir + u'/' + id.toObject().value(QStringLiteral("keyFile")).toString();
        auto key = crypto::keyfile::load(file, "demo-only");
        QVERIFY2(key.ok(), qPrintable(file));
        m_keys.insert(key->address(), *key);
    }
}

void TestDemoHistory::profileMatchesTheChain()
{
    const QJsonObject profile = readJson(QStringLiteral("profile.json"));
    QCOMPARE(profile.value(QStringLiteral("genesisHash")).toString(), hex::encodePrefixed(m_genesisHash));
    QCOMPARE(m_genesisHash, m_genesis.header().hash());
    QCOMPARE(
        profile.value(QStringLiteral("contractAddress")).toString(), hex::encodePrefixed(m_genesis.contractAddress));
    QCOMPARE(static_cast<quint64>(profile.value(QStringLiteral("chainId")).toInteger()), m_genesis.chainId);
    QCOMPARE(static_cast<quint64>(profile.value(QStringLiteral("groupId")).toInteger()), m_genesis.groupId);
    const QString endpoint = profile.value(QStringLiteral("endpoints")).toArray().first().toString();
    QVERIFY(endpoint.startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(profile.value(QStringLiteral("documentStore")).toString(), endpoint + QStringLiteral("documents/"));
}

void TestDemoHistory::keyFilesOpenWithTheDemoPassword()
{
    const QJsonArray identities
        = readJson(QStringLiteral("identities.json")).value(QStringLiteral("identities")).toArray();
    QCOMPARE(identities.size(), 11); // operator, 3 bureaus, 5 banks, regulator, mediator
    QMap<QString, int> roles;
    QSet<quint32> bankRegions;
    for (const auto &item : identities) {
        const QJsonObject id = item.toObject();
        const QByteArray address = hex::decodeFixed(id.value(QStringLiteral("address")).toString(), 20).value();
        QVERIFY(m_keys.contains(address));
        const QString role = id.value(QStringLiteral("role")).toString();
        ++roles[role];
        if (role == QStringLiteral("operator")) {
            QCOMPARE(address, m_genesis.operatorAccount);
            continue;
        }
        const auto inst = std::find_if(m_genesis.institutions.cbegin(), m_genesis.institutions.cend(),
            [&](const GenesisInstitution &g) { return g.account == address; });
        QVERIFY(inst != m_genesis.institutions.cend());
        QCOMPARE(inst->publicKey, m_keys.value(address).publicKey().raw());
        QCOMPARE(market::roleName(static_cast<market::Role>(inst->role)), role);
        QVERIFY2(uscc::validate(inst->code).ok(), qPrintable(inst->code));
        if (role == QStringLiteral("bank"))
            bankRegions.insert(inst->region);
    }
    QCOMPARE(roles,
        (QMap<QString, int> { { QStringLiteral("bank"), 5 }, { QStringLiteral("bureau"), 3 },
            { QStringLiteral("mediator"), 1 }, { QStringLiteral("operator"), 1 },
            { QStringLiteral("regulator"), 1 } }));
    QCOMPARE(bankRegions.size(), 5); // five cities
    auto wrong = crypto::keyfile::load(kDemoDir + QStringLiteral("/keys/bank-shanghai.pem"), "not-the-password");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ErrorKind::WrongPassword);
}

void TestDemoHistory::everyHistoryTransactionSucceeded()
{
    auto db = openChain();
    int transactions = 0;
    for (qint64 n = 1; n <= m_height; ++n) {
        for (const QByteArray &hash : db->transactionHashes(static_cast<quint64>(n))) {
            const auto t = tx::Transaction::decode(db->transaction(hash)->raw).value();
            QVERIFY(t.verifySignature());
            QCOMPARE(t.to, m_genesis.contractAddress);
            QVERIFY2(m_keys.contains(t.sender()), "signed by a demo identity");
            const auto receipt = db->receipt(hash).value();
            QVERIFY2(receipt.status == chain::kStatusSuccess,
                qPrintable(abi::decodeRevertReason(receipt.output).value_or(QStringLiteral("?"))));
            QVERIFY(!receipt.logs.isEmpty());
            ++transactions;
        }
        QVERIFY(db->signatures(static_cast<quint64>(n)).size() >= 3); // a quorum of the 4 sealers
    }
    QVERIFY2(transactions > 1000, qPrintable(QString::number(transactions)));
}

void TestDemoHistory::blocksAreBackdatedIntoTheLastYear()
{
    QVERIFY(m_headers.size() > 100);
    const quint64 yearAgo
        = static_cast<quint64>(QDateTime::fromMSecsSinceEpoch(m_startedAt, Qt::UTC).addMonths(-12).toMSecsSinceEpoch());
    QVERIFY(m_headers.first().timestamp > m_genesis.timestamp);
    QVERIFY(m_headers.first().timestamp >= yearAgo);
    // The devnet read its clock somewhere between m_startedAt and m_readyAt.
    QVERIFY2(m_headers.last().timestamp <= static_cast<quint64>(m_readyAt - kDayMs),
        qPrintable(QStringLiteral("last block %1, started %2, ready %3")
                       .arg(m_headers.last().timestamp)
                       .arg(m_startedAt)
                       .arg(m_readyAt)));
    for (qsizetype i = 1; i < m_headers.size(); ++i)
        QVERIFY(m_headers[i].timestamp > m_headers[i - 1].timestamp);
}

void TestDemoHistory::marketHasProductsAndOrdersInEveryState()
{
    QVERIFY(m_products.size() >= 30);
    QSet<int> series;
    bool partners = false;
    for (const auto &p : m_products) {
        series.insert(static_cast<int>(p.series));
        partners = partners || !p.partnerBureaus.isEmpty();
    }
    QCOMPARE(series.size(), 3);
    QVERIFY(partners);

    QVERIFY2(m_orders.size() >= 200, qPrintable(QString::number(m_orders.size())));
    QMap<market::OrderState, int> states;
    QSet<QString> months;
    for (const OrderStory &o : std::as_const(m_orders)) {
        ++states[o.state];
        months.insert(chinaMonth(o.placedAt));
    }
    for (int s = 1; s <= 8; ++s) {
        const auto state = static_cast<market::OrderState>(s);
        QVERIFY2(states.value(state) > 0, qPrintable(market::orderStateName(state)));
    }
    QVERIFY2(months.size() >= 10, qPrintable(QStringList(months.values()).join(u',')));
}

void TestDemoHistory::contractStateAgreesWithTheEvents()
{
    auto db = openChain();
    MarketRuntime runtime;
    auto view = [&](const QByteArray &data) {
        // As the `call` RPC does it: inside a savepoint that is always rolled back.
        (void)db->db().savepoint(QStringLiteral("view"));
        const Execution ex = runtime.execute(*db, m_genesis.operatorAccount, m_genesis.contractAddress, data,
            static_cast<quint64>(m_height) + 1, m_headers.last().timestamp);
        db->db().rollbackTo(QStringLiteral("view"));
        (void)db->db().release(QStringLiteral("view"));
        return ex;
    };
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        const Execution ex = view(market::calls::getOrder(it.key()).value());
        QCOMPARE(ex.status, quint64(chain::kStatusSuccess));
        const market::Order order = market::views::decodeOrder(ex.output).value();
        QCOMPARE(order.state, it->state);
        QCOMPARE(order.placedAtMs, it->placedAt);
        QCOMPARE(order.requestDocument, it->requestDocument);
    }
    for (const auto &p : std::as_const(m_products)) {
        const Execution ex = view(market::calls::getProduct(p.productId).value());
        QCOMPARE(market::views::decodeProduct(ex.output).value().bureau, p.bureau);
    }
}

void TestDemoHistory::documentsOpenForTheirReaders()
{
    auto db = openChain();
    QByteArray regulator;
    for (const auto &i : m_genesis.institutions)
        if (i.role == static_cast<int>(market::Role::Regulator))
            regulator = i.account;
    auto fetch = [&db](const QByteArray &hash) {
        const QByteArray body = db->document(hash).value_or(QByteArray());
        return crypto::sm3(body) == hash ? body : QByteArray(); // the store is content-addressed
    };
    int reports = 0, disputes = 0;
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        const QByteArray request = fetch(it->requestDocument);
        QVERIFY2(!request.isEmpty(), "request document in the store");
        const QJsonObject json
            = QJsonDocument::fromJson(crypto::envelope::open(request, m_keys.value(regulator)).value()).object();
        QCOMPARE(json.value(QStringLiteral("orderId")).toString(), QString::number(it.key()));
        QVERIFY(
            uscc::validate(json.value(QStringLiteral("enterprise")).toObject().value(QStringLiteral("code")).toString())
                .ok());
        const QJsonValue letter = json.value(QStringLiteral("authorisation"));
        if (it->authorisationHash != QByteArray(32, '\0')) {
            const QByteArray text
                = QByteArray::fromBase64(letter.toObject().value(QStringLiteral("content")).toString().toLatin1());
            QCOMPARE(crypto::sm3(text), it->authorisationHash);
        } else {
            QVERIFY(letter.isNull());
        }
        if (!it->reportDocument.isEmpty()) {
            const QByteArray pdf = crypto::envelope::open(fetch(it->reportDocument), m_keys.value(regulator)).value();
            QVERIFY(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
            QCOMPARE(crypto::sm3(pdf), it->reportHash);
            ++reports;
        }
        if (!it->keyEnvelope.isEmpty()) {
            const crypto::Sm2PrivateKey mediator = m_keys.value(it->mediator);
            const QJsonObject grant
                = QJsonDocument::fromJson(crypto::envelope::open(it->keyEnvelope, mediator).value()).object();
            const QJsonArray docs = grant.value(QStringLiteral("documents")).toArray();
            QVERIFY(!docs.isEmpty());
            QCOMPARE(
                docs.first().toObject().value(QStringLiteral("original")).toString(), hex::encode(it->requestDocument));
            for (const auto &d : docs) {
                const QByteArray copy
                    = fetch(hex::decode(d.toObject().value(QStringLiteral("copy")).toString()).value());
                QVERIFY(crypto::envelope::open(copy, mediator).ok());
            }
            ++disputes;
        }
    }
    QVERIFY(reports > 100);
    QVERIFY(disputes > 5);
}

void TestDemoHistory::secondStartDoesNotRewriteHistory()
{
    Devnet::Options options;
    options.genesisPath = kDemoDir + QStringLiteral("/genesis.json");
    options.dataDir = m_dir.path();
    auto devnet = Devnet::start(options);
    QVERIFY2(devnet.ok(), devnet.ok() ? "" : qPrintable(devnet.error().message));
    QCOMPARE((*devnet)->height(), m_height);
    devnet->reset();
    QCOMPARE(openChain()->hash(static_cast<quint64>(m_height)), m_headHash);
}

void TestDemoHistory::interruptedHistoryIsRefused()
{
    QVERIFY(openChain()->setMeta(QStringLiteral("demo_history"), "pending").ok()); // as if the first start had died
    Devnet::Options options;
    options.genesisPath = kDemoDir + QStringLiteral("/genesis.json");
    options.dataDir = m_dir.path();
    auto devnet = Devnet::start(options);
    QVERIFY(!devnet.ok());
    QVERIFY2(devnet.error().message.contains(QStringLiteral("never finished")), qPrintable(devnet.error().message));
    QVERIFY(openChain()->setMeta(QStringLiteral("demo_history"), "done").ok());
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "TestDemoHistory.moc"
