// SPDX-License-Identifier: Apache-2.0
#include "FakeClock.h"
#include "unlock/IdleLock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using credit::test::FakeClock;
using credit::ui::IdleLock;

class TestIdleLock final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firesAfterTheTimeout()
    {
        FakeClock clock;
        IdleLock idle(clock);
        idle.setTimeoutMinutes(5);
        QSignalSpy fired(&idle, &IdleLock::idleTimeout);
        idle.arm();
        clock.advanceMinutes(4);
        idle.check();
        QCOMPARE(fired.count(), 0);
        clock.advanceMinutes(1);
        idle.check();
        QCOMPARE(fired.count(), 1);
        QVERIFY(!idle.isArmed());
        clock.advanceMinutes(10);
        idle.check(); // once per arm
        QCOMPARE(fired.count(), 1);
    }

    void userInputResetsTheIdleTime()
    {
        FakeClock clock;
        IdleLock idle(clock);
        idle.setTimeoutMinutes(5);
        QSignalSpy fired(&idle, &IdleLock::idleTimeout);
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        idle.arm();
        clock.advanceMinutes(4);
        QTest::keyClick(&edit, Qt::Key_A);
        clock.advanceMinutes(4);
        idle.check();
        QCOMPARE(fired.count(), 0);
        clock.advanceMinutes(1);
        idle.check();
        QCOMPARE(fired.count(), 1);
    }

    void zeroMinutesNeverLocks()
    {
        FakeClock clock;
        IdleLock idle(clock);
        idle.setTimeoutMinutes(0);
        QSignalSpy fired(&idle, &IdleLock::idleTimeout);
        idle.arm();
        clock.advanceMinutes(100000);
        idle.check();
        QCOMPARE(fired.count(), 0);
    }

    void theTimerChecksWhileArmed()
    {
        FakeClock clock;
        IdleLock idle(clock);
        idle.setTimeoutMinutes(1);
        idle.setCheckIntervalMs(10);
        QSignalSpy fired(&idle, &IdleLock::idleTimeout);
        idle.arm();
        clock.advanceMinutes(2);
        QTRY_COMPARE_WITH_TIMEOUT(fired.count(), 1, 10000);
    }

    void disarmedDoesNotFire()
    {
        FakeClock clock;
        IdleLock idle(clock);
        idle.setTimeoutMinutes(1);
        QSignalSpy fired(&idle, &IdleLock::idleTimeout);
        idle.arm();
        idle.disarm();
        clock.advanceMinutes(2);
        idle.check();
        QCOMPARE(fired.count(), 0);
    }
};

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
