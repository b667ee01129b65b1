// SPDX-License-Identifier: Apache-2.0
// The one transaction follower of the desks: pending from track() to the
// verified block, one transaction per key at a time, failures free the key.
#include "FakeDesks.h"
#include "desk/TransactionTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace credit;

namespace {
market::Outcome executed(char tag, quint64 block)
{
    market::Outcome o;
    o.transaction.hash = QByteArray(32, tag);
    o.transaction.blockNumber = block;
    return o;
}
} // namespace

class TestTransactionTracker final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsOneTransactionToItsVerifiedBlock()
    {
        QList<QByteArray> watched;
        desk::TransactionTracker tracker([&watched](const QByteArray &tx) { watched << tx; });
        QSignalSpy sent(&tracker, &desk::TransactionTracker::sent);
        QSignalSpy confirmed(&tracker, &desk::TransactionTracker::confirmed);
        int starts = 0;
        QVERIFY(tracker.track(5, [&] {
            ++starts;
            return test::finishedSend(executed('a', 12));
        }));
        QVERIFY(tracker.isPending(5));
        // A second action on the same order is refused before anything is sent.
        QVERIFY(!tracker.track(5, [&] {
            ++starts;
            return test::finishedSend(executed('b', 13));
        }));
        QTRY_COMPARE(sent.count(), 1);
        QCOMPARE(starts, 1);
        QCOMPARE(sent.first().at(0).toULongLong(), 5u);
        QCOMPARE(sent.first().at(1).toByteArray(), QByteArray(32, 'a'));
        QCOMPARE(sent.first().at(2).toULongLong(), 12u);
        QCOMPARE(watched, QList<QByteArray> { QByteArray(32, 'a') }); // the light node is asked to report it
        QVERIFY(tracker.isPending(5)); // executed is not verified

        tracker.onTransactionConfirmed(QByteArray(32, 'z'), 12, true); // someone else's
        QCOMPARE(confirmed.count(), 0);
        tracker.onTransactionConfirmed(QByteArray(32, 'a'), 14, false);
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().at(1).toULongLong(), 14u);
        QCOMPARE(confirmed.first().at(2).toBool(), false); // the receipt failed: the page says so
        QVERIFY(!tracker.isPending(5));
        tracker.onTransactionConfirmed(QByteArray(32, 'a'), 14, true); // reported once only
        QCOMPARE(confirmed.count(), 1);
    }

    void aFailedSendFreesTheKeyAndSaysWhy()
    {
        desk::TransactionTracker tracker([](const QByteArray &) { QFAIL("nothing was sent: nothing to watch"); });
        QSignalSpy failed(&tracker, &desk::TransactionTracker::failed);
        QVERIFY(tracker.track(9,
            [] { return test::finishedSend(makeError(ErrorKind::Rejected, QStringLiteral("order is not placed"))); }));
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed.first().at(1).value<Error>();
        QCOMPARE(error.kind, ErrorKind::Rejected);
        QCOMPARE(error.message, QStringLiteral("order is not placed"));
        QVERIFY(!tracker.isPending(9));
        QVERIFY(tracker.track(9, [] { return test::finishedSend(executed('c', 20)); })); // may try again
    }
};

QTEST_MAIN(TestTransactionTracker)
#include "TestTransactionTracker.moc"
