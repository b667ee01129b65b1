// SPDX-License-Identifier: Apache-2.0
// LightStore on disk: schema and migrations, the genesis anchor, one
// transaction per block (a failing projection leaves nothing behind),
// reopening, and a read-only reader beside the writer. Also the network
// profile the store is anchored from.
#include "chain/NetworkProfile.h"
#include "crypto/Sm3.h"
#include "store/LightSchema.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"
#include "store/Sqlite.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;
using namespace credit::store;

namespace {

QByteArray h(const char *seed)
{
    return crypto::sm3(QByteArray(seed));
}

QList<QByteArray> sealers()
{
    QList<QByteArray> ids;
    for (char c = '0'; c < '4'; ++c)
        ids << (h("sealer") + crypto::sm3(QByteArray(1, c)));
    return ids;
}

chain::BlockHeader genesisHeader()
{
    chain::BlockHeader g;
    g.parentHash = g.stateRoot = g.transactionsRoot = g.receiptsRoot = g.dbHash = QByteArray(32, '\0');
    g.timestamp = 1700000000000;
    g.sealerList = sealers();
    return g;
}

//! A block that extends tip, with one receipt per transaction. The store does
//! not verify (the verifier did), so roots and signatures are not needed.
chain::VerifiedBlock nextBlock(const chain::TrustedTip &tip, const QList<QByteArray> &txs)
{
    chain::VerifiedBlock b;
    b.header = genesisHeader();
    b.header.parentHash = tip.hash;
    b.header.number = tip.number + 1;
    b.header.timestamp += 1000 * b.header.number;
    b.hash = b.header.hash();
    b.transactionHashes = txs;
    b.receipts = QList<chain::Receipt>(txs.size());
    b.signerIndexes = { 0, 1, 2 };
    b.sealers = b.header.sealerList;
    return b;
}

market::OrderPlaced placed(quint64 id)
{
    return { id, h("bank").left(20), 1, h("bureau").left(20), 68000, h("auth"), h("request") };
}

} // namespace

class TestLightStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void freshStoreHasCurrentSchema();
    void migratesAnEmptyDatabaseAndRefusesANewerOne();
    void genesisMustHashToTheProfileAnchor();
    void commitsBlocksAndProjections();
    void failingProjectionLeavesNoBlockRow();
    void refusesABlockThatDoesNotExtendTheTip();
    void reopenKeepsDataAndReaderSeesCommits();
    void keepsEveryChangeOfAnInstitution();
    void aVersionOneStoreKeepsTheStateItHad();
    void projectsTheLianrongPartsOfAnOrder();
    void networkProfileParses();
    void networkProfileNamesTheBadField_data();
    void networkProfileNamesTheBadField();

private:
    std::unique_ptr<LightStore> anchored();
    QString path() const { return m_dir->filePath(QStringLiteral("light.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLightStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<LightStore> TestLightStore::anchored()
{
    auto store = LightStore::open(path());
    if (!store)
        return nullptr;
    const auto g = genesisHeader();
    if (!(*store)->initialise(chain::headerToJson(g, g.hash(), true), g.hash()))
        return nullptr;
    return std::move(*store);
}

void TestLightStore::freshStoreHasCurrentSchema()
{
    auto store = LightStore::open(path());
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
    QCOMPARE(lightSchemaVersion((*store)->database()).value(), kLightSchemaVersion);
    for (const char *table : { "meta", "blocks", "sealer_sets", "transactions", "institutions", "products", "orders",
             "order_events", "disputes" }) {
        auto q
            = (*store)->database().prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
        QVERIFY(q.ok());
        q->bind(1, QString::fromLatin1(table));
        QVERIFY2(q->step().value(), table);
    }
    auto mode = (*store)->database().prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.ok() && mode->step().value());
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    QCOMPARE((*store)->height().value(), std::optional<quint64>());
}

void TestLightStore::migratesAnEmptyDatabaseAndRefusesANewerOne()
{
    {
        auto db = Database::open(path());
        QVERIFY(db.ok());
        QCOMPARE(lightSchemaVersion(**db).value(), 0);
        QVERIFY(migrateLightSchema(**db).ok());
        QCOMPARE(lightSchemaVersion(**db).value(), kLightSchemaVersion);
        QVERIFY(migrateLightSchema(**db).ok()); // nothing left to do, nothing re-created
        QVERIFY((*db)
                    ->exec(QStringLiteral("UPDATE meta SET value='%1' WHERE key='schema_version'")
                               .arg(kLightSchemaVersion + 1))
                    .ok());
    }
    auto newer = LightStore::open(path());
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().kind, ErrorKind::Unsupported);
    QVERIFY2(newer.error().message.contains(QStringLiteral("newer")), qPrintable(newer.error().message));
    QVERIFY(!LightStore::openReadOnly(path()).ok());
}

void TestLightStore::genesisMustHashToTheProfileAnchor()
{
    auto store = LightStore::open(path());
    QVERIFY(store.ok());
    const auto g = genesisHeader();
    const auto json = chain::headerToJson(g, g.hash(), true);
    auto wrong = (*store)->initialise(json, h("another chain"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(QStringLiteral("block 0: HeaderHash")), qPrintable(wrong.error().message));
    QCOMPARE((*store)->height().value(), std::optional<quint64>());

    QVERIFY((*store)->initialise(json, g.hash()).ok());
    QVERIFY((*store)->initialise(json, g.hash()).ok()); // idempotent for the same anchor
    const auto tip = (*store)->tip();
    QVERIFY(tip.ok());
    QCOMPARE(tip->number, quint64(0));
    QCOMPARE(tip->hash, g.hash());
    QCOMPARE(tip->sealers, sealers());
    QCOMPARE((*store)->genesisHash().value(), g.hash());
}

void TestLightStore::commitsBlocksAndProjections()
{
    auto store = anchored();
    QVERIFY(store);
    auto b1 = nextBlock(store->tip().value(), { h("tx1"), h("tx2") });
    QVERIFY(store->commitBlock(b1, { { h("tx1"), 0, 0, placed(10) }, { h("tx2"), 1, 0, placed(11) } }).ok());
    auto b2 = nextBlock(b1.tip(), { h("tx3") });
    const auto accepted
        = store->commitBlock(b2, { { h("tx3"), 0, 0, market::OrderAccepted { 10, h("bureau").left(20) } } });
    QVERIFY2(accepted.ok(), qPrintable(accepted ? QString() : accepted.error().message));

    QCOMPARE(store->height().value(), std::optional<quint64>(2));
    const auto c = store->counts().value();
    QCOMPARE(c.blocks, 3);
    QCOMPARE(c.transactions, 3);
    QCOMPARE(c.orders, 2);
    QCOMPARE(c.orderEvents, 3);
    const auto all = store->orders().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].state, market::OrderState::Accepted);
    QCOMPARE(all[0].block, quint64(2));
    QCOMPARE(all[0].tx, h("tx3"));
    QCOMPARE(all[0].placedBlock, quint64(1));
    QCOMPARE(all[0].updatedAtMs, b2.header.timestamp);
    const auto placedOnly = store->orders(market::OrderState::Placed).value();
    QCOMPARE(placedOnly.size(), 1);
    QCOMPARE(placedOnly[0].orderId, quint64(11));
}

void TestLightStore::failingProjectionLeavesNoBlockRow()
{
    auto store = anchored();
    QVERIFY(store);
    auto b1 = nextBlock(store->tip().value(), { h("tx1"), h("tx2") });
    // The second event names an order no event ever placed: the projection
    // fails after the block, its transactions and order 10 were written.
    const auto r = store->commitBlock(
        b1, { { h("tx1"), 0, 0, placed(10) }, { h("tx2"), 1, 0, market::OrderAccepted { 99, h("bureau").left(20) } } });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("block 1")) && r.error().message.contains(QStringLiteral("99")),
        qPrintable(r.error().message));
    QCOMPARE(store->height().value(), std::optional<quint64>(0));
    const auto c = store->counts().value();
    QCOMPARE(c.blocks, 1);
    QCOMPARE(c.transactions, 0);
    QCOMPARE(c.orders, 0);
    QCOMPARE(c.orderEvents, 0);
    // And the store is still usable: the honest version of the block commits.
    QVERIFY(store->commitBlock(b1, { { h("tx1"), 0, 0, placed(10) } }).ok());
    QCOMPARE(store->counts().value().orders, 1);
}

void TestLightStore::refusesABlockThatDoesNotExtendTheTip()
{
    auto store = anchored();
    QVERIFY(store);
    auto b1 = nextBlock(store->tip().value(), {});
    auto skipping = nextBlock(b1.tip(), {});
    QVERIFY(!store->commitBlock(skipping, {}).ok());
    auto forked = b1;
    forked.header.parentHash = h("elsewhere");
    forked.hash = forked.header.hash();
    QVERIFY(!store->commitBlock(forked, {}).ok());
    QVERIFY(store->commitBlock(b1, {}).ok());
    QVERIFY(!store->commitBlock(b1, {}).ok()); // the same block twice
    QCOMPARE(store->counts().value().blocks, 2);
}

void TestLightStore::reopenKeepsDataAndReaderSeesCommits()
{
    chain::TrustedTip tip;
    {
        auto store = anchored();
        QVERIFY(store);
        auto b1 = nextBlock(store->tip().value(), { h("tx1") });
        QVERIFY(store->commitBlock(b1, { { h("tx1"), 0, 0, placed(7) } }).ok());
        tip = b1.tip();
    }
    auto writer = LightStore::open(path());
    QVERIFY(writer.ok());
    QCOMPARE((*writer)->tip().value().hash, tip.hash);
    QCOMPARE((*writer)->tip().value().sealers, sealers());

    auto reader = LightStore::openReadOnly(path());
    QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().message));
    QCOMPARE((*reader)->height().value(), std::optional<quint64>(1));
    auto b2 = nextBlock(tip, { h("tx2") });
    QVERIFY((*writer)->commitBlock(b2, { { h("tx2"), 0, 0, market::OrderCancelled { 7, h("bank").left(20) } } }).ok());
    QCOMPARE((*reader)->height().value(), std::optional<quint64>(2));
    QCOMPARE((*reader)->orders().value().at(0).state, market::OrderState::Cancelled);
    // A reader cannot write.
    QVERIFY(!(*reader)->commitBlock(nextBlock(b2.tip(), {}), {}).ok());
    QCOMPARE((*writer)->height().value(), std::optional<quint64>(2));
    QVERIFY(!LightStore::openReadOnly(m_dir->filePath(QStringLiteral("missing.sqlite"))).ok());
}

namespace {
QJsonObject goodProfile()
{
    return { { QStringLiteral("name"), QStringLiteral("demo") }, { QStringLiteral("chainId"), 1 },
        { QStringLiteral("groupId"), 1 },
        { QStringLiteral("endpoints"),
            QJsonArray { QStringLiteral("http://127.0.0.1:8545"), QStringLiteral("https://node2.example:8545/rpc") } },
        { QStringLiteral("genesisHash"), QStringLiteral("0x") + QString(64, u'a') },
        { QStringLiteral("contractAddress"), QString(40, u'5') },
        { QStringLiteral("documentStore"), QStringLiteral("http://127.0.0.1:8545/documents") } };
}
//! Block 1 registers `bank` (tx "register"), block 2 deactivates it (tx "freeze"); nullopt when a commit fails.
std::optional<std::pair<chain::VerifiedBlock, chain::VerifiedBlock>> registerThenDeactivate(
    LightStore &store, const QByteArray &bank)
{
    auto b1 = nextBlock(store.tip().value(), { h("register") });
    const market::InstitutionRegistered registered { bank, QStringLiteral("91310000717854505W"), QStringLiteral("Bank"),
        market::Role::Bank, 310000, QByteArray(64, '\x01') };
    if (!store.commitBlock(b1, { { h("register"), 0, 0, registered } }))
        return std::nullopt;
    auto b2 = nextBlock(b1.tip(), { h("freeze") });
    if (!store.commitBlock(b2, { { h("freeze"), 0, 0, market::InstitutionStatusChanged { bank, false } } }))
        return std::nullopt;
    return std::pair { b1, b2 };
}
} // namespace

void TestLightStore::keepsEveryChangeOfAnInstitution()
{
    auto store = anchored();
    QVERIFY(store);
    const QByteArray bank = h("bank").left(20);
    const auto blocks = registerThenDeactivate(*store, bank);
    QVERIFY(blocks.has_value());
    const auto &[b1, b2] = *blocks;
    auto history = MarketQueries(store->database()).institutionHistory(bank);
    QVERIFY2(history.ok(), qPrintable(history ? QString() : history.error().message));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).kind, market::InstitutionChange::Kind::Registered);
    QVERIFY(history->at(0).active);
    QCOMPARE(history->at(0).block, quint64(1));
    QCOMPARE(history->at(0).tx, h("register"));
    QCOMPARE(history->at(0).timeMs, b1.header.timestamp);
    QCOMPARE(history->at(1).kind, market::InstitutionChange::Kind::StatusChanged);
    QVERIFY(!history->at(1).active);
    QCOMPARE(history->at(1).block, quint64(2));
    QCOMPARE(history->at(1).sealers, 4);
    QVERIFY(MarketQueries(store->database()).institutionHistory(h("other").left(20))->isEmpty());
}

void TestLightStore::aVersionOneStoreKeepsTheStateItHad()
{
    const QByteArray bank = h("bank").left(20);
    quint64 lastChange = 0;
    {
        auto store = anchored();
        QVERIFY(store);
        const auto blocks = registerThenDeactivate(*store, bank);
        QVERIFY(blocks.has_value());
        lastChange = blocks->second.header.number;
        // Back to what version 1 wrote: no history table, nor version 3's users, nor version 4's
        // authorisations, nor version 5's 链融 parts.
        for (const char *undo : { "DROP TABLE institution_events", "DROP TABLE user_events", "DROP TABLE users",
                 "ALTER TABLE order_events DROP COLUMN user", "DROP TABLE authorisations",
                 "DROP TABLE authorisation_uses", "DROP TABLE order_parts",
                 "ALTER TABLE orders DROP COLUMN parts_expected", "ALTER TABLE orders DROP COLUMN parts_delivered" })
            QVERIFY(store->database().exec(QString::fromLatin1(undo)).ok());
        QVERIFY(store->database().exec(QStringLiteral("UPDATE meta SET value='1' WHERE key='schema_version'")).ok());
    }
    auto reopened = LightStore::open(path());
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(lightSchemaVersion((*reopened)->database()).value(), kLightSchemaVersion);
    const auto history = MarketQueries((*reopened)->database()).institutionHistory(bank);
    QVERIFY(history.ok());
    // One row: the state version 1 kept (inactive since block 2), not an invented registration.
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).kind, market::InstitutionChange::Kind::StateOnUpgrade);
    QVERIFY(!history->at(0).active);
    QCOMPARE(history->at(0).block, lastChange);
}

// 链融 (schema 5): placing opens a part per partner bureau, PartDelivered fills
// one; the queries count them, find the order for a partner, and name the
// part's envelope; a part from a bureau that owes none is refused with the block.
void TestLightStore::projectsTheLianrongPartsOfAnOrder()
{
    auto store = anchored();
    QVERIFY(store);
    const QByteArray lead = h("bureau").left(20), shenzhen = h("shenzhen").left(20), beijing = h("beijing").left(20);
    market::ProductListed joint { 7, lead, market::Series::Lianrong, QStringLiteral("联合报告"), QString(), 9000, 48,
        QStringLiteral("PDF"), false, { shenzhen, beijing } };
    market::OrderPlaced order { 21, h("bank").left(20), 7, lead, 9000, QByteArray(32, '\0'), h("request") };
    auto b1 = nextBlock(store->tip().value(), { h("list"), h("place") });
    QVERIFY(store->commitBlock(b1, { { h("list"), 0, 0, joint }, { h("place"), 1, 0, order } }).ok());
    auto b2 = nextBlock(b1.tip(), { h("accept"), h("part") });
    const auto delivered = store->commitBlock(b2,
        { { h("accept"), 0, 0, market::OrderAccepted { 21, lead } },
            { h("part"), 1, 0, market::PartDelivered { 21, shenzhen, h("part plain"), h("part envelope") } } });
    QVERIFY2(delivered.ok(), qPrintable(delivered ? QString() : delivered.error().message));

    MarketQueries q(store->database());
    const auto parts = q.orderParts(21);
    QVERIFY(parts);
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).bureau, shenzhen);
    QVERIFY(parts->at(0).delivered());
    QCOMPARE(parts->at(0).partHash, h("part plain"));
    QCOMPARE(parts->at(0).partDocument, h("part envelope"));
    QCOMPARE(parts->at(0).block, quint64(2));
    QCOMPARE(parts->at(0).tx, h("part"));
    QCOMPARE(parts->at(0).deliveredAtMs, b2.header.timestamp);
    QCOMPARE(parts->at(1).bureau, beijing);
    QVERIFY(!parts->at(1).delivered());

    market::OrderFilter forBeijing;
    forBeijing.partner = beijing;
    const auto owed = q.orders(forBeijing);
    QVERIFY(owed);
    QCOMPARE(owed->size(), 1);
    QCOMPARE(owed->front().partsExpected, 2);
    QCOMPARE(owed->front().partsDelivered, 1);
    QVERIFY(!owed->front().allPartsDelivered());
    QCOMPARE(owed->front().state, market::OrderState::Accepted);
    QCOMPARE(owed->front().block, quint64(2)); // the part is the order's last change
    QVERIFY(!owed->front().partnerPartDelivered); // Beijing's part is awaited
    market::OrderFilter forShenzhen;
    forShenzhen.partner = shenzhen;
    QVERIFY(q.orders(forShenzhen)->front().partnerPartDelivered); // Shenzhen's is in
    QVERIFY(!q.orders({})->front().partnerPartDelivered); // no partner asked about
    market::OrderFilter leadOrPartner;
    leadOrPartner.bureau = leadOrPartner.partner = beijing;
    QCOMPARE(q.orders(leadOrPartner)->size(), 1);
    leadOrPartner.bureau = leadOrPartner.partner = h("stranger").left(20);
    QCOMPARE(q.orders(leadOrPartner)->size(), 0);
    market::OrderFilter leadOnly;
    leadOnly.bureau = beijing;
    QCOMPARE(q.orders(leadOnly)->size(), 0);

    const auto reference = store->documentReference(h("part envelope"));
    QVERIFY(reference && reference->has_value());
    QCOMPARE((*reference)->kind, DocumentReference::Kind::Part);
    QCOMPARE((*reference)->orderId, quint64(21));

    // A part from a bureau the order names no part for: the block is refused whole.
    auto b3 = nextBlock(b2.tip(), { h("stray") });
    const auto stray = store->commitBlock(
        b3, { { h("stray"), 0, 0, market::PartDelivered { 21, h("stranger").left(20), h("x"), h("y") } } });
    QVERIFY(!stray);
    QCOMPARE(stray.error().kind, ErrorKind::Corrupt);
    QCOMPARE(store->height().value(), std::optional<quint64>(2));
}

void TestLightStore::networkProfileParses()
{
    auto p = chain::NetworkProfile::fromJson(goodProfile());
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->endpoints.size(), 2);
    QCOMPARE(p->genesisHash, QByteArray(32, '\xaa'));
    QCOMPARE(p->contractAddress, QByteArray(20, '\x55'));
    auto again = chain::NetworkProfile::fromJson(p->toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), p->toJson());
    QVERIFY(!chain::NetworkProfile::load(QStringLiteral("/nonexistent/profile.json")).ok());
}

void TestLightStore::networkProfileNamesTheBadField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no name") << QStringLiteral("name") << QJsonValue();
    QTest::newRow("chainId text") << QStringLiteral("chainId") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("groupId zero") << QStringLiteral("groupId") << QJsonValue(0);
    QTest::newRow("groupId fraction") << QStringLiteral("groupId") << QJsonValue(1.5);
    QTest::newRow("no endpoints") << QStringLiteral("endpoints") << QJsonValue(QJsonArray());
    QTest::newRow("ftp endpoint") << QStringLiteral("endpoints")
                                  << QJsonValue(QJsonArray { QStringLiteral("ftp://x") });
    QTest::newRow("short genesis") << QStringLiteral("genesisHash") << QJsonValue(QStringLiteral("0xaaaa"));
    QTest::newRow("bad contract") << QStringLiteral("contractAddress") << QJsonValue(QString(40, u'g'));
    QTest::newRow("bad store") << QStringLiteral("documentStore") << QJsonValue(QStringLiteral("not a url"));
}

void TestLightStore::networkProfileNamesTheBadField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject o = goodProfile();
    if (value.isUndefined() || value.isNull())
        o.remove(field);
    else
        o.insert(field, value);
    auto p = chain::NetworkProfile::fromJson(o);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(p.error().message.contains(QStringLiteral("\"%1\"").arg(field)), qPrintable(p.error().message));
}

QTEST_GUILESS_MAIN(TestLightStore)
#include "TestLightStore.moc"
