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
#include "reportdata/DeliveryFormat.h"
#include "reportdata/ReportDataAttachment.h"
#include "reportdata/ReportDataJson.h"
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
    quint64 productId = 0;
    QList<market::PartDelivered> parts; //!< 链融, in chain order
    qsizetype partsAtDelivery = -1; //!< how many parts were in when the report came (-1: none came)
};

// One history transaction: who signed it and what its receipt says.
struct SignedStep {
    quint64 block = 0;
    QByteArray sender;
    QList<market::MarketEvent> events;
};

// identities.json's entries, institutions apart from their users.
struct DemoFileIdentities {
    QList<QJsonObject> institutions;
    QList<QJsonObject> users;
};

DemoFileIdentities demoFileIdentities()
{
    DemoFileIdentities out;
    for (const auto &item : readJson(QStringLiteral("identities.json")).value(QStringLiteral("identities")).toArray()) {
        const QJsonObject id = item.toObject();
        (id.contains(QStringLiteral("user")) ? out.users : out.institutions) << id;
    }
    return out;
}

QByteArray addressOf(const QJsonObject &id, const QString &field = QStringLiteral("address"))
{
    auto a = hex::decodeFixed(id.value(field).toString(), 20);
    return a ? *a : QByteArray();
}

} // namespace

class TestDemoHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void profileMatchesTheChain();
    void keyFilesOpenWithTheDemoPassword();
    void userKeyFilesOpenAndMatchTheirAddresses();
    void everyUserIsOpenedByTheOperatorBeforeTheOrders();
    void stepsByUsersNameThemAndTheirInstitution();
    void frozenUserSignsNothingAfterTheFreeze();
    void everyHistoryTransactionSucceeded();
    void blocksAreBackdatedIntoTheLastYear();
    void marketHasProductsAndOrdersInEveryState();
    void contractStateAgreesWithTheEvents();
    void jointOrdersInEveryStateWithTheirParts();
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
    QList<SignedStep> m_steps; // every history transaction, in chain order
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
            m_steps << SignedStep { static_cast<quint64>(n),
                tx::Transaction::decode(db->transaction(hash)->raw).value().sender(), {} };
            for (const chain::LogEntry &log : receipt.logs) {
                auto event = market::decodeEvent({ log.address, log.topics, log.data });
                QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message));
                m_steps.last().events << *event;
                const quint64 time = m_headers.last().timestamp;
                if (const auto *p = std::get_if<market::ProductListed>(&*event))
                    m_products << *p;
                if (const auto *p = std::get_if<market::OrderPlaced>(&*event))
                    m_orders[p->orderId] = { market::OrderState::Placed, time, p->requestDocument, p->authorisationHash,
                        {}, {}, {}, {}, p->productId, {}, -1 };
                if (const auto *part = std::get_if<market::PartDelivered>(&*event))
                    m_orders[part->orderId].parts << *part;
                if (const auto *d = std::get_if<market::ReportDelivered>(&*event)) {
                    m_orders[d->orderId].partsAtDelivery = m_orders[d->orderId].parts.size();
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
    const QList<QJsonObject> identities = demoFileIdentities().institutions;
    QCOMPARE(identities.size(), 11); // operator, 3 bureaus, 5 banks, regulator, mediator
    QMap<QString, int> roles;
    QSet<quint32> bankRegions;
    for (const QJsonObject &id : identities) {
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

void TestDemoHistory::userKeyFilesOpenAndMatchTheirAddresses()
{
    const DemoFileIdentities file = demoFileIdentities();
    QMap<QByteArray, int> usersOf;
    for (const QJsonObject &user : file.users) {
        const QString keyFile = user.value(QStringLiteral("keyFile")).toString();
        QVERIFY2(keyFile.startsWith(QStringLiteral("keys/users/")), qPrintable(keyFile));
        auto key = crypto::keyfile::load(kDemoDir + u'/' + keyFile, "demo-only");
        QVERIFY2(key.ok(), qPrintable(keyFile));
        QCOMPARE(hex::encodePrefixed(key->address()), user.value(QStringLiteral("address")).toString());
        QVERIFY(!user.value(QStringLiteral("user")).toString().isEmpty());
        // The entry names its institution as the institution's own entry does.
        const auto inst = std::find_if(file.institutions.cbegin(), file.institutions.cend(), [&](const QJsonObject &i) {
            return i.value(QStringLiteral("address")) == user.value(QStringLiteral("institution"));
        });
        QVERIFY2(inst != file.institutions.cend(), qPrintable(keyFile));
        QCOMPARE(user.value(QStringLiteral("name")), inst->value(QStringLiteral("name")));
        QCOMPARE(user.value(QStringLiteral("role")), inst->value(QStringLiteral("role")));
        QVERIFY(user.value(QStringLiteral("role")).toString() != QStringLiteral("operator"));
        ++usersOf[addressOf(user, QStringLiteral("institution"))];
    }
    QCOMPARE(usersOf.size(), m_genesis.institutions.size()); // every institution, not the operator
    for (const int n : std::as_const(usersOf))
        QVERIFY2(n >= 2 && n <= 3, qPrintable(QString::number(n)));
    auto wrong = crypto::keyfile::load(
        kDemoDir + u'/' + file.users.first().value(QStringLiteral("keyFile")).toString(), "not-the-password");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ErrorKind::WrongPassword);
}

void TestDemoHistory::everyUserIsOpenedByTheOperatorBeforeTheOrders()
{
    QHash<QByteArray, market::UserOpened> opened;
    quint64 openedBy = 0, firstOrder = 0;
    for (const SignedStep &step : std::as_const(m_steps)) {
        for (const market::MarketEvent &event : step.events) {
            if (const auto *o = std::get_if<market::UserOpened>(&event)) {
                QVERIFY2(!opened.contains(o->user), "each user is opened once");
                QCOMPARE(step.sender, m_genesis.operatorAccount); // a real transaction of the operator's
                opened.insert(o->user, *o);
                openedBy = std::max(openedBy, step.block);
            }
            if (std::holds_alternative<market::OrderPlaced>(event) && firstOrder == 0)
                firstOrder = step.block;
        }
    }
    const QList<QJsonObject> users = demoFileIdentities().users;
    QCOMPARE(opened.size(), users.size());
    for (const QJsonObject &user : users) {
        const QByteArray account = addressOf(user);
        QVERIFY2(opened.contains(account), qPrintable(user.value(QStringLiteral("keyFile")).toString()));
        const market::UserOpened &o = opened.value(account);
        QCOMPARE(o.openedBy, m_genesis.operatorAccount);
        QCOMPARE(o.institution, addressOf(user, QStringLiteral("institution")));
        QCOMPARE(o.name, user.value(QStringLiteral("user")).toString());
        QCOMPARE(o.publicKey, m_keys.value(account).publicKey().raw());
    }
    QVERIFY(firstOrder > 0);
    QVERIFY2(openedBy < firstOrder,
        qPrintable(QStringLiteral("opened by block %1, first order in %2").arg(openedBy).arg(firstOrder)));
}

void TestDemoHistory::stepsByUsersNameThemAndTheirInstitution()
{
    QHash<QByteArray, QByteArray> institutionOf; // user → institution
    for (const QJsonObject &user : demoFileIdentities().users)
        institutionOf.insert(addressOf(user), addressOf(user, QStringLiteral("institution")));
    int orderSteps = 0, byUsers = 0;
    QSet<QByteArray> actingInstitutions;
    for (const SignedStep &step : std::as_const(m_steps)) {
        const bool byUser = institutionOf.contains(step.sender);
        QList<market::ActedBy> actedBy;
        bool orderStep = false;
        for (const market::MarketEvent &event : step.events) {
            if (const auto *a = std::get_if<market::ActedBy>(&event))
                actedBy << *a;
            // Recording the letter on the way is part of the order step (the same user signs it).
            orderStep = orderStep || market::orderTransition(event).has_value()
                || std::holds_alternative<market::AuthorisationRecorded>(event);
        }
        orderSteps += orderStep;
        // A user's transaction says who took it; an admin's says nothing more.
        QCOMPARE(actedBy.size(), byUser ? 1 : 0);
        if (!byUser)
            continue;
        QVERIFY(orderStep);
        QCOMPARE(actedBy.first().user, step.sender);
        QCOMPARE(actedBy.first().institution, institutionOf.value(step.sender));
        actingInstitutions.insert(actedBy.first().institution);
        ++byUsers;
    }
    qInfo("%d of %d order steps signed by users", byUsers, orderSteps);
    // About half of the order steps (the bureaus list their products themselves).
    QVERIFY2(byUsers > orderSteps / 3 && byUsers < orderSteps * 2 / 3,
        qPrintable(QStringLiteral("%1 of %2 order steps by users").arg(byUsers).arg(orderSteps)));
    for (const GenesisInstitution &i : m_genesis.institutions)
        if (i.role == static_cast<int>(market::Role::Bank) || i.role == static_cast<int>(market::Role::Bureau))
            QVERIFY2(actingInstitutions.contains(i.account), qPrintable(i.name));
}

void TestDemoHistory::frozenUserSignsNothingAfterTheFreeze()
{
    QList<std::pair<market::UserStatusChanged, qsizetype>> changes; // with its place in chain order
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        for (const market::MarketEvent &event : m_steps[i].events)
            if (const auto *c = std::get_if<market::UserStatusChanged>(&event)) {
                QCOMPARE(m_steps[i].sender, c->changedBy);
                changes << std::pair { *c, i };
            }
    QCOMPARE(changes.size(), 1);
    const market::UserStatusChanged freeze = changes.first().first;
    const qsizetype at = changes.first().second;
    QVERIFY(!freeze.active);
    QCOMPARE(freeze.changedBy, freeze.institution); // by its bank's admin
    const auto bank = std::find_if(m_genesis.institutions.cbegin(), m_genesis.institutions.cend(),
        [&](const GenesisInstitution &i) { return i.account == freeze.institution; });
    QVERIFY(bank != m_genesis.institutions.cend() && bank->role == static_cast<int>(market::Role::Bank));
    int before = 0;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].sender != freeze.user)
            continue;
        QVERIFY2(i < at,
            qPrintable(
                QStringLiteral("a step in block %1, frozen in block %2").arg(m_steps[i].block).arg(m_steps[at].block)));
        ++before;
    }
    QVERIFY(before > 0); // the user worked before the freeze
    QVERIFY(m_steps.size() - at > 100); // and the history went on for months after it
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

// 链融: joint orders in every state; each delivered part (a partner's report
// data about the request's enterprise) opens for the lead bureau, the partner
// and the regulator and hashes to what the chain holds; a fused report came
// only after every part; the partners read the request.
void TestDemoHistory::jointOrdersInEveryStateWithTheirParts()
{
    auto db = openChain();
    QByteArray regulator;
    for (const auto &i : m_genesis.institutions)
        if (i.role == static_cast<int>(market::Role::Regulator))
            regulator = i.account;
    QHash<quint64, market::ProductListed> products;
    for (const market::ProductListed &p : std::as_const(m_products))
        products.insert(p.productId, p);
    QSet<int> states;
    int allIn = 0, someIn = 0, noneIn = 0, partsOpened = 0;
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        const market::ProductListed product = products.value(it->productId);
        if (product.partnerBureaus.isEmpty()) {
            QVERIFY(it->parts.isEmpty());
            continue;
        }
        states.insert(static_cast<int>(it->state));
        const qsizetype partners = product.partnerBureaus.size();
        (it->parts.size() == partners ? allIn : it->parts.isEmpty() ? noneIn : someIn) += 1;
        if (it->partsAtDelivery >= 0)
            QCOMPARE(it->partsAtDelivery, partners);
        const QByteArray requestEnvelope = db->document(it->requestDocument).value_or(QByteArray());
        const QJsonObject request = QJsonDocument::fromJson(
            crypto::envelope::open(requestEnvelope, m_keys.value(product.partnerBureaus.first())).value())
                                        .object();
        const QJsonObject enterprise = request.value(QStringLiteral("enterprise")).toObject();
        for (const market::PartDelivered &part : it->parts) {
            QVERIFY(product.partnerBureaus.contains(part.bureau));
            const QByteArray envelope = db->document(part.partDocument).value_or(QByteArray());
            QCOMPARE(crypto::sm3(envelope), part.partDocument);
            for (const QByteArray &reader : { product.bureau, part.bureau, regulator }) {
                const QByteArray json = crypto::envelope::open(envelope, m_keys.value(reader)).value();
                QCOMPARE(crypto::sm3(json), part.partHash);
                const report::ReportDataCheck data = report::parseReportData(json,
                    { enterprise.value(QStringLiteral("name")).toString(),
                        enterprise.value(QStringLiteral("code")).toString(), it.key(), true },
                    QDate::currentDate());
                QVERIFY2(data.ok(), qPrintable(QString::number(it.key())));
                QVERIFY(data.data.isDemoSample);
                QCOMPARE(data.data.basic.creditCode, enterprise.value(QStringLiteral("code")).toString());
                ++partsOpened;
            }
        }
    }
    for (int s = 1; s <= 8; ++s)
        QVERIFY2(states.contains(s), qPrintable(market::orderStateName(static_cast<market::OrderState>(s))));
    QVERIFY2(allIn > 20 && someIn > 0 && noneIn > 0,
        qPrintable(QStringLiteral("%1 %2 %3").arg(allIn).arg(someIn).arg(noneIn)));
    qInfo("joint orders: %d with every part, %d with some, %d with none; %d part openings", allIn, someIn, noneIn,
        partsOpened);
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
    QHash<quint64, bool> structured; // product id → its delivery format names structured data
    for (const market::ProductListed &p : m_products)
        structured.insert(p.productId, report::includesStructuredData(p.deliveryFormat));
    int reports = 0, disputes = 0, withData = 0;
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
            // Structured products deliver their data inside the PDF (an incremental update
            // naming it in the catalog's /EmbeddedFiles); the others deliver the page only.
            const bool carriesData = pdf.contains("/EmbeddedFiles") && pdf.contains(report::kReportDataFileName);
            QCOMPARE(carriesData, structured.value(it->productId));
            withData += carriesData ? 1 : 0;
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
    QVERIFY(withData > 20);
    QVERIFY(withData < reports);
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
