// SPDX-License-Identifier: Apache-2.0
#include "codec/Hex.h"

#include <QTest>

using namespace credit;

class TestHex final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void acceptsPrefixAndCase();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void fixedLength();
};

void TestHex::roundTrip()
{
    const QByteArray bytes("\x00\x01\xab\xff", 4);
    QCOMPARE(hex::encode(bytes), QStringLiteral("0001abff"));
    QCOMPARE(hex::encodePrefixed(bytes), QStringLiteral("0x0001abff"));
    QCOMPARE(hex::decode(hex::encode(bytes)).value(), bytes);
    QCOMPARE(hex::decode(u"").value(), QByteArray());
}

void TestHex::acceptsPrefixAndCase()
{
    QCOMPARE(hex::decode(u"0xABcd").value(), QByteArray("\xab\xcd"));
    QCOMPARE(hex::decode(u"0XABcd").value(), QByteArray("\xab\xcd"));
    QVERIFY(!hex::decode(u"0xabcd", false).ok());
}

void TestHex::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("odd") << QStringLiteral("abc");
    QTest::newRow("space") << QStringLiteral("ab cd");
    QTest::newRow("g") << QStringLiteral("0g");
    QTest::newRow("unicode digit") << QStringLiteral("\u0661\u0662");
    QTest::newRow("double prefix") << QStringLiteral("0x0x00");
    QTest::newRow("newline") << QStringLiteral("00\n");
}

void TestHex::rejectsMalformed()
{
    QFETCH(QString, text);
    const auto r = hex::decode(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!r.error().message.isEmpty());
}

void TestHex::fixedLength()
{
    QVERIFY(hex::decodeFixed(u"0x0011", 2).ok());
    QVERIFY(!hex::decodeFixed(u"0x0011", 3).ok());
}

QTEST_GUILESS_MAIN(TestHex)
#include "TestHex.moc"
