// SPDX-License-Identifier: Apache-2.0
// The two texts a dispute leaves for the mediator and the parties: the grant
// (written by the raising party; the devnet's demo history writes it with its
// own code) and the resolution ("[outcome] note", or any other tool's text).
#include "desk/DisputeFiling.h"
#include "devnet/DemoDocuments.h"
#include "market/DisputeResolution.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;
using market::DisputeOutcome;
using market::DisputeResolution;

class TestDisputeRecords final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheGrantTheDemoHistoryWrites()
    {
        const QByteArray mediator(20, '\x5e');
        const QByteArray request(32, '\x01'), requestCopy(32, '\x02'), report(32, '\x03'), reportCopy(32, '\x04');
        const QByteArray json = devnet::demoDisputeGrant(20250615103000123ULL, mediator,
            { { QStringLiteral("request"), request, requestCopy }, { QStringLiteral("report"), report, reportCopy } });
        auto grant = desk::DisputeGrant::parse(json);
        QVERIFY2(grant.ok(), grant ? "" : qPrintable(grant.error().message));
        QCOMPARE(grant->orderId, 20250615103000123ULL);
        QCOMPARE(grant->mediator, mediator);
        QCOMPARE(grant->copies.size(), 2);
        QCOMPARE(grant->copies[0].kind, QStringLiteral("request"));
        QCOMPARE(grant->copies[0].original, request);
        QCOMPARE(grant->copies[0].copy, requestCopy);
        QCOMPARE(grant->copies[1].copy, reportCopy);
        // The terminal's own writer says the same.
        auto own = desk::DisputeGrant::parse(desk::DisputeFiling::grant(
            20250615103000123ULL, mediator, { { QStringLiteral("request"), { request, requestCopy } } }));
        QVERIFY(own.ok());
        QCOMPARE(own->copies.size(), 1);
    }

    void refusesAMalformedGrant_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("type") << QByteArray("type") << QJsonValue(QStringLiteral("creditchain.order-request"));
        QTest::newRow("version") << QByteArray("version") << QJsonValue(2);
        QTest::newRow("order id") << QByteArray("orderId") << QJsonValue(QStringLiteral("12a"));
        QTest::newRow("mediator") << QByteArray("mediator") << QJsonValue(QStringLiteral("0x1234"));
        QTest::newRow("kind") << QByteArray("documents")
                              << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("x") },
                                     { QStringLiteral("original"), QString(64, QLatin1Char('a')) },
                                     { QStringLiteral("copy"), QString(64, QLatin1Char('b')) } } });
        const QJsonObject request { { QStringLiteral("kind"), QStringLiteral("request") },
            { QStringLiteral("original"), QString(64, QLatin1Char('a')) },
            { QStringLiteral("copy"), QString(64, QLatin1Char('b')) } };
        QTest::newRow("two requests") << QByteArray("documents") << QJsonValue(QJsonArray { request, request });
        QJsonObject shortCopy = request;
        shortCopy.insert(QStringLiteral("copy"), QStringLiteral("abcd"));
        QTest::newRow("short copy hash") << QByteArray("documents") << QJsonValue(QJsonArray { shortCopy });
    }
    void refusesAMalformedGrant()
    {
        QFETCH(QByteArray, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = QJsonDocument::fromJson(desk::DisputeFiling::grant(7, QByteArray(20, '\x5e'), {})).object();
        QVERIFY(desk::DisputeGrant::parse(QJsonDocument(o).toJson()).ok());
        o.insert(QString::fromLatin1(field), value);
        auto grant = desk::DisputeGrant::parse(QJsonDocument(o).toJson());
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!desk::DisputeGrant::parse("not json").ok());
    }

    void resolutionTextRoundTrips()
    {
        for (const DisputeOutcome o : { DisputeOutcome::Upheld, DisputeOutcome::Rejected, DisputeOutcome::Settled }) {
            const DisputeResolution r { o, QStringLiteral("征信机构退还百分之五十服务费") };
            QCOMPARE(DisputeResolution::fromText(r.toText()).outcome, o);
            QCOMPARE(DisputeResolution::fromText(r.toText()).note, r.note);
        }
        const DisputeResolution upheld { DisputeOutcome::Upheld, QStringLiteral("重新交付") };
        QCOMPARE(upheld.toText(), QStringLiteral("[upheld] 重新交付"));
    }

    void otherResolutionTextsReadAsUnspecified()
    {
        // The demo history's resolutions and any other tool's are free text.
        for (const QString &text : { QStringLiteral("经调解，征信机构更正报告相关章节并重新交付，双方无异议。"),
                 QStringLiteral("[overturned] 另议"), QStringLiteral("[] x"), QStringLiteral("[upheld"),
                 QStringLiteral("upheld: 维持") }) {
            const DisputeResolution r = DisputeResolution::fromText(text);
            QCOMPARE(r.outcome, DisputeOutcome::Unspecified);
            QCOMPARE(r.note, text);
            QCOMPARE(r.toText(), text);
        }
        QVERIFY(market::outcomeName(DisputeOutcome::Unspecified).isEmpty());
        QCOMPARE(market::outcomeFromTag(QStringLiteral("settled")).value(), DisputeOutcome::Settled);
        QVERIFY(!market::outcomeFromTag(QStringLiteral("Settled")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDisputeRecords)
#include "TestDisputeRecords.moc"
