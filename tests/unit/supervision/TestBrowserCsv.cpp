// SPDX-License-Identifier: Apache-2.0
// The order browser's CSV: UTF-8 with a BOM, RFC 4180 quoting, read back by
// a separate RFC 4180 parser with the Chinese names (one with a comma and
// quotes) intact; the block range and head hash come first.
#include "CsvParser.h"
#include "SupervisionScenario.h"
#include "crypto/Sm2Key.h"
#include "common/Csv.h"
#include "supervision/BrowserCsv.h"
#include "supervision/PrivateCopy.h"
#include "supervision/SupervisionEngine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

class TestBrowserCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(csv::field(QStringLiteral("上海澜启科技有限公司")), QStringLiteral("上海澜启科技有限公司"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csv::record({ QStringLiteral("1"), QString() }), QStringLiteral("1,\r\n"));
    }

    void roundTripsTheBrowserView()
    {
        QTemporaryDir dir;
        const QString store = QDir(dir.path()).filePath(QStringLiteral("light.sqlite"));
        const QString copyPath = QDir(dir.path()).filePath(QStringLiteral("supervision.sqlite"));
        const auto scenario = test::Scenario::generate(200, 7);
        auto chain = test::FabricatedChain::create(store);
        QVERIFY(chain && scenario.write(*chain));
        const auto key = crypto::Sm2PrivateKey::generate().value();
        {
            auto copy = supervision::PrivateCopy::open(copyPath, key);
            QVERIFY(copy && (*copy)->put(scenario.requestFacts()));
        }
        auto engine = supervision::SupervisionEngine::open(store, copyPath, key);
        QVERIFY(engine);
        market::BrowserQuery query;
        query.search = QStringLiteral("深圳");
        query.sortBy = market::BrowserColumn::OrderId;
        query.ascending = false;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("orders.csv"));
        auto written = (*engine)->exportCsv(query, path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString problem;
        const auto records = test::parseCsv(QString::fromUtf8(bytes.mid(3)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(records.size(), *written + 2);
        QCOMPARE(records[0][1], QStringLiteral("1-%1").arg(chain->height()));
        QCOMPARE(records[0][3], QStringLiteral("0x") + QString::fromLatin1(chain->headHash().toHex()));
        QCOMPARE(records[1], supervision::browserColumnTitles());

        QList<quint64> expected;
        for (const test::ScenarioOrder &o : scenario.orders)
            if (o.decrypted && scenario.enterprises[o.enterprise].name.contains(QStringLiteral("深圳")))
                expected.prepend(o.id); // descending ids: the scenario's ids grow
        QCOMPARE(*written, qint64(expected.size()));
        bool sawComma = false;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &row = records[i + 2];
            QCOMPARE(row.size(), records[1].size());
            QCOMPARE(row[0].toULongLong(), expected[i]);
            const auto &order = *std::find_if(scenario.orders.begin(), scenario.orders.end(),
                [&](const test::ScenarioOrder &o) { return o.id == expected[i]; });
            QCOMPARE(row[7], scenario.enterprises[order.enterprise].name);
            QCOMPARE(row[8], scenario.enterprises[order.enterprise].code);
            sawComma |= row[7].contains(QLatin1Char(',')) && row[7].contains(QLatin1Char('"'));
        }
        QVERIFY(sawComma); // 深圳"海岸",电子有限公司 came back whole
    }

    void anUnwritablePathIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("missing/folder/orders.csv"));
        auto r = supervision::writeBrowserCsv(path, {}, [](const supervision::BrowserRowSink &) {});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(r.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestBrowserCsv)
#include "TestBrowserCsv.moc"
