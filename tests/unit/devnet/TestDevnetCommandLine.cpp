// SPDX-License-Identifier: Apache-2.0
// credit-devnet's document store flags (issue 18): defaults, units, bad values.
#include "devnet/DevnetCommandLine.h"

#include <QTest>

using namespace credit;

class TestDevnetCommandLine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storeDefaultsWhenNotGiven();
    void storeFlagsTakeTheirUnits();
    void badStoreValuesAreRefused_data();
    void badStoreValuesAreRefused();

private:
    static QStringList required()
    {
        return { QStringLiteral("--genesis"), QStringLiteral("g.json"), QStringLiteral("--data"), QStringLiteral("d"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") };
    }
};

void TestDevnetCommandLine::storeDefaultsWhenNotGiven()
{
    auto o = devnet::parseCommandLine(required());
    QVERIFY(o.ok());
    QCOMPARE(o->store.maxDocumentBytes, 32LL * 1024 * 1024);
    QCOMPARE(o->store.quotaBytes, 1024LL * 1024 * 1024);
    QCOMPARE(o->store.quotaWindowMs, 3600LL * 1000);
    QCOMPARE(o->store.maxTotalBytes, 16LL * 1024 * 1024 * 1024);
    QCOMPARE(o->store.minFreeBytes, 512LL * 1024 * 1024);
    QCOMPARE(o->store.clockWindowMs, 300LL * 1000);
}

void TestDevnetCommandLine::storeFlagsTakeTheirUnits()
{
    auto o = devnet::parseCommandLine(required()
        + QStringList { QStringLiteral("--store-max-document-mib"), QStringLiteral("8"),
            QStringLiteral("--store-quota-mib"), QStringLiteral("100"), QStringLiteral("--store-quota-window-min"),
            QStringLiteral("1440"), QStringLiteral("--store-max-total-mib"), QStringLiteral("2048"),
            QStringLiteral("--store-min-free-mib"), QStringLiteral("64"), QStringLiteral("--store-clock-window-s"),
            QStringLiteral("30") });
    QVERIFY2(o.ok(), qPrintable(o ? QString() : o.error().message));
    QCOMPARE(o->store.maxDocumentBytes, 8LL * 1024 * 1024);
    QCOMPARE(o->store.quotaBytes, 100LL * 1024 * 1024);
    QCOMPARE(o->store.quotaWindowMs, 1440LL * 60 * 1000);
    QCOMPARE(o->store.maxTotalBytes, 2048LL * 1024 * 1024);
    QCOMPARE(o->store.minFreeBytes, 64LL * 1024 * 1024);
    QCOMPARE(o->store.clockWindowMs, 30LL * 1000);
    QVERIFY(devnet::usage().contains(QStringLiteral("--store-quota-mib")));
}

void TestDevnetCommandLine::badStoreValuesAreRefused_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << "--store-quota-mib"
                          << "0";
    QTest::newRow("negative") << "--store-max-total-mib"
                              << "-5";
    QTest::newRow("words") << "--store-clock-window-s"
                           << "five";
    QTest::newRow("overflow") << "--store-max-document-mib"
                              << "9223372036854775807";
}

void TestDevnetCommandLine::badStoreValuesAreRefused()
{
    QFETCH(QString, flag);
    QFETCH(QString, value);
    auto o = devnet::parseCommandLine(required() + QStringList { flag, value });
    QVERIFY(!o.ok());
    QCOMPARE(o.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(o.error().message.contains(flag), qPrintable(o.error().message));
}

QTEST_MAIN(TestDevnetCommandLine)
#include "TestDevnetCommandLine.moc"
