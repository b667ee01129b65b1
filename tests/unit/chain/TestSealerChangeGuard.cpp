// SPDX-License-Identifier: Apache-2.0
// The operator's guard before a sealer change (issue 15): FISCO's PBFT needs
// n - (n-1)/3 signatures of n sealers, and a block bringing a new list is
// trusted only when a quorum of the OLD list signs it (BlockVerifier).
#include "chain/BlockVerifier.h"
#include "chain/SealerChangeGuard.h"

#include <QTest>

using namespace credit;

namespace {

//! Distinct 64-byte node ids: 'a', 'b', … repeated.
QList<QByteArray> nodes(const char *letters)
{
    QList<QByteArray> out;
    for (const char *c = letters; *c; ++c)
        out << QByteArray(64, *c);
    return out;
}

} // namespace

class TestSealerChangeGuard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quorumIsFiscosPbftQuorum()
    {
        // 1..7 sealers: 1, 2, 3, 3, 4, 5, 5 signatures (f = (n-1)/3 faulty tolerated).
        const QList<qsizetype> expected { 1, 2, 3, 3, 4, 5, 5 };
        for (qsizetype n = 1; n <= 7; ++n)
            QCOMPARE(chain::sealerQuorum(n), expected.at(n - 1));
    }

    void removingOneOfFourIsSafe()
    {
        const auto check = chain::checkSealerChange(nodes("abcd"), nodes("abc"));
        QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
        QCOMPARE(check->kept, 3);
        QCOMPARE(check->quorumBefore, 3);
        QCOMPARE(check->quorumAfter, 3);
        QVERIFY(check->caution.isEmpty());
    }

    void removingTwoOfFourIsRefusedWithTheNumbers()
    {
        const auto check = chain::checkSealerChange(nodes("abcd"), nodes("ab"));
        QVERIFY(!check.ok());
        QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
        // today 4 sealers need 3; the change keeps 2; at most 1 may go now
        const QString message = check.error().message;
        QVERIFY2(message.contains(QLatin1String("today 4 sealers need 3")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("keeps only 2")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("remove at most 1")), qPrintable(message));
    }

    void swappingOneSealerKeepsAQuorum()
    {
        const auto check = chain::checkSealerChange(nodes("abcd"), nodes("abce"));
        QVERIFY(check.ok());
        QCOMPARE(check->kept, 3);
        QVERIFY(check->caution.isEmpty());
    }

    void addingToOneSealerNeedsTheNewOneRunning()
    {
        // 1 → 2: the block is signed by the one old sealer (enough today), but
        // afterwards both must sign: allowed, with a caution the operator confirms.
        const auto check = chain::checkSealerChange(nodes("a"), nodes("ab"));
        QVERIFY(check.ok());
        QCOMPARE(check->quorumAfter, 2);
        QVERIFY(!check->caution.isEmpty());
        QVERIFY(check->caution.contains(QLatin1String("running and in sync")));
    }

    void growingFourToFiveIsSafe()
    {
        const auto check = chain::checkSealerChange(nodes("abcd"), nodes("abcde"));
        QVERIFY(check.ok());
        QCOMPARE(check->quorumAfter, 4);
        QVERIFY(check->caution.isEmpty());
    }

    void replacingTheWholeListIsRefused() { QVERIFY(!chain::checkSealerChange(nodes("abcd"), nodes("efgh")).ok()); }

    void emptyDuplicateAndUnchangedListsAreRefused()
    {
        const auto empty = chain::checkSealerChange(nodes("a"), {});
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(QLatin1String("without sealers")));
        const auto twice = chain::checkSealerChange(nodes("abcd"), nodes("abcc"));
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QLatin1String("twice")));
        const auto same = chain::checkSealerChange(nodes("abcd"), nodes("dcba"));
        QVERIFY(!same.ok());
        QVERIFY(same.error().message.contains(QLatin1String("nothing to change")));
    }
};

QTEST_GUILESS_MAIN(TestSealerChangeGuard)
#include "TestSealerChangeGuard.moc"
