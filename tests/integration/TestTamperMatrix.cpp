// SPDX-License-Identifier: Apache-2.0
// The light node's product path against a malicious endpoint: `creditctl sync`
// with a profile whose first endpoint is a TamperingProxy in front of a real
// demo devnet and whose second is that devnet itself. For every tamper mode the
// proxy is skipped with the block and the broken rule (or the transport error)
// named, and the store ends exactly as a clean sync from the honest node alone
// leaves it. With the proxy as the only endpoint the sync fails and keeps
// everything before the target block and nothing of it.
#include "DemoHistoryPaths.h"
#include "DevnetThread.h"
#include "TamperingProxy.h"
#include "chain/RpcClient.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "store/LightStore.h"
#include "store/Sqlite.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace credit;
using Mode = test::TamperingProxy::Mode;

namespace {

const QString kDemoGenesis = QStringLiteral(CREDIT_DEMO_DIR "/genesis.json");

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString err;
    QString dataDir;
    qint64 ms = 0;
};

//! Every row of every table of a store, plus the figures the cases compare.
struct Snapshot {
    quint64 height = 0;
    QByteArray tipHash;
    QJsonObject counts;
    QMap<QString, QList<QByteArray>> tables;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(object).toJson()) > 0;
}

template<typename T> T valueOr(const Result<T> &r, T fallback)
{
    return r ? *r : fallback;
}

QString storeFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("light.sqlite"));
}

// Rows as type-tagged hex, so the comparison is exact whatever the column types.
QList<QByteArray> tableRows(sqlite3 *db, const QString &table)
{
    QList<QByteArray> rows;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return { QByteArrayLiteral("unreadable: ") + sqlite3_errmsg(db) };
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QByteArray row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, c));
            row += QByteArray::number(sqlite3_column_type(stmt, c)) + ':'
                + QByteArray(data, sqlite3_column_bytes(stmt, c)).toHex() + ';';
        }
        rows << row;
    }
    sqlite3_finalize(stmt);
    return rows;
}

std::optional<QByteArray> hashAt(store::LightStore &store, quint64 number)
{
    auto stmt = store.database().prepare(QStringLiteral("SELECT hash FROM blocks WHERE number = ?"));
    if (!stmt || !valueOr(stmt->bind(1, static_cast<qint64>(number)).step(), false))
        return std::nullopt;
    return stmt->blob(0);
}

qint64 single(store::LightStore &store, const QString &sql, quint64 number)
{
    auto stmt = store.database().prepare(sql);
    if (!stmt || !valueOr(stmt->bind(1, static_cast<qint64>(number)).step(), false))
        return -1;
    return stmt->int64(0);
}

} // namespace

class TestTamperMatrix final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tamperedEndpointIsSkipped_data();
    void tamperedEndpointIsSkipped();
    void oneMissingSignatureLeavesAQuorum();
    void tamperedEndpointAloneStopsBeforeTheTarget_data();
    void tamperedEndpointAloneStopsBeforeTheTarget();

private:
    Run sync(const QStringList &endpoints);
    std::optional<Snapshot> snapshot(const QString &dataDir);
    //! signersAtTarget < 0: as many as in the clean sync.
    void expectCleanStore(const QString &dataDir, qint64 signersAtTarget = -1);
    test::TamperingProxy::Plan plan(Mode mode, int drop) const;
    quint64 headOf(const QString &url);
    quint64 findTarget(quint64 from, quint64 to);

    QTemporaryDir m_dir;
    QJsonObject m_genesis;
    std::unique_ptr<test::DevnetThread> m_honest, m_other;
    QString m_genesisHash;
    QList<crypto::Sm2PrivateKey> m_sealerKeys;
    quint64 m_head = 0, m_target = 0;
    QByteArray m_targetHash;
    Snapshot m_clean;
    QString m_cleanDir;
    int m_runs = 0;
};

quint64 TestTamperMatrix::headOf(const QString &url)
{
    chain::RpcClient client(url);
    auto head = client.call(QStringLiteral("getBlockNumber"), QJsonArray { 1 }, true);
    auto n = head ? chain::json::toQuantity(*head, QStringLiteral("head")) : Result<quint64>(head.error().toError());
    return n ? *n : 0;
}

// A block with at least two transactions that all succeeded and all logged:
// a tampered receipt or order then has real CreditMarket events to corrupt.
quint64 TestTamperMatrix::findTarget(quint64 from, quint64 to)
{
    chain::RpcClient client(m_honest->url());
    for (quint64 n = from; n <= to; ++n) {
        auto body
            = client.call(QStringLiteral("getBlockByNumber"), QJsonArray { 1, chain::json::quantity(n), false }, true);
        if (!body)
            return 0;
        const QJsonArray txs = body->toObject().value(QStringLiteral("transactions")).toArray();
        if (txs.size() < 2)
            continue;
        QList<std::pair<QString, QJsonArray>> calls;
        for (const QJsonValue &tx : txs)
            calls.append({ QStringLiteral("getTransactionReceipt"), QJsonArray { 1, tx } });
        auto receipts = client.callMany(calls);
        if (!receipts)
            return 0;
        const bool allLogged = std::all_of(receipts->begin(), receipts->end(), [](const auto &r) {
            const QJsonObject o = r ? r->toObject() : QJsonObject();
            return valueOr(
                       chain::json::toQuantity(o.value(QStringLiteral("status")), QStringLiteral("status")), quint64(1))
                == 0
                && !o.value(QStringLiteral("logs")).toArray().isEmpty();
        });
        if (allLogged)
            return n;
    }
    return 0;
}

void TestTamperMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_genesis = readJson(kDemoGenesis);
    QVERIFY(!m_genesis.isEmpty());
    for (const QJsonValue &k : m_genesis.value(QStringLiteral("sealerKeys")).toArray())
        m_sealerKeys << crypto::Sm2PrivateKey::fromRaw(hex::decode(k.toString()).value()).value();
    QCOMPARE(m_sealerKeys.size(), 4);

    // Another chain: the same file one millisecond later at genesis. Its copy
    // lives elsewhere, so the demo key files are named absolutely.
    QJsonObject other = m_genesis;
    other.insert(QStringLiteral("timestamp"), m_genesis.value(QStringLiteral("timestamp")).toInteger() + 1);
    QJsonObject history = other.value(QStringLiteral("demoHistory")).toObject();
    test::makeDemoKeyFilesAbsolute(history, QDir(QStringLiteral(CREDIT_DEMO_DIR)));
    other.insert(QStringLiteral("demoHistory"), history);
    const QString otherGenesis = m_dir.filePath(QStringLiteral("other-genesis.json"));
    QVERIFY(writeJson(otherGenesis, other));

    // Both write their history (about 730 signed blocks) at once.
    QElapsedTimer clock;
    clock.start();
    devnet::Devnet::Options honest, o;
    honest.genesisPath = kDemoGenesis;
    honest.dataDir = m_dir.filePath(QStringLiteral("honest-chain"));
    o.genesisPath = otherGenesis;
    o.dataDir = m_dir.filePath(QStringLiteral("other-chain"));
    std::thread starter([this, o] { m_other = std::make_unique<test::DevnetThread>(o); });
    m_honest = std::make_unique<test::DevnetThread>(honest);
    starter.join();
    QVERIFY2(m_honest->ok(), qPrintable(m_honest->error()));
    QVERIFY2(m_other->ok(), qPrintable(m_other->error()));
    const qint64 startMs = clock.elapsed();

    // The trust anchor an operator would publish: the honest genesis hash, asked over RPC.
    chain::RpcClient client(m_honest->url());
    auto block0
        = client.call(QStringLiteral("getBlockHeaderByNumber"), QJsonArray { 1, QStringLiteral("0x0"), false }, true);
    QVERIFY(block0.ok());
    m_genesisHash = block0->toObject().value(QStringLiteral("hash")).toString();
    m_head = headOf(m_honest->url());
    const quint64 otherHead = headOf(m_other->url());
    QVERIFY2(m_head > 100 && otherHead > 100, "the demo history was not written");
    const quint64 common = std::min(m_head, otherHead);
    m_target = findTarget(common / 2, common);
    QVERIFY2(m_target > 1, "no block with two or more logged transactions");

    clock.restart();
    const Run clean = sync({ m_honest->url() });
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    QCOMPARE(clean.json.value(QStringLiteral("skippedEndpoints")).toArray().size(), 0);
    QCOMPARE(clean.json.value(QStringLiteral("height")).toInteger(), qint64(m_head));
    auto s = snapshot(clean.dataDir);
    QVERIFY(s.has_value());
    m_clean = *s;
    m_cleanDir = clean.dataDir;
    QCOMPARE(m_clean.height, m_head);
    QVERIFY(m_clean.counts.value(QStringLiteral("orderEvents")).toInteger() > 0);
    auto store = store::LightStore::openReadOnly(storeFile(clean.dataDir));
    QVERIFY(store.ok());
    m_targetHash = hashAt(**store, m_target).value_or(QByteArray());
    QCOMPARE(m_targetHash.size(), 32);
    qInfo("two demo devnets up in %lld ms; head %llu (other chain %llu), target block %llu; clean sync %lld ms",
        static_cast<long long>(startMs), static_cast<unsigned long long>(m_head),
        static_cast<unsigned long long>(otherHead), static_cast<unsigned long long>(m_target),
        static_cast<long long>(clean.ms));
}

void TestTamperMatrix::cleanupTestCase()
{
    // The comparisons with the clean sync assume an idle chain.
    if (m_honest && m_honest->ok())
        QCOMPARE(headOf(m_honest->url()), m_head);
}

Run TestTamperMatrix::sync(const QStringList &endpoints)
{
    Run run;
    const QString name = QStringLiteral("run-%1").arg(++m_runs);
    run.dataDir = m_dir.filePath(name);
    const QString profile = m_dir.filePath(name + QStringLiteral(".profile.json"));
    if (!writeJson(profile,
            { { QStringLiteral("name"), QStringLiteral("tamper matrix") },
                { QStringLiteral("chainId"), m_genesis.value(QStringLiteral("chainId")) },
                { QStringLiteral("groupId"), m_genesis.value(QStringLiteral("groupId")) },
                { QStringLiteral("endpoints"), QJsonArray::fromStringList(endpoints) },
                { QStringLiteral("genesisHash"), m_genesisHash },
                { QStringLiteral("contractAddress"), m_genesis.value(QStringLiteral("contractAddress")) } }))
        return run;
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(QStringLiteral(CREDITCTL_PATH),
        { QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--profile"), profile,
            QStringLiteral("--data"), run.dataDir, QStringLiteral("--timeout"), QStringLiteral("3") });
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("creditctl sync did not finish in 120 s");
        return run;
    }
    run.ms = clock.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray out = p.readAllStandardOutput();
    run.json = QJsonDocument::fromJson(out).object();
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (run.exitCode != 0) // the whole story for a failure message
        run.err = QStringLiteral("exit %1 (%2): %3 / stdout: %4")
                      .arg(run.exitCode)
                      .arg(p.exitStatus() == QProcess::NormalExit ? u"normal" : u"crashed")
                      .arg(run.err, QString::fromUtf8(out.left(2000)));
    return run;
}

std::optional<Snapshot> TestTamperMatrix::snapshot(const QString &dataDir)
{
    auto store = store::LightStore::openReadOnly(storeFile(dataDir));
    if (!store)
        return std::nullopt;
    auto tip = (*store)->tip();
    auto counts = (*store)->counts();
    auto tables = (*store)->database().prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tip || !counts || !tables)
        return std::nullopt;
    Snapshot s { tip->number, tip->hash, counts->toJson(), {} };
    while (valueOr(tables->step(), false))
        s.tables.insert(tables->text(0), tableRows((*store)->database().handle(), tables->text(0)));
    return s;
}

void TestTamperMatrix::expectCleanStore(const QString &dataDir, qint64 signersAtTarget)
{
    const auto s = snapshot(dataDir);
    QVERIFY(s.has_value());
    QCOMPARE(s->height, m_head);
    QCOMPARE(s->tipHash, m_clean.tipHash);
    QCOMPARE(s->counts, m_clean.counts);
    auto store = store::LightStore::openReadOnly(storeFile(dataDir));
    auto clean = store::LightStore::openReadOnly(storeFile(m_cleanDir));
    QVERIFY(store.ok() && clean.ok());
    QCOMPARE(hashAt(**store, m_target), std::optional<QByteArray>(m_targetHash));
    const QString signers = QStringLiteral("SELECT signer_count FROM blocks WHERE number = ?");
    const qint64 cleanSigners = single(**clean, signers, m_target);
    QCOMPARE(single(**store, signers, m_target), signersAtTarget < 0 ? cleanSigners : signersAtTarget);
    QCOMPARE(s->tables.keys(), m_clean.tables.keys());
    for (auto it = m_clean.tables.cbegin(); it != m_clean.tables.cend(); ++it) {
        QList<QByteArray> rows = s->tables[it.key()], expected = it.value();
        // A block stored with fewer (still enough) signers differs in that count only.
        if (it.key() == u"blocks" && signersAtTarget >= 0 && signersAtTarget != cleanSigners) {
            QVERIFY(rows.size() == expected.size() && rows.size() > qsizetype(m_target));
            rows.removeAt(qsizetype(m_target));
            expected.removeAt(qsizetype(m_target));
        }
        QVERIFY2(rows == expected, qPrintable(QStringLiteral("table %1 differs from the clean sync").arg(it.key())));
    }
}

test::TamperingProxy::Plan TestTamperMatrix::plan(Mode mode, int drop) const
{
    test::TamperingProxy::Plan p;
    p.mode = mode;
    p.target = m_target;
    p.dropSignatures = drop;
    p.sealerKeys = m_sealerKeys;
    p.otherChainUrl = m_other->url();
    return p;
}

void TestTamperMatrix::tamperedEndpointIsSkipped_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("drop");
    QTest::addColumn<QString>("expected"); // pattern: the rule name, or the transport / parse error
    QTest::addColumn<bool>("rule");
    const auto row = [](Mode m, const QString &expected, int drop = 1, bool rule = true) {
        QTest::newRow(qPrintable(test::TamperingProxy::modeName(m))) << static_cast<int>(m) << drop << expected << rule;
    };
    row(Mode::HeaderField, QStringLiteral("HeaderHash"));
    row(Mode::HashField, QStringLiteral("HeaderHash"));
    row(Mode::DropSignatures, QStringLiteral("Quorum"), 2);
    row(Mode::ForeignSignature, QStringLiteral("BadSignature"));
    row(Mode::OutsideIndex, QStringLiteral("UnknownSigner"));
    row(Mode::DuplicateSigner, QStringLiteral("DuplicateSigner"));
    row(Mode::NoSignatureList, QStringLiteral("Malformed"));
    row(Mode::TransactionsRoot, QStringLiteral("TransactionsRoot"));
    row(Mode::ForgedSealerChange, QStringLiteral("SealerChange"));
    row(Mode::ReorderTransactions, QStringLiteral("TransactionsRoot"));
    row(Mode::ReceiptLog, QStringLiteral("ReceiptsRoot"));
    row(Mode::MissingReceipt, QStringLiteral("ReceiptMismatch"));
    row(Mode::OtherChain, QStringLiteral("ParentLink"));
    row(Mode::InvalidJson, QStringLiteral("not (valid )?JSON"), 0, false);
    row(Mode::Stall, QStringLiteral("did not answer in time|timed out"), 0, false);
}

void TestTamperMatrix::tamperedEndpointIsSkipped()
{
    QFETCH(int, mode);
    QFETCH(int, drop);
    QFETCH(QString, expected);
    QFETCH(bool, rule);
    test::TamperingProxy proxy(m_honest->url(), plan(static_cast<Mode>(mode), drop));
    const Run run = sync({ proxy.url(), m_honest->url() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(proxy.tamperedCalls() > 0, "the proxy never met the target block");
    const QJsonArray skipped = run.json.value(QStringLiteral("skippedEndpoints")).toArray();
    QCOMPARE(skipped.size(), 1);
    const QString why = skipped.at(0).toString();
    qInfo("%s -> %s (%lld ms)", QTest::currentDataTag(), qPrintable(why.left(220)), static_cast<long long>(run.ms));
    QVERIFY2(why.startsWith(proxy.url() + QStringLiteral(": ")), qPrintable(why));
    QVERIFY2(why.contains(QRegularExpression(expected)), qPrintable(why));
    // Verification failures name the block; a reply that is not JSON names it too
    // (the call that failed was the target's); a stall names only its batch.
    if (rule || static_cast<Mode>(mode) == Mode::InvalidJson)
        QVERIFY2(why.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(m_target))), qPrintable(why));
    if (rule)
        QVERIFY2(why.contains(QRegularExpression(QStringLiteral("\\bblock %1\\b").arg(m_target))), qPrintable(why));
    expectCleanStore(run.dataDir);
}

void TestTamperMatrix::oneMissingSignatureLeavesAQuorum()
{
    // 3 of 4 sealers is still n − ⌊(n−1)/3⌋: an honest node may serve that.
    test::TamperingProxy proxy(m_honest->url(), plan(Mode::DropSignatures, 1));
    const Run run = sync({ proxy.url(), m_honest->url() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(proxy.tamperedCalls() > 0);
    QCOMPARE(run.json.value(QStringLiteral("skippedEndpoints")).toArray(), QJsonArray());
    expectCleanStore(run.dataDir, m_sealerKeys.size() - 1);
}

void TestTamperMatrix::tamperedEndpointAloneStopsBeforeTheTarget_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("drop");
    QTest::addColumn<QString>("rule");
    const auto row = [](Mode m, const QString &rule, int drop = 1) {
        QTest::newRow(qPrintable(test::TamperingProxy::modeName(m))) << static_cast<int>(m) << drop << rule;
    };
    row(Mode::HeaderField, QStringLiteral("HeaderHash"));
    row(Mode::DropSignatures, QStringLiteral("Quorum"), 2);
    row(Mode::TransactionsRoot, QStringLiteral("TransactionsRoot"));
    row(Mode::ReceiptLog, QStringLiteral("ReceiptsRoot"));
    row(Mode::OtherChain, QStringLiteral("ParentLink"));
}

void TestTamperMatrix::tamperedEndpointAloneStopsBeforeTheTarget()
{
    QFETCH(int, mode);
    QFETCH(int, drop);
    QFETCH(QString, rule);
    test::TamperingProxy proxy(m_honest->url(), plan(static_cast<Mode>(mode), drop));
    const Run run = sync({ proxy.url() });
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.err));
    QVERIFY(proxy.tamperedCalls() > 0);
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("\\bblock %1\\b").arg(m_target))), qPrintable(run.err));
    QVERIFY2(run.err.contains(rule), qPrintable(run.err));

    // Everything before the target, exactly as the honest chain has it; nothing of the target.
    auto store = store::LightStore::openReadOnly(storeFile(run.dataDir));
    QVERIFY(store.ok());
    QCOMPARE((*store)->height().value(), std::optional<quint64>(m_target - 1));
    auto clean = store::LightStore::openReadOnly(storeFile(m_cleanDir));
    QVERIFY(clean.ok());
    QCOMPARE(hashAt(**store, m_target - 1), hashAt(**clean, m_target - 1));
    QCOMPARE(single(**store, QStringLiteral("SELECT count(*) FROM transactions WHERE block >= ?"), m_target), 0);
    QCOMPARE(single(**store, QStringLiteral("SELECT count(*) FROM transactions WHERE block < ?"), m_target),
        single(**clean, QStringLiteral("SELECT count(*) FROM transactions WHERE block < ?"), m_target));
    QCOMPARE(single(**store, QStringLiteral("SELECT count(*) FROM order_events WHERE block >= ?"), m_target), 0);
    QCOMPARE(single(**store, QStringLiteral("SELECT count(*) FROM order_events WHERE block < ?"), m_target),
        single(**clean, QStringLiteral("SELECT count(*) FROM order_events WHERE block < ?"), m_target));
}

QTEST_GUILESS_MAIN(TestTamperMatrix)
#include "TestTamperMatrix.moc"
