// SPDX-License-Identifier: Apache-2.0
// Lock destroys the regulator's desk, and lock never waits (docs/DECISIONS.md):
// destroying the desk returns while an engine question is still blocked (here
// on a lock this test holds on the decrypted copy's file) and while a
// decryption waits on a document store that never answers; both jobs then end
// on their own, touching nothing of the desk (the asan preset checks that).
#include "SupervisionScenario.h"
#include "crypto/Sm2Key.h"
#include "desk/ChainRegulatorDesk.h"
#include "desk/DeskSession.h"
#include "store/Sqlite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace credit;

namespace {

constexpr int kSlowMs = 20000;

//! A data folder whose light store holds a fabricated history of `orders` orders.
bool fabricateStore(const QString &dataDir, int orders)
{
    auto chain = test::FabricatedChain::create(QDir(dataDir).filePath(QStringLiteral("light.sqlite")));
    return chain && test::Scenario::generate(orders, 11).write(*chain).ok();
}

chain::NetworkProfile profileWithDocumentStore(const QString &documentStore)
{
    chain::NetworkProfile profile;
    profile.endpoints = { QStringLiteral("http://127.0.0.1:1/") }; // the node is never started
    profile.documentStore = documentStore;
    return profile;
}

} // namespace

class TestRegulatorDeskLock final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void destroyingTheDeskDoesNotWaitForTheQuestionInFlight()
    {
        QTemporaryDir dir;
        QVERIFY(fabricateStore(dir.path(), 60));
        desk::DeskSession session(profileWithDocumentStore(QStringLiteral("http://127.0.0.1:1/documents/")),
            desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), dir.path());
        auto desk = std::make_unique<desk::ChainRegulatorDesk>(session);

        // The latch: a write transaction on the decrypted copy's file. The
        // engine's first question opens the copy, which must create its
        // tables, and waits for this lock (SQLite's busy wait, 5 s at most).
        auto holder = store::Database::open(desk->privateCopyPath());
        QVERIFY(holder);
        QVERIFY((*holder)->exec(QStringLiteral("BEGIN EXCLUSIVE; CREATE TABLE latch(x);")));

        auto answer = desk->figures({}, {});
        auto queued = desk->browse({});
        QThread::msleep(200); // the engine thread is now waiting for the lock
        QVERIFY(!answer.isFinished());
        desk.reset();
        // Had the destructor waited for the engine, the question would be answered by now.
        QVERIFY(!answer.isFinished());

        QVERIFY((*holder)->exec(QStringLiteral("COMMIT")));
        holder->reset();
        answer.waitForFinished();
        // The question in flight still gets its answer (no one is listening, but nothing is left hanging)…
        QVERIFY2(answer.result().ok(), qPrintable(answer.result() ? QString() : answer.result().error().message));
        QCOMPARE(answer.result()->orders, 60);
        // … and the one queued behind it fails at once, saying why.
        queued.waitForFinished();
        QVERIFY(!queued.result().ok());
        QVERIFY(queued.result().error().message.contains(u"locked"));
    }

    void destroyingTheDeskStopsTheDecryptionInFlight()
    {
        // A document store that accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        QVERIFY(fabricateStore(dir.path(), 30));
        desk::DeskSession session(
            profileWithDocumentStore(QStringLiteral("http://127.0.0.1:%1/documents/").arg(silent.serverPort())),
            desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), dir.path());
        auto desk = std::make_unique<desk::ChainRegulatorDesk>(session);

        auto decryption = desk->decryptRequests();
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), kSlowMs); // the first fetch is waiting
        QElapsedTimer destroying;
        destroying.start();
        desk.reset();
        // Loosely bounded, far under the fetch's own 30 s timeout a waiting destructor would sit out.
        QVERIFY(destroying.elapsed() < kSlowMs / 4);
        // The fetch is cancelled, not left to its 30 s timeout (and two retries): the job ends by itself.
        QTRY_VERIFY_WITH_TIMEOUT(decryption.isFinished(), kSlowMs / 2);
        if (decryption.resultCount() > 0 && decryption.result().ok())
            QCOMPARE(decryption.result()->decrypted, 0);
    }
};

QTEST_GUILESS_MAIN(TestRegulatorDeskLock)
#include "TestRegulatorDeskLock.moc"
