// SPDX-License-Identifier: Apache-2.0
// Evidence packs on the demo chain (a real devnet on loopback, its history
// synced into a real light store): a bundle for an order in every state of the
// history verifies offline; each tampering is refused with its own check; a
// node that serves parts not matching the verified headers is refused at
// export; creditctl export → verify round-trips as separate processes.
#include "DemoChain.h"
#include "chain/DocumentStoreClient.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm3.h"
#include "desk/EvidenceExport.h"
#include "evidence/BundleJson.h"
#include "evidence/EvidenceVerifier.h"
#include "node/SyncEngine.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace credit;
using evidence::EvidenceBundle;

namespace {

//! Forwards to a real node, letting a test change what it answers.
class AlteringRpc final : public chain::ChainRpc {
public:
    explicit AlteringRpc(chain::ChainRpc &inner) : m_inner(inner) { }
    std::function<void(QJsonObject &)> header, transaction, receipt;

    chain::RpcResult<chain::ClientVersion> getClientVersion() override { return m_inner.getClientVersion(); }
    chain::RpcResult<quint64> getBlockNumber() override { return m_inner.getBlockNumber(); }
    chain::RpcResult<QJsonObject> getBlockHeaderByNumber(quint64 number, bool signatures) override
    {
        auto r = m_inner.getBlockHeaderByNumber(number, signatures);
        if (r && header)
            header(*r);
        return r;
    }
    chain::RpcResult<QList<chain::RpcResult<QJsonObject>>> getBlockHeadersByNumber(
        quint64 first, int count, bool signatures) override
    {
        return m_inner.getBlockHeadersByNumber(first, count, signatures);
    }
    chain::RpcResult<QJsonObject> getBlockByNumber(quint64 number, bool txs) override
    {
        return m_inner.getBlockByNumber(number, txs);
    }
    chain::RpcResult<std::optional<QJsonObject>> getTransactionReceipt(const QByteArray &h) override
    {
        return m_inner.getTransactionReceipt(h);
    }
    chain::RpcResult<std::optional<QJsonObject>> getTransactionByHashWithProof(const QByteArray &h) override
    {
        auto r = m_inner.getTransactionByHashWithProof(h);
        if (r && *r && transaction)
            transaction(**r);
        return r;
    }
    chain::RpcResult<std::optional<QJsonObject>> getTransactionReceiptByHashWithProof(const QByteArray &h) override
    {
        auto r = m_inner.getTransactionReceiptByHashWithProof(h);
        if (r && *r && receipt)
            receipt(**r);
        return r;
    }
    chain::RpcResult<QByteArray> sendRawTransaction(const QByteArray &raw) override
    {
        return m_inner.sendRawTransaction(raw);
    }
    chain::RpcResult<chain::CallResult> call(const QByteArray &f, const QByteArray &t, const QByteArray &d) override
    {
        return m_inner.call(f, t, d);
    }
    chain::RpcResult<QList<QByteArray>> getSealerList() override { return m_inner.getSealerList(); }
    chain::RpcResult<chain::SyncStatus> getSyncStatus() override { return m_inner.getSyncStatus(); }
    chain::RpcResult<QList<quint64>> getGroupList() override { return m_inner.getGroupList(); }

private:
    chain::ChainRpc &m_inner;
};

QString checkOf(const evidence::VerificationReport &r)
{
    return r.failure ? evidence::checkName(r.failure->check) : QStringLiteral("(verified)");
}

// Signature r ‖ s ‖ pub of `key` over a header hash, as a 国密 sealer writes it.
chain::SealerSignature signatureBy(const crypto::Sm2PrivateKey &key, quint64 index, const QByteArray &hash)
{
    return { index, key.sign(hash).value() + key.publicKey().raw() };
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestEvidencePack final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyStateOfTheHistoryVerifies();
    void aJointOrdersPartsAreProvedSteps();
    void bundleSurvivesItsJson();
    void eachTamperingIsRefusedWithItsOwnReason_data();
    void eachTamperingIsRefusedWithItsOwnReason();
    void suppliedDocumentsMustMatch();
    void nodePartsThatDoNotMatchTheVerifiedStoreAreRefused();
    void cancelledExportStops();
    void creditctlExportThenVerify();

private:
    Result<EvidenceBundle> exportOrder(quint64 orderId, chain::ChainRpc *rpc = nullptr);
    Run ctl(const QStringList &args);

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    chain::NetworkProfile m_profile;
    QString m_storePath;
    std::unique_ptr<chain::RpcClient> m_client;
    std::unique_ptr<chain::FiscoRpc> m_rpc;
    std::optional<crypto::Sm2PrivateKey> m_key;
    QMap<QString, quint64> m_orderByState; //!< one order per state present in the history
    EvidenceBundle m_completed; //!< placed, accepted, delivered, completed: with documents
};

void TestEvidencePack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(m_dir.filePath(QStringLiteral("chain")), 100);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    m_profile = chain->profile;
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
    m_storePath = m_dir.filePath(QStringLiteral("data/light.sqlite"));
    m_client = std::make_unique<chain::RpcClient>(m_profile.endpoints.first());
    m_rpc = std::make_unique<chain::FiscoRpc>(*m_client, m_profile.groupId);
    {
        auto store = store::LightStore::open(m_storePath);
        QVERIFY(store.ok());
        chain::SyncEngine engine(**store, m_profile, *m_client, {});
        auto synced = engine.syncToHead();
        QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().error.message));
        auto rows = (*store)->orders();
        QVERIFY(rows.ok());
        // Single-bureau orders: their steps are the order machine's alone (a 链融
        // order has a step per delivered part; aJointOrdersPartsAreProvedSteps
        // takes one of those), whichever orders the day's demo history made joint.
        auto summaries = store::MarketQueries((*store)->database()).orders({});
        QVERIFY(summaries.ok());
        QSet<quint64> joint;
        for (const market::OrderSummary &o : std::as_const(*summaries))
            if (o.isJoint())
                joint.insert(o.orderId);
        for (const auto &row : std::as_const(*rows))
            if (!joint.contains(row.orderId) && !m_orderByState.contains(market::orderStateName(row.state)))
                m_orderByState.insert(market::orderStateName(row.state), row.orderId);
    }
    auto key = test::DemoChain::key(QStringLiteral("mediator-shanghai.pem"));
    QVERIFY(key.ok());
    m_key = *key;
    QVERIFY(m_orderByState.contains(QStringLiteral("Completed")));
    auto completed = exportOrder(m_orderByState.value(QStringLiteral("Completed")));
    QVERIFY2(completed.ok(), qPrintable(completed ? QString() : completed.error().message));
    m_completed = *completed;
}

void TestEvidencePack::cleanupTestCase()
{
    m_rpc.reset();
    m_client.reset();
    m_devnet.reset();
}

Result<EvidenceBundle> TestEvidencePack::exportOrder(quint64 orderId, chain::ChainRpc *rpc)
{
    const chain::CancelToken cancel;
    return desk::exportEvidence(m_storePath, m_profile, rpc ? *rpc : *m_rpc, *m_key, orderId, cancel);
}

void TestEvidencePack::everyStateOfTheHistoryVerifies()
{
    // The demo history ends with orders in these states; each must be there to be tested.
    for (const char *state : { "Rejected", "Cancelled", "Completed", "Resolved" })
        QVERIFY2(m_orderByState.contains(QLatin1String(state)), state);
    const QStringList kinds { QStringLiteral("OrderPlaced"), QStringLiteral("OrderAccepted"),
        QStringLiteral("OrderRejected"), QStringLiteral("OrderCancelled"), QStringLiteral("ReportDelivered"),
        QStringLiteral("OrderCompleted"), QStringLiteral("DisputeRaised"), QStringLiteral("DisputeResolved") };
    QSet<QString> proved;
    bool firstOfBlock = false;
    for (auto it = m_orderByState.cbegin(); it != m_orderByState.cend(); ++it) {
        auto bundle = exportOrder(it.value());
        QVERIFY2(
            bundle.ok(), qPrintable(it.key() + QStringLiteral(": ") + (bundle ? QString() : bundle.error().message)));
        const evidence::VerificationReport report = evidence::verifyBundle(*bundle, { m_profile.genesisHash, {} });
        QVERIFY2(report.ok,
            qPrintable(
                it.key() + QStringLiteral(": ") + checkOf(report) + QStringLiteral(" ") + report.failure->message));
        QCOMPARE(report.steps.size(), bundle->steps.size());
        QCOMPARE(report.steps.last().state, it.key());
        QVERIFY(report.anchorGiven);
        for (const evidence::ProvedStep &s : report.steps) {
            QCOMPARE(s.orderId, it.value());
            QVERIFY(s.signers >= s.needed && s.needed > 0 && s.sealers >= s.signers);
            QVERIFY(s.transactionProofOk && s.receiptProofOk);
            proved.insert(s.kind);
        }
        for (const evidence::EvidenceStep &s : bundle->steps)
            firstOfBlock = firstOfBlock || s.transactionIndex == 0;
    }
    for (const QString &kind : kinds)
        if (!proved.contains(kind))
            qInfo("the demo history has no %s step among the orders tested", qPrintable(kind));
    for (const char *kind : { "OrderPlaced", "OrderAccepted", "OrderRejected", "OrderCancelled", "ReportDelivered",
             "OrderCompleted", "DisputeRaised", "DisputeResolved" })
        QVERIFY2(proved.contains(QLatin1String(kind)), kind);
    QVERIFY2(firstOfBlock, "no step was the first transaction of its block");
}

// 链融: a partner's PartDelivered is a step of the order like any other —
// exported with its block, transaction and receipt proofs, verified offline,
// the order still Accepted after it.
void TestEvidencePack::aJointOrdersPartsAreProvedSteps()
{
    quint64 orderId = 0;
    {
        auto store = store::LightStore::openReadOnly(m_storePath);
        QVERIFY(store.ok());
        auto stmt = (*store)->database().prepare(
            QStringLiteral("SELECT order_id FROM order_events WHERE event = 'PartDelivered' ORDER BY id LIMIT 1"));
        QVERIFY(stmt.ok());
        auto row = stmt->step();
        QVERIFY2(row.ok() && *row, "the demo history has no part delivered");
        orderId = static_cast<quint64>(stmt->int64(0));
    }
    auto bundle = exportOrder(orderId);
    QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message));
    const evidence::VerificationReport report = evidence::verifyBundle(*bundle, { m_profile.genesisHash, {} });
    QVERIFY2(report.ok, qPrintable(report.ok ? QString() : checkOf(report) + u' ' + report.failure->message));
    const auto part = std::find_if(report.steps.cbegin(), report.steps.cend(),
        [](const evidence::ProvedStep &s) { return s.kind == QStringLiteral("PartDelivered"); });
    QVERIFY(part != report.steps.cend());
    QCOMPARE(part->state, QStringLiteral("Accepted"));
    QVERIFY(part->transactionProofOk && part->receiptProofOk);
    QVERIFY(part->signers >= part->needed && part->needed > 0);
}

void TestEvidencePack::bundleSurvivesItsJson()
{
    const QByteArray json = evidence::writeBundle(m_completed);
    auto read = evidence::readBundle(json);
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, m_completed);
    const evidence::VerificationReport report = evidence::verifyBundleFile(json, { m_profile.genesisHash, {} });
    QVERIFY(report.ok);
    QCOMPARE(report.bundleSm3, crypto::sm3(json));
    QCOMPARE(report.toJson().value(QStringLiteral("steps")).toArray().size(), m_completed.steps.size());
}

void TestEvidencePack::eachTamperingIsRefusedWithItsOwnReason_data()
{
    QTest::addColumn<std::function<void(EvidenceBundle &, evidence::VerifyOptions &)>>("tamper");
    QTest::addColumn<QString>("check");
    QTest::addColumn<int>("step");
    using Tamper = std::function<void(EvidenceBundle &, evidence::VerifyOptions &)>;
    QTest::newRow("changed header field")
        << Tamper([](EvidenceBundle &b, auto &) { b.steps[1].block.header.timestamp += 1; })
        << QStringLiteral("HeaderHash") << 1;
    QTest::newRow("forged hash field") << Tamper([](EvidenceBundle &b, auto &) {
        auto &s = b.steps[1].block;
        s.header.timestamp += 1;
        s.claimedHash = s.header.hash(); // consistent with the fields, signed by nobody
    }) << QStringLiteral("SealerSignature")
                                       << 1;
    QTest::newRow("signatures dropped below quorum") << Tamper([](EvidenceBundle &b, auto &) {
        auto &sigs = b.steps[2].block.signatures;
        const qsizetype keep = evidence::quorumOf(b.steps[2].block.header.sealerList.size()) - 1;
        sigs = sigs.mid(0, keep);
    }) << QStringLiteral("Quorum") << 2;
    QTest::newRow("duplicated signer") << Tamper([](EvidenceBundle &b, auto &) {
        auto &sigs = b.steps[0].block.signatures;
        sigs = sigs.mid(0, 2) + sigs.mid(0, 1);
    }) << QStringLiteral("DuplicateSigner")
                                       << 0;
    QTest::newRow("non-sealer signature") << Tamper([](EvidenceBundle &b, auto &) {
        auto &s = b.steps[0].block;
        const auto stranger = crypto::Sm2PrivateKey::generate().value();
        s.signatures[0] = signatureBy(stranger, s.signatures[0].index, s.header.hash());
    }) << QStringLiteral("NonSealerSigner")
                                          << 0;
    QTest::newRow("signature index outside the list")
        << Tamper([](EvidenceBundle &b, auto &) { b.steps[0].block.signatures[0].index = 99; })
        << QStringLiteral("NonSealerSigner") << 0;
    QTest::newRow("wrong sealer-set history: a change nobody trusted signed") << Tamper([](EvidenceBundle &b, auto &) {
        evidence::SealedHeader fake;
        fake.header = b.genesis;
        fake.header.number = 1;
        QList<crypto::Sm2PrivateKey> keys;
        fake.header.sealerList.clear();
        for (int i = 0; i < 4; ++i) {
            keys << crypto::Sm2PrivateKey::generate().value();
            fake.header.sealerList << keys.last().publicKey().raw();
        }
        fake.claimedHash = fake.header.hash();
        for (int i = 0; i < 4; ++i)
            fake.signatures << signatureBy(keys[i], static_cast<quint64>(i), fake.claimedHash);
        b.sealerChanges.prepend(fake);
    }) << QStringLiteral("SealerSetHistory") << -1;
    QTest::newRow("wrong sealer-set history: a step sealed by other sealers") << Tamper([](EvidenceBundle &b, auto &) {
        auto &s = b.steps[1].block;
        QList<crypto::Sm2PrivateKey> keys;
        s.header.sealerList.clear();
        for (int i = 0; i < 4; ++i) {
            keys << crypto::Sm2PrivateKey::generate().value();
            s.header.sealerList << keys.last().publicKey().raw();
        }
        s.claimedHash = s.header.hash();
        s.signatures.clear();
        for (int i = 0; i < 4; ++i)
            s.signatures << signatureBy(keys[i], static_cast<quint64>(i), s.claimedHash);
    }) << QStringLiteral("SealerSetHistory") << 1;
    QTest::newRow("broken Merkle proof step") << Tamper([](EvidenceBundle &b, auto &) {
        merkle::ProofLevel &level = b.steps[2].transactionProof.first();
        if (level.left.isEmpty() && level.right.isEmpty())
            level.right << QByteArray(32, '\x01'); // a lone transaction: a made-up sibling
        else {
            QByteArray &sibling = level.left.isEmpty() ? level.right.first() : level.left.first();
            sibling[3] = static_cast<char>(sibling[3] ^ 0x40);
        }
    }) << QStringLiteral("TransactionProof") << 2;
    QTest::newRow("changed receipt log") << Tamper([](EvidenceBundle &b, auto &) {
        auto &log = b.steps[1].receipt.logs[b.steps[1].logIndex];
        log.data[log.data.size() - 1] = static_cast<char>(log.data.back() ^ 1);
    }) << QStringLiteral("ReceiptProof") << 1;
    QTest::newRow("changed event") << Tamper([](EvidenceBundle &b, auto &) {
        QJsonObject args = b.steps[2].event.value(QStringLiteral("arguments")).toObject();
        args.insert(QStringLiteral("reportHash"), QStringLiteral("0x") + QString(64, u'0'));
        b.steps[2].event.insert(QStringLiteral("arguments"), args);
    }) << QStringLiteral("Event") << 2;
    QTest::newRow("changed step kind") << Tamper([](EvidenceBundle &b, auto &) {
        b.steps[3].kind = QStringLiteral("DisputeResolved");
    }) << QStringLiteral("Event") << 3;
    QTest::newRow("changed transaction signature") << Tamper([](EvidenceBundle &b, auto &) {
        auto t = tx::Transaction::decode(b.steps[1].rawTransaction).value();
        t.s[5] = static_cast<char>(t.s[5] ^ 1);
        b.steps[1].rawTransaction = t.encode();
    }) << QStringLiteral("TransactionSignature") << 1;
    QTest::newRow("steps out of order") << Tamper([](EvidenceBundle &b, auto &) { b.steps.swapItemsAt(1, 2); })
                                        << QStringLiteral("StepOrder") << 2;
    QTest::newRow("swapped document in the bundle")
        << Tamper([](EvidenceBundle &b, auto &) { b.documents.first().sm3 = crypto::sm3("another document"); })
        << QStringLiteral("DocumentHash") << -1;
    QTest::newRow("swapped document file") << Tamper([](EvidenceBundle &, evidence::VerifyOptions &o) {
        o.documents << evidence::SuppliedDocument { QStringLiteral("report.pdf"), crypto::sm3("not the report") };
    }) << QStringLiteral("DocumentHash") << -1;
    QTest::newRow("wrong anchor") << Tamper([](EvidenceBundle &, evidence::VerifyOptions &o) {
        o.anchor = crypto::sm3("another chain");
    }) << QStringLiteral("Anchor") << -1;
    QTest::newRow("genesis not the anchor")
        << Tamper([](EvidenceBundle &b, auto &) { b.genesis.timestamp += 1; }) << QStringLiteral("Genesis") << -1;
    QTest::newRow("changed manifest signature") << Tamper([](EvidenceBundle &b, auto &) {
        b.exporter.signature[7] = static_cast<char>(b.exporter.signature[7] ^ 1);
    }) << QStringLiteral("ManifestSignature") << -1;
    QTest::newRow("changed export time") << Tamper(
        [](EvidenceBundle &b, auto &) { b.exporter.exportedAtMs -= 86400000; })
                                         << QStringLiteral("ManifestSignature") << -1;
}

void TestEvidencePack::eachTamperingIsRefusedWithItsOwnReason()
{
    QFETCH(std::function<void(EvidenceBundle &, evidence::VerifyOptions &)>, tamper);
    QFETCH(QString, check);
    QFETCH(int, step);
    QCOMPARE(m_completed.steps.size(), 4); // placed, accepted, delivered, completed
    EvidenceBundle b = m_completed;
    evidence::VerifyOptions options { m_profile.genesisHash, {} };
    tamper(b, options);
    // Through the file, as a stranger's bundle arrives.
    const evidence::VerificationReport report = evidence::verifyBundleFile(evidence::writeBundle(b), options);
    QVERIFY(!report.ok);
    QCOMPARE(checkOf(report), check);
    QCOMPARE(report.failure->step, step);
    QVERIFY(!report.failure->message.isEmpty());
    // Steps are proved in order; the checks before them (anchor, history, order) prove none,
    // the checks after them (documents, manifest) come once all four are proved.
    const bool afterSteps = check == u"DocumentHash" || check == u"ManifestSignature";
    const bool beforeSteps = check == u"StepOrder" || (step < 0 && !afterSteps);
    QCOMPARE(report.steps.size(), beforeSteps ? 0 : afterSteps ? 4 : step);
}

void TestEvidencePack::suppliedDocumentsMustMatch()
{
    chain::DocumentStoreClient documents(m_profile.documentStore);
    const auto request = std::find_if(m_completed.documents.cbegin(), m_completed.documents.cend(),
        [](const evidence::DocumentRef &d) { return d.role == u"request"; });
    QVERIFY(request != m_completed.documents.cend());
    auto envelope = documents.fetch(request->sm3);
    QVERIFY2(envelope.ok(), qPrintable(envelope ? QString() : envelope.error().message));
    const evidence::VerificationReport report = evidence::verifyBundle(
        m_completed, { m_profile.genesisHash, { { QStringLiteral("request.env"), crypto::sm3(*envelope) } } });
    QVERIFY2(report.ok, qPrintable(checkOf(report)));
    QCOMPARE(report.documentFilesMatched, 1);
    QVERIFY(report.documents.size() >= 3); // request, report, report envelope (authorisation when a letter was given)
}

void TestEvidencePack::nodePartsThatDoNotMatchTheVerifiedStoreAreRefused()
{
    const quint64 order = m_completed.orderId;
    {
        AlteringRpc rpc(*m_rpc);
        rpc.header = [](QJsonObject &h) { h.insert(QStringLiteral("gasUsed"), QStringLiteral("0x7")); };
        auto r = exportOrder(order, &rpc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"other fields than the verified store"), qPrintable(r.error().message));
    }
    {
        AlteringRpc rpc(*m_rpc);
        rpc.transaction = [](QJsonObject &o) {
            o.insert(QStringLiteral("txProof"),
                QJsonArray { QJsonObject { { QStringLiteral("left"), QJsonArray {} },
                                 { QStringLiteral("right"), QJsonArray { QString(64, u'a') } } },
                    QJsonObject {
                        { QStringLiteral("left"), QJsonArray {} }, { QStringLiteral("right"), QJsonArray {} } } });
        };
        auto r = exportOrder(order, &rpc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"does not fold"), qPrintable(r.error().message));
    }
    {
        AlteringRpc rpc(*m_rpc);
        rpc.receipt = [](QJsonObject &o) {
            QJsonObject receipt = o.value(QStringLiteral("transactionReceipt")).toObject();
            receipt.insert(QStringLiteral("gasUsed"), QStringLiteral("0x1"));
            o.insert(QStringLiteral("transactionReceipt"), receipt);
        };
        auto r = exportOrder(order, &rpc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"receipt") && r.error().message.contains(u"does not fold"),
            qPrintable(r.error().message));
    }
    {
        AlteringRpc rpc(*m_rpc);
        rpc.transaction = [](QJsonObject &o) {
            QJsonObject t = o.value(QStringLiteral("transaction")).toObject();
            t.insert(QStringLiteral("input"), QStringLiteral("0x00"));
            o.insert(QStringLiteral("transaction"), t);
        };
        auto r = exportOrder(order, &rpc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"rebuild another transaction"), qPrintable(r.error().message));
    }
    {
        // Signatures are not in the store: a node that withholds them gets no bundle out.
        AlteringRpc rpc(*m_rpc);
        rpc.header = [](QJsonObject &h) {
            const QJsonArray all = h.value(QStringLiteral("signatureList")).toArray();
            h.insert(QStringLiteral("signatureList"), QJsonArray { all.first() });
        };
        auto r = exportOrder(order, &rpc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Quorum"), qPrintable(r.error().message));
    }
    QVERIFY(exportOrder(order).ok()); // the honest node still serves
    auto unknown = exportOrder(1);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestEvidencePack::cancelledExportStops()
{
    chain::CancelToken cancel;
    cancel.cancel();
    auto r = desk::exportEvidence(m_storePath, m_profile, *m_rpc, *m_key, m_completed.orderId, cancel);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"cancelled"), qPrintable(r.error().message));
}

Run TestEvidencePack::ctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITCTL_PASSWORD"), QStringLiteral("demo-only"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITCTL_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("creditctl hung: %s", qPrintable(args.join(u' ')));
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

void TestEvidencePack::creditctlExportThenVerify()
{
    const QString profilePath = m_dir.filePath(QStringLiteral("profile.json"));
    QFile profile(profilePath);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(m_profile.toJson()).toJson());
    profile.close();
    const QString bundlePath = m_dir.filePath(QStringLiteral("order.evidence.json"));
    const QString order = QString::number(m_orderByState.value(QStringLiteral("Resolved")));
    const Run exported = ctl({ QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("export"),
        QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("--order"), order,
        QStringLiteral("--key"), QStringLiteral(CREDIT_DEMO_DIR "/keys/bank-shanghai.pem"), QStringLiteral("--out"),
        bundlePath, QStringLiteral("--profile"), profilePath });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const QString anchor = hex::encodePrefixed(m_profile.genesisHash);
    const Run verified = ctl({ QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify"),
        bundlePath, QStringLiteral("--anchor"), anchor });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    QCOMPARE(report.value(QStringLiteral("orderId")).toInteger(), order.toLongLong());
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("DisputeResolved"));

    const Run text = ctl({ QStringLiteral("evidence"), QStringLiteral("verify"), bundlePath });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("step 0: OrderPlaced"), text.out.constData());
    QVERIFY(text.out.contains("VERIFIED"));

    // A bundle that another chain's anchor does not lead to: exit 1, naming the check.
    const Run wrongAnchor = ctl({ QStringLiteral("evidence"), QStringLiteral("verify"), bundlePath,
        QStringLiteral("--anchor"), hex::encodePrefixed(crypto::sm3("elsewhere")) });
    QCOMPARE(wrongAnchor.exitCode, 1);
    QVERIFY2(wrongAnchor.err.contains(u"Anchor"), qPrintable(wrongAnchor.err));

    // A stranger edits the file: the step and the check are named.
    QFile file(bundlePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray stepList = json.value(QStringLiteral("steps")).toArray();
    QJsonObject second = stepList.at(1).toObject();
    QJsonObject header = second.value(QStringLiteral("header")).toObject();
    header.insert(QStringLiteral("gasUsed"), QStringLiteral("0x2"));
    second.insert(QStringLiteral("header"), header);
    stepList.replace(1, second);
    json.insert(QStringLiteral("steps"), stepList);
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
    out.close();
    const Run refused
        = ctl({ QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify"), tampered });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"HeaderHash at step 1"), qPrintable(refused.err));
    const QJsonObject failure
        = QJsonDocument::fromJson(refused.out).object().value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("check")).toString(), QStringLiteral("HeaderHash"));
    QCOMPARE(failure.value(QStringLiteral("step")).toInt(), 1);

    const Run missing = ctl({ QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--data"),
        m_dir.filePath(QStringLiteral("data")), QStringLiteral("--order"), order });
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestEvidencePack)
#include "TestEvidencePack.moc"
