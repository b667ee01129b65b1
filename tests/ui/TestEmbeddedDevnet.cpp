// SPDX-License-Identifier: Apache-2.0
#include "devnet/EmbeddedDevnet.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using credit::devnet::Devnet;
using credit::devnet::EmbeddedDevnet;

class TestEmbeddedDevnet final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWithoutBlockingAndServes()
    {
        QTemporaryDir dir;
        Devnet::Options options;
        options.genesisPath = QStringLiteral(CREDIT_DEMO_DIR "/genesis.json");
        options.dataDir = dir.filePath(QStringLiteral("demo"));
        auto devnet = std::make_unique<EmbeddedDevnet>();
        QSignalSpy ready(devnet.get(), &EmbeddedDevnet::ready);
        QSignalSpy failed(devnet.get(), &EmbeddedDevnet::failed);
        devnet->start(options);
        // start() returned before the chain exists: the demo history takes seconds.
        QVERIFY(devnet->url().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QUrl url = ready.first().first().toUrl();
        QCOMPARE(devnet->url(), url);

        // A real JSON-RPC answer from the devnet's thread, read from this one.
        QNetworkAccessManager net;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            net.post(request, QByteArrayLiteral(R"({"jsonrpc":"2.0","id":1,"method":"getBlockNumber","params":[1]})")));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        const QByteArray body = reply->readAll();
        QVERIFY2(body.contains("\"result\""), body.constData());

        devnet.reset(); // stops the chain and joins its thread
        std::unique_ptr<QNetworkReply> after(net.post(request, QByteArrayLiteral("{}")));
        QSignalSpy afterDone(after.get(), &QNetworkReply::finished);
        QVERIFY(afterDone.wait(30000));
        QCOMPARE(after->error(), QNetworkReply::ConnectionRefusedError);
    }

    void badGenesisIsReportedAsFailed()
    {
        QTemporaryDir dir;
        Devnet::Options options;
        options.genesisPath = dir.filePath(QStringLiteral("missing.json"));
        options.dataDir = dir.filePath(QStringLiteral("demo"));
        EmbeddedDevnet devnet;
        QSignalSpy failed(&devnet, &EmbeddedDevnet::failed);
        devnet.start(options);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("missing.json")));
    }

    void destroyedBeforeReadyStopsCleanly()
    {
        QTemporaryDir dir;
        Devnet::Options options;
        options.genesisPath = QStringLiteral(CREDIT_DEMO_DIR "/genesis.json");
        options.dataDir = dir.filePath(QStringLiteral("demo"));
        {
            EmbeddedDevnet devnet;
            devnet.start(options);
        } // waits for the start in progress, then stops it
        // The stop ran after the start, not instead of it: the chain was created.
        QVERIFY(QFileInfo::exists(options.dataDir));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedDevnet)
#include "TestEmbeddedDevnet.moc"
