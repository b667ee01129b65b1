// SPDX-License-Identifier: Apache-2.0
// The light node's verification core against real devnet blocks: an honest
// chain passes block by block, and each tampering is refused with the rule
// and block it breaks. Tamperings that must get past the header hash and the
// signatures (a wrong root, a forged sealer list) are re-signed with the
// devnet's own keys, so the rule under test is the only one that can catch them.
#include "DevnetBlocks.h"

#include <QTest>

#include <functional>

using namespace credit;
using namespace credit::chain;

namespace {

void setSignatures(CandidateBlock &c, const QList<SealerSignature> &sigs)
{
    c.header.insert(QStringLiteral("signatureList"), signaturesToJson(sigs));
}

QList<SealerSignature> signaturesOf(const CandidateBlock &c)
{
    return signaturesFromJson(c.header.value(QStringLiteral("signatureList"))).value();
}

//! Edits the header, recomputes its hash and has every key in `signers` that is in
//! the (edited) sealer list sign it — what a colluding set of those keys could serve.
void reseal(
    CandidateBlock &c, const std::function<void(BlockHeader &)> &edit, const QList<crypto::Sm2PrivateKey> &signers)
{
    BlockHeader h = headerFromJson(c.header).value();
    edit(h);
    const QByteArray hash = h.hash();
    QList<SealerSignature> sigs;
    for (const auto &key : signers) {
        const qsizetype i = h.sealerList.indexOf(key.publicKey().raw());
        if (i >= 0)
            sigs << SealerSignature { static_cast<quint64>(i), key.sign(hash).value() + key.publicKey().raw() };
    }
    c.header = headerToJson(h, hash, true);
    setSignatures(c, sigs);
}

} // namespace

class TestBlockVerifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void quorumSizes();
    void honestChainVerifiesBlockByBlock();
    void changedHeaderField();
    void changedHash();
    void droppedSignatures();
    void signatureFromNonSealer();
    void duplicatedSignerIndex();
    void corruptedSignatureBytes();
    void embeddedPublicKeyIsIgnored();
    void wrongTransactionsRoot();
    void modifiedReceiptLog();
    void missingOrForeignReceipts();
    void reorderedTransactionList();
    void blockFromAnotherChain();
    void properlySignedSealerChange();
    void forgedSealerChange();
    void malformedFields();

private:
    //! Verifies block 1 of m_chain as tampered by `tamper`, expecting `rule`.
    VerifyFailure refuse(const std::function<void(CandidateBlock &)> &tamper, VerifyRule rule);

    std::unique_ptr<test::DevnetBlocks> m_chain;
    BlockVerifier m_verifier;
};

void TestBlockVerifier::init()
{
    m_chain = std::make_unique<test::DevnetBlocks>();
    QCOMPARE(m_chain->seal({ "alpha", "fail-beta", "gamma" }), quint64(1));
}

VerifyFailure TestBlockVerifier::refuse(const std::function<void(CandidateBlock &)> &tamper, VerifyRule rule)
{
    CandidateBlock c = m_chain->candidate(1);
    tamper(c);
    const Verification v = m_verifier.verify(m_chain->tip(0), c);
    if (v.ok()) {
        QTest::qFail("a tampered block verified", __FILE__, __LINE__);
        return {};
    }
    const VerifyFailure &f = v.failure();
    if (f.rule != rule || f.block != 1)
        QTest::qFail(qPrintable(QStringLiteral("expected %1 at block 1, got: %2").arg(ruleName(rule), f.message())),
            __FILE__, __LINE__);
    return f;
}

void TestBlockVerifier::quorumSizes()
{
    QCOMPARE(sealerQuorum(1), 1);
    QCOMPARE(sealerQuorum(3), 3);
    QCOMPARE(sealerQuorum(4), 3);
    QCOMPARE(sealerQuorum(7), 5);
    QCOMPARE(sealerQuorum(0), 1); // nothing is final without sealers
}

void TestBlockVerifier::honestChainVerifiesBlockByBlock()
{
    m_chain->seal({ "delta" });
    m_chain->producer->setSigningSealers(3); // exactly a quorum of 4
    m_chain->seal({ "epsilon", "zeta" });
    m_chain->producer->setSigningSealers(0);
    m_chain->seal({ "eta", "fail-theta" });

    TrustedTip tip = m_chain->tip(0);
    for (quint64 n = 1; n <= 4; ++n) {
        const Verification v = m_verifier.verify(tip, m_chain->candidate(n));
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.failure().message()));
        const VerifiedBlock &b = v.block();
        QCOMPARE(b.header, *m_chain->db->header(n));
        QCOMPARE(b.hash, m_chain->db->hash(n));
        const QList<QByteArray> txs = m_chain->db->transactionHashes(n);
        QCOMPARE(b.transactionHashes, txs);
        QCOMPARE(b.receipts.size(), txs.size());
        for (qsizetype i = 0; i < txs.size(); ++i)
            QCOMPARE(b.receipts[i], *m_chain->db->receipt(txs[i]));
        const QList<quint64> signers = n == 3 ? QList<quint64> { 0, 1, 2 } : QList<quint64> { 0, 1, 2, 3 };
        QCOMPARE(b.signerIndexes, signers);
        QVERIFY(!b.sealerListChanged);
        QCOMPARE(b.sealers, m_chain->genesis.header().sealerList);
        tip = b.tip();
        QCOMPARE(tip.number, n);
    }
    QCOMPARE(m_verifier.verify(m_chain->tip(1), m_chain->candidate(1)).failure().rule, VerifyRule::ParentLink);
}

void TestBlockVerifier::changedHeaderField()
{
    refuse(
        [](CandidateBlock &c) {
            c.header.insert(QStringLiteral("timestamp"), json::quantity(headerFromJson(c.header)->timestamp + 1));
        },
        VerifyRule::HeaderHash);
}

void TestBlockVerifier::changedHash()
{
    refuse([](CandidateBlock &c) { c.header.insert(QStringLiteral("hash"), json::bytes(crypto::sm3("other"))); },
        VerifyRule::HeaderHash);
}

void TestBlockVerifier::droppedSignatures()
{
    // One of four missing still leaves the quorum of three.
    CandidateBlock c = m_chain->candidate(1);
    setSignatures(c, signaturesOf(c).mid(1));
    QVERIFY(m_verifier.verify(m_chain->tip(0), c).ok());

    const VerifyFailure f
        = refuse([](CandidateBlock &b) { setSignatures(b, signaturesOf(b).mid(2)); }, VerifyRule::Quorum);
    QCOMPARE(f.signers, 2);
    QCOMPARE(f.sealers, 4);
    QCOMPARE(f.needed, 3);
}

void TestBlockVerifier::signatureFromNonSealer()
{
    const auto outsider = test::labelledKey("outsider");
    const QByteArray hash = m_chain->db->hash(1);
    // Replacing sealer 0's signature: checked against sealer 0's key, so it fails.
    auto f = refuse(
        [&](CandidateBlock &c) {
            auto sigs = signaturesOf(c);
            sigs[0].signature = outsider.sign(hash).value() + outsider.publicKey().raw();
            setSignatures(c, sigs);
        },
        VerifyRule::BadSignature);
    QCOMPARE(f.signerIndex, std::optional<quint64>(0));
    // Claiming a fifth seat the list does not have.
    f = refuse(
        [&](CandidateBlock &c) {
            setSignatures(
                c, signaturesOf(c) << SealerSignature { 4, outsider.sign(hash).value() + outsider.publicKey().raw() });
        },
        VerifyRule::UnknownSigner);
    QCOMPARE(f.signerIndex, std::optional<quint64>(4));
}

void TestBlockVerifier::duplicatedSignerIndex()
{
    // Sealer 0 counted twice would make three "signers" of two sealers.
    const auto f = refuse(
        [](CandidateBlock &c) {
            auto sigs = signaturesOf(c).mid(0, 2);
            sigs << sigs[0];
            setSignatures(c, sigs);
        },
        VerifyRule::DuplicateSigner);
    QCOMPARE(f.signerIndex, std::optional<quint64>(0));
}

void TestBlockVerifier::corruptedSignatureBytes()
{
    const auto f = refuse(
        [](CandidateBlock &c) {
            auto sigs = signaturesOf(c);
            sigs[2].signature[40] = static_cast<char>(sigs[2].signature[40] ^ 0x01); // inside s
            setSignatures(c, sigs);
        },
        VerifyRule::BadSignature);
    QCOMPARE(f.signerIndex, std::optional<quint64>(2));
}

void TestBlockVerifier::embeddedPublicKeyIsIgnored()
{
    CandidateBlock c = m_chain->candidate(1);
    auto sigs = signaturesOf(c);
    for (auto &s : sigs)
        s.signature = s.signature.left(64) + test::labelledKey("unrelated").publicKey().raw();
    setSignatures(c, sigs);
    const Verification v = m_verifier.verify(m_chain->tip(0), c);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.failure().message()));
    QCOMPARE(v.block().signerIndexes.size(), 4);
}

void TestBlockVerifier::wrongTransactionsRoot()
{
    const auto keys = m_chain->heldKeys();
    refuse(
        [&](CandidateBlock &c) {
            reseal(
                c, [](BlockHeader &h) { h.transactionsRoot = crypto::sm3("x"); }, keys);
        },
        VerifyRule::TransactionsRoot);
}

void TestBlockVerifier::modifiedReceiptLog()
{
    refuse(
        [](CandidateBlock &c) {
            QJsonObject r = c.receipts[0];
            QJsonArray logs = r.value(QStringLiteral("logs")).toArray();
            QJsonObject log = logs[0].toObject();
            log.insert(QStringLiteral("data"), json::bytes("forged"));
            logs[0] = log;
            r.insert(QStringLiteral("logs"), logs);
            c.receipts[0] = r;
        },
        VerifyRule::ReceiptsRoot);
}

void TestBlockVerifier::missingOrForeignReceipts()
{
    auto f = refuse([](CandidateBlock &c) { c.receipts.removeAt(1); }, VerifyRule::ReceiptMismatch);
    QVERIFY2(f.detail.startsWith(QStringLiteral("no receipt")), qPrintable(f.detail));
    f = refuse([](CandidateBlock &c) { c.receipts << c.receipts[0]; }, VerifyRule::ReceiptMismatch);
    QVERIFY2(f.detail.startsWith(QStringLiteral("two receipts")), qPrintable(f.detail));
    f = refuse([](CandidateBlock &c) { c.receipts[2].insert(QStringLiteral("blockNumber"), json::quantity(2)); },
        VerifyRule::ReceiptMismatch);
    QVERIFY2(f.detail.contains(QStringLiteral("says block 2")), qPrintable(f.detail));
    f = refuse(
        [](CandidateBlock &c) {
            c.receipts[0].insert(QStringLiteral("transactionHash"), json::bytes(crypto::sm3("elsewhere")));
        },
        VerifyRule::ReceiptMismatch);
    QVERIFY2(f.detail.contains(QStringLiteral("not in the block")), qPrintable(f.detail));
}

void TestBlockVerifier::reorderedTransactionList()
{
    // Receipts are matched by hash, so the reordering is caught by the root alone.
    refuse(
        [](CandidateBlock &c) {
            const QJsonValue first = c.transactions[0];
            c.transactions[0] = c.transactions[2];
            c.transactions[2] = first;
            for (auto &r : c.receipts) {
                const QString tx = r.value(QStringLiteral("transactionHash")).toString();
                for (qsizetype i = 0; i < c.transactions.size(); ++i)
                    if (c.transactions[i].toString() == tx)
                        r.insert(QStringLiteral("transactionIndex"), json::quantity(static_cast<quint64>(i)));
            }
        },
        VerifyRule::TransactionsRoot);
}

void TestBlockVerifier::blockFromAnotherChain()
{
    test::DevnetBlocks other(8, 4, 0, "b");
    QCOMPARE(other.seal({ "alpha" }), quint64(1));
    QVERIFY(other.db->hash(0) != m_chain->db->hash(0));
    refuse([&](CandidateBlock &c) { c = other.candidate(1); }, VerifyRule::ParentLink);
}

void TestBlockVerifier::properlySignedSealerChange()
{
    const QList<QByteArray> four = m_chain->genesis.header().sealerList;
    const QByteArray standby = m_chain->genesis.standbyKeys[0].publicKey().raw();
    QVERIFY(m_chain->producer->setNextSealerList(four + QList<QByteArray> { standby }).ok());
    QCOMPARE(m_chain->seal({ "after-add" }), quint64(2));
    QVERIFY(m_chain->producer->setNextSealerList(four.mid(1) + QList<QByteArray> { standby }).ok());
    QCOMPARE(m_chain->seal({ "after-remove" }), quint64(3));
    QCOMPARE(m_chain->seal({ "steady" }), quint64(4));

    TrustedTip tip = m_chain->tip(1);
    const QList<QList<QByteArray>> expected { four + QList<QByteArray> { standby },
        four.mid(1) + QList<QByteArray> { standby }, four.mid(1) + QList<QByteArray> { standby } };
    for (quint64 n = 2; n <= 4; ++n) {
        const Verification v = m_verifier.verify(tip, m_chain->candidate(n));
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.failure().message()));
        QCOMPARE(v.block().sealerListChanged, n != 4);
        QCOMPARE(v.block().sealers, expected[static_cast<qsizetype>(n - 2)]);
        tip = v.block().tip();
    }
}

void TestBlockVerifier::forgedSealerChange()
{
    QList<crypto::Sm2PrivateKey> forgers;
    for (int i = 0; i < 4; ++i)
        forgers << test::labelledKey("forger-" + QByteArray::number(i));
    const auto f = refuse(
        [&](CandidateBlock &c) {
            reseal(
                c,
                [&](BlockHeader &h) {
                    h.sealerList.clear();
                    for (const auto &k : forgers)
                        h.sealerList << k.publicKey().raw();
                },
                forgers);
        },
        VerifyRule::SealerChange);
    QCOMPARE(f.signers, 0);
    QCOMPARE(f.sealers, 4);
    QCOMPARE(f.needed, 3);

    // Two old sealers vouching for a list with two forgers is still short of three.
    const auto keys = m_chain->heldKeys();
    const auto g = refuse(
        [&](CandidateBlock &c) {
            reseal(
                c,
                [&](BlockHeader &h) {
                    h.sealerList = h.sealerList.mid(0, 2);
                    h.sealerList << forgers[0].publicKey().raw() << forgers[1].publicKey().raw();
                },
                keys + forgers);
        },
        VerifyRule::SealerChange);
    QCOMPARE(g.signers, 2);
}

void TestBlockVerifier::malformedFields()
{
    refuse([](CandidateBlock &c) { c.header.insert(QStringLiteral("hash"), QStringLiteral("0x12")); },
        VerifyRule::Malformed);
    refuse([](CandidateBlock &c) { c.transactions[1] = QStringLiteral("not hex"); }, VerifyRule::Malformed);
    refuse([](CandidateBlock &c) { c.receipts[0].remove(QStringLiteral("status")); }, VerifyRule::Malformed);
    refuse([](CandidateBlock &c) { c.header.remove(QStringLiteral("signatureList")); }, VerifyRule::Malformed);
    const auto f
        = refuse([](CandidateBlock &c) { c.header.insert(QStringLiteral("parentHash"), 5); }, VerifyRule::Malformed);
    QCOMPARE(f.toError().kind, ErrorKind::InvalidInput);
    QVERIFY(f.message().startsWith(QStringLiteral("block 1: Malformed: ")));
}

QTEST_GUILESS_MAIN(TestBlockVerifier)
#include "TestBlockVerifier.moc"
