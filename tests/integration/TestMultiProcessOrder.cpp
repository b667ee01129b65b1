// SPDX-License-Identifier: Apache-2.0
// Three real processes: credit-devnet, and creditctl run once as the bank and
// once as the bureau each step, taking one order from placement to
// completion over loopback HTTP; then the devnet is stopped with SIGTERM and
// restarted on the same data folder.
#include "codec/Hex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

} // namespace

class TestMultiProcessOrder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void orderFromPlacementToCompletion();
    void wrongRolesAndIllegalTransitionsAreRefused();
    void restartAfterSigtermKeepsTheChain();

private:
    Run ctl(const QStringList &args);
    Run market(const QString &action, const QString &key, const QStringList &options);
    void startDevnet();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_devnet;
    QString m_url;
    QString m_contract = QStringLiteral("0x") + QString(40, u'c');
    QJsonObject m_operator, m_bank, m_bureau;
};

Run TestMultiProcessOrder::ctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITCTL_PASSWORD"), QStringLiteral("test-only"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CREDITCTL_PATH), QStringList { QStringLiteral("--json") } + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("creditctl hung: %s", qPrintable(args.join(u' ')));
    return { p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(), p.readAllStandardError() };
}

Run TestMultiProcessOrder::market(const QString &action, const QString &key, const QStringList &options)
{
    return ctl(QStringList { QStringLiteral("market"), action, QStringLiteral("--endpoint"), m_url,
                   QStringLiteral("--contract"), m_contract, QStringLiteral("--key"), path(key) }
        + options);
}

void TestMultiProcessOrder::startDevnet()
{
    m_devnet.setProgram(QStringLiteral(DEVNET_PATH));
    m_devnet.setArguments({ QStringLiteral("--genesis"), path(QStringLiteral("genesis.json")), QStringLiteral("--data"),
        path(QStringLiteral("chain")), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--block-interval-ms"), QStringLiteral("100") });
    m_devnet.start();
    QVERIFY(m_devnet.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_devnet.canReadLine(), 10000);
    const QString line = QString::fromUtf8(m_devnet.readLine());
    const auto match = QRegularExpression(QStringLiteral("ready at (http://\\S+)")).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    m_url = match.captured(1);
}

void TestMultiProcessOrder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (auto [name, target] :
        { std::pair { QStringLiteral("operator.pem"), &m_operator }, std::pair { QStringLiteral("bank.pem"), &m_bank },
            std::pair { QStringLiteral("bureau.pem"), &m_bureau } }) {
        Run r = ctl({ QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--out"), path(name) });
        QCOMPARE(r.exitCode, 0);
        *target = r.json;
    }
    auto institution = [](const QJsonObject &key, const QString &name, int role, int region) {
        return QJsonObject { { QStringLiteral("account"), key.value(QStringLiteral("address")) },
            { QStringLiteral("publicKey"), key.value(QStringLiteral("publicKey")) },
            { QStringLiteral("code"), QStringLiteral("91310000717854505W") }, { QStringLiteral("name"), name },
            { QStringLiteral("role"), role }, { QStringLiteral("region"), region } };
    };
    QJsonArray sealers;
    for (const char *s : { "01", "02", "03", "04" })
        sealers << QString(62, u'0') + QLatin1String(s);
    QFile genesis(path(QStringLiteral("genesis.json")));
    QVERIFY(genesis.open(QIODevice::WriteOnly));
    genesis.write(QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), sealers },
            { QStringLiteral("operator"), m_operator.value(QStringLiteral("address")) },
            { QStringLiteral("contractAddress"), m_contract },
            { QStringLiteral("institutions"),
                QJsonArray { institution(m_bank, QStringLiteral("测试银行"), 3, 310000),
                    institution(m_bureau, QStringLiteral("测试征信"), 2, 440300) } } })
                      .toJson());
    genesis.close();
    startDevnet();
}

void TestMultiProcessOrder::cleanupTestCase()
{
    m_devnet.terminate();
    m_devnet.waitForFinished(10000);
}

void TestMultiProcessOrder::orderFromPlacementToCompletion()
{
    const QString h1 = QStringLiteral("0x") + QString(64, u'1');
    const QString h2 = QStringLiteral("0x") + QString(64, u'2');
    const QList<std::tuple<QString, QString, QStringList>> steps = {
        { QStringLiteral("list-product"), QStringLiteral("bureau.pem"),
            { QStringLiteral("--product"), QStringLiteral("7"), QStringLiteral("--series"), QStringLiteral("1"),
                QStringLiteral("--name"), QStringLiteral("企业信用报告"), QStringLiteral("--description"),
                QStringLiteral("标准版"), QStringLiteral("--price-fen"), QStringLiteral("50000"),
                QStringLiteral("--sla-hours"), QStringLiteral("24"), QStringLiteral("--format"), QStringLiteral("PDF"),
                QStringLiteral("--authorisation-required") } },
        // The product needs an authorisation: the bank records one, then names it.
        { QStringLiteral("record-authorisation"), QStringLiteral("bank.pem"),
            { QStringLiteral("--authorisation"), QStringLiteral("70"), QStringLiteral("--commitment"), h2,
                QStringLiteral("--authorisation-hash"), h1, QStringLiteral("--letter-doc"), h2,
                QStringLiteral("--products"), QStringLiteral("7"), QStringLiteral("--purpose"),
                QStringLiteral("贷前审查"), QStringLiteral("--valid-from-ms"), QStringLiteral("0"),
                QStringLiteral("--valid-until-ms"), QStringLiteral("4102444800000") } },
        { QStringLiteral("place-authorised-order"), QStringLiteral("bank.pem"),
            { QStringLiteral("--order"), QStringLiteral("100"), QStringLiteral("--product"), QStringLiteral("7"),
                QStringLiteral("--authorisation"), QStringLiteral("70"), QStringLiteral("--request-doc"), h2 } },
        { QStringLiteral("accept-order"), QStringLiteral("bureau.pem"),
            { QStringLiteral("--order"), QStringLiteral("100") } },
        { QStringLiteral("deliver-report"), QStringLiteral("bureau.pem"),
            { QStringLiteral("--order"), QStringLiteral("100"), QStringLiteral("--report-hash"), h1,
                QStringLiteral("--report-doc"), h2 } },
        { QStringLiteral("confirm-receipt"), QStringLiteral("bank.pem"),
            { QStringLiteral("--order"), QStringLiteral("100") } },
    };
    quint64 lastBlock = 0;
    for (const auto &[action, key, options] : steps) {
        const Run r = market(action, key, options);
        QVERIFY2(r.exitCode == 0, qPrintable(action + u' ' + QString::fromUtf8(r.err)));
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("0x0"));
        const auto logs = r.json.value(QStringLiteral("receipt")).toObject().value(QStringLiteral("logs")).toArray();
        // Every step emits exactly one event; an authorised order also its AuthorisationUsed.
        QCOMPARE(logs.size(), action == u"place-authorised-order" ? 2 : 1);
        const quint64 block = static_cast<quint64>(r.json.value(QStringLiteral("blockNumber")).toInteger());
        QVERIFY(block > lastBlock);
        lastBlock = block;
    }
}

void TestMultiProcessOrder::wrongRolesAndIllegalTransitionsAreRefused()
{
    const QString h = QStringLiteral("0x") + QString(64, u'3');
    const Run bureauOrders = market(QStringLiteral("place-authorised-order"), QStringLiteral("bureau.pem"),
        { QStringLiteral("--order"), QStringLiteral("101"), QStringLiteral("--product"), QStringLiteral("7"),
            QStringLiteral("--authorisation"), QStringLiteral("70"), QStringLiteral("--request-doc"), h });
    QCOMPARE(bureauOrders.exitCode, 3);
    QVERIFY2(bureauOrders.err.contains("not a bank"), bureauOrders.err.constData());
    // Without naming the recorded authorisation the bank is refused with the contract's reason.
    const Run bare = market(QStringLiteral("place-order"), QStringLiteral("bank.pem"),
        { QStringLiteral("--order"), QStringLiteral("101"), QStringLiteral("--product"), QStringLiteral("7"),
            QStringLiteral("--authorisation-hash"), h, QStringLiteral("--request-doc"), h });
    QCOMPARE(bare.exitCode, 3);
    QVERIFY2(bare.err.contains("needs a recorded authorisation"), bare.err.constData());
    const Run again = market(QStringLiteral("confirm-receipt"), QStringLiteral("bank.pem"),
        { QStringLiteral("--order"), QStringLiteral("100") });
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("refused"), again.err.constData());
    const Run usage = market(QStringLiteral("accept-order"), QStringLiteral("bureau.pem"), {});
    QCOMPARE(usage.exitCode, 2);
}

void TestMultiProcessOrder::restartAfterSigtermKeepsTheChain()
{
    const Run before = ctl({ QStringLiteral("chain"), QStringLiteral("info"), QStringLiteral("--endpoint"), m_url });
    QCOMPARE(before.exitCode, 0);
    m_devnet.terminate(); // SIGTERM
    QVERIFY(m_devnet.waitForFinished(10000));
    QCOMPARE(m_devnet.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_devnet.exitCode(), 0);
    startDevnet();
    const Run after = ctl({ QStringLiteral("chain"), QStringLiteral("info"), QStringLiteral("--endpoint"), m_url });
    QCOMPARE(after.json.value(QStringLiteral("height")), before.json.value(QStringLiteral("height")));
    QCOMPARE(after.json.value(QStringLiteral("sealers")), before.json.value(QStringLiteral("sealers")));
    // The order state survived: a second confirmation is still refused, a new order works.
    QCOMPARE(market(QStringLiteral("confirm-receipt"), QStringLiteral("bank.pem"),
                 { QStringLiteral("--order"), QStringLiteral("100") })
                 .exitCode,
        3);
    const QString h = QStringLiteral("0x") + QString(64, u'4');
    QCOMPARE(market(QStringLiteral("place-authorised-order"), QStringLiteral("bank.pem"),
                 { QStringLiteral("--order"), QStringLiteral("102"), QStringLiteral("--product"), QStringLiteral("7"),
                     QStringLiteral("--authorisation"), QStringLiteral("70"), QStringLiteral("--request-doc"), h })
                 .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestMultiProcessOrder)
#include "TestMultiProcessOrder.moc"
