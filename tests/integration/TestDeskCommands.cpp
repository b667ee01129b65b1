// SPDX-License-Identifier: Apache-2.0
// creditctl's bank and bureau verbs go through the terminal's own desks: one
// order from placement to completion on the demo chain (a real devnet on
// loopback), each step a separate creditctl process with its own light store;
// a bad credit code and a missing option are refused before anything is sent.
#include "DemoChain.h"
#include "crypto/Sm3.h"
#include "store/LightStore.h"
#include "store/MarketQueries.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace credit;

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

const QString kValidCode = QStringLiteral("91310115303456638P");

} // namespace

class TestDeskCommands final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badInputIsRefusedBeforeAnythingIsSent();
    void orderFromPlacementToCompletion();

private:
    Run ctl(const QStringList &args);
    QStringList desk(const QString &who) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::DevnetThread> m_devnet;
    quint64 m_product = 0;
};

Run TestDeskCommands::ctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITCTL_PASSWORD"), QStringLiteral("demo-only"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITCTL_PATH), QStringList { QStringLiteral("--json") } + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        qFatal("creditctl hung: %s", qPrintable(args.join(u' ')));
    return { p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
        QString::fromUtf8(p.readAllStandardError()) };
}

QStringList TestDeskCommands::desk(const QString &who) const
{
    return { QStringLiteral("--profile"), path(QStringLiteral("profile.json")), QStringLiteral("--data"),
        path(QStringLiteral("store-") + who), QStringLiteral("--key"),
        QStringLiteral(CREDIT_DEMO_DIR "/keys/") + who + QStringLiteral(".pem") };
}

void TestDeskCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto chain = test::DemoChain::start(path(QStringLiteral("chain")), 100);
    QVERIFY2(chain.ok(), qPrintable(chain ? QString() : chain.error().message));
    m_devnet = std::move(chain->devnet);
    QFile profile(path(QStringLiteral("profile.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(chain->profile.toJson()).toJson());
    profile.close();

    // A product of the Shanghai bureau that needs no letter, from the bank's own verified store.
    const Run synced = ctl(QStringList { QStringLiteral("sync"), QStringLiteral("--profile"),
        path(QStringLiteral("profile.json")), QStringLiteral("--data"), path(QStringLiteral("store-bank-shanghai")) });
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    auto bureauKey = test::DemoChain::key(QStringLiteral("bureau-shanghai.pem"));
    QVERIFY(bureauKey.ok());
    auto store = store::LightStore::openReadOnly(path(QStringLiteral("store-bank-shanghai/light.sqlite")));
    QVERIFY(store.ok());
    auto products = store::MarketQueries((*store)->database()).products();
    QVERIFY(products.ok());
    for (const market::ProductInfo &p : std::as_const(*products))
        if (p.bureau == bureauKey->address() && !p.authorisationRequired && !m_product)
            m_product = p.productId;
    QVERIFY(m_product);
}

void TestDeskCommands::cleanupTestCase()
{
    m_devnet.reset();
}

void TestDeskCommands::badInputIsRefusedBeforeAnythingIsSent()
{
    const QStringList order { QStringLiteral("bank"), QStringLiteral("order") };
    const Run badCode = ctl(order + desk(QStringLiteral("bank-shanghai"))
        + QStringList { QStringLiteral("--product"), QString::number(m_product), QStringLiteral("--enterprise"),
            QStringLiteral("上海某某制造有限公司"), QStringLiteral("--credit-code"),
            QStringLiteral("91310115303456638Q"), QStringLiteral("--purpose"), QStringLiteral("贷前审查") });
    QCOMPARE(badCode.exitCode, 3);
    QVERIFY2(badCode.err.contains(u"unified social credit code"), qPrintable(badCode.err));

    const Run noReason = ctl(QStringList { QStringLiteral("bureau"), QStringLiteral("reject") }
        + desk(QStringLiteral("bureau-shanghai")) + QStringList { QStringLiteral("--order"), QStringLiteral("5") });
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"--reason"), qPrintable(noReason.err));
}

void TestDeskCommands::orderFromPlacementToCompletion()
{
    const Run placed
        = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("order") } + desk(QStringLiteral("bank-shanghai"))
            + QStringList { QStringLiteral("--product"), QString::number(m_product), QStringLiteral("--enterprise"),
                QStringLiteral("上海某某制造有限公司"), QStringLiteral("--credit-code"), kValidCode,
                QStringLiteral("--purpose"), QStringLiteral("贷前审查") });
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.err));
    const QString order = placed.json.value(QStringLiteral("order")).toString();
    QVERIFY(order.toULongLong() > 0);
    QVERIFY(placed.json.value(QStringLiteral("block")).toInteger() > 0);
    QVERIFY(placed.json.value(QStringLiteral("tx")).toString().startsWith(u"0x"));

    const Run accepted = ctl(QStringList { QStringLiteral("bureau"), QStringLiteral("accept") }
        + desk(QStringLiteral("bureau-shanghai")) + QStringList { QStringLiteral("--order"), order });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));

    const QByteArray pdf = "%PDF-1.4\n% a report the bureau wrote for order " + order.toUtf8() + "\n%%EOF\n";
    QFile pdfFile(path(QStringLiteral("report.pdf")));
    QVERIFY(pdfFile.open(QIODevice::WriteOnly));
    pdfFile.write(pdf);
    pdfFile.close();
    const Run delivered = ctl(QStringList { QStringLiteral("bureau"), QStringLiteral("deliver") }
        + desk(QStringLiteral("bureau-shanghai"))
        + QStringList { QStringLiteral("--order"), order, QStringLiteral("--pdf"), pdfFile.fileName() });
    QVERIFY2(delivered.exitCode == 0, qPrintable(delivered.err));

    // The bank reads it back through its desk: decrypted, checked against the chain, written with its sidecar.
    const QString out = path(QStringLiteral("received.pdf"));
    const Run read
        = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("report") } + desk(QStringLiteral("bank-shanghai"))
            + QStringList { QStringLiteral("--order"), order, QStringLiteral("--out"), out });
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QFile received(out);
    QVERIFY(received.open(QIODevice::ReadOnly));
    QCOMPARE(received.readAll(), pdf);
    QFile sidecar(read.json.value(QStringLiteral("sidecar")).toString());
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QVERIFY(sidecar.readAll().contains(crypto::sm3(pdf).toHex()));

    const Run confirmed = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("confirm") }
        + desk(QStringLiteral("bank-shanghai")) + QStringList { QStringLiteral("--order"), order });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));

    // A second confirmation is refused by the chain's rules, and says so.
    const Run again = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("confirm") }
        + desk(QStringLiteral("bank-shanghai")) + QStringList { QStringLiteral("--order"), order });
    QCOMPARE(again.exitCode, 3);
    QVERIFY(!again.err.isEmpty());

    // An order the bureau has not accepted can be cancelled; a second cancel is refused.
    const Run second
        = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("order") } + desk(QStringLiteral("bank-shanghai"))
            + QStringList { QStringLiteral("--product"), QString::number(m_product), QStringLiteral("--enterprise"),
                QStringLiteral("上海某某制造有限公司"), QStringLiteral("--credit-code"), kValidCode,
                QStringLiteral("--purpose"), QStringLiteral("贷后检查") });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString withdrawn = second.json.value(QStringLiteral("order")).toString();
    const Run cancelled = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("cancel") }
        + desk(QStringLiteral("bank-shanghai")) + QStringList { QStringLiteral("--order"), withdrawn });
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    const Run cancelledAgain = ctl(QStringList { QStringLiteral("bank"), QStringLiteral("cancel") }
        + desk(QStringLiteral("bank-shanghai")) + QStringList { QStringLiteral("--order"), withdrawn });
    QCOMPARE(cancelledAgain.exitCode, 3);

    auto store = store::LightStore::openReadOnly(path(QStringLiteral("store-bank-shanghai/light.sqlite")));
    QVERIFY(store.ok());
    market::OrderFilter filter;
    filter.orderId = order.toULongLong();
    auto rows = store::MarketQueries((*store)->database()).orders(filter);
    QVERIFY(rows.ok() && rows->size() == 1);
    QCOMPARE(rows->first().state, market::OrderState::Completed);
    filter.orderId = withdrawn.toULongLong();
    rows = store::MarketQueries((*store)->database()).orders(filter);
    QVERIFY(rows.ok() && rows->size() == 1);
    QCOMPARE(rows->first().state, market::OrderState::Cancelled);
}

QTEST_MAIN(TestDeskCommands)
#include "TestDeskCommands.moc"
