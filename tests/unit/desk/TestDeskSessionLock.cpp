// SPDX-License-Identifier: Apache-2.0
// Locking never waits for the chain worker: a job still running when the
// session ends holds none of the session, finishes on its own thread, and its
// result still arrives; a send queued behind it fails unsent, saying why.
#include "crypto/Sm2Key.h"
#include "desk/DeskSession.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestDeskSessionLock final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endingASessionDoesNotWaitForTheJobInFlight()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        chain::NetworkProfile profile;
        profile.endpoints = { QStringLiteral("http://127.0.0.1:1/") }; // never reached: the jobs below send nothing
        auto session = std::make_unique<desk::DeskSession>(
            profile, desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), dir.path());

        QSemaphore entered, release;
        auto running = session->runMarket<int>([&entered, &release](market::MarketSession &) -> Result<int> {
            entered.release();
            release.acquire(); // blocked like a send waiting for its receipt
            return 7;
        });
        bool queuedRan = false;
        auto queued = session->runMarket<int>([&queuedRan](market::MarketSession &) -> Result<int> {
            queuedRan = true;
            return 8;
        });
        entered.acquire();

        // If the destructor joined the worker, this would never return (the job waits for `release`).
        session.reset();

        release.release();
        running.waitForFinished();
        QCOMPARE(running.result().value(), 7);
        queued.waitForFinished();
        QVERIFY(!queuedRan); // refused at the lock, never sent
        QVERIFY(!queued.result().ok());
        QVERIFY(queued.result().error().message.contains(u"locked"));
    }

    void aJobAfterTheLockFailsAtOnceWithWordsToAct()
    {
        QTemporaryDir dir;
        chain::NetworkProfile profile;
        profile.endpoints = { QStringLiteral("http://127.0.0.1:1/") };
        desk::DeskSession session(profile, desk::SigningKey(crypto::Sm2PrivateKey::generate().value()), dir.path());
        session.shutdown();
        bool ran = false;
        auto job = session.runMarket<int>([&ran](market::MarketSession &) -> Result<int> {
            ran = true;
            return 1;
        });
        job.waitForFinished();
        QVERIFY(!ran);
        QVERIFY(!job.result().ok());
        QCOMPARE(job.result().error().kind, ErrorKind::Network);
        QVERIFY(job.result().error().message.contains(u"locked"));
    }
};

QTEST_MAIN(TestDeskSessionLock)
#include "TestDeskSessionLock.moc"
