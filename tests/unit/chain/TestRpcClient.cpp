// SPDX-License-Identifier: Apache-2.0
// RpcClient and FiscoRpc against scripted HTTP(S) servers: what goes on the
// wire, how every kind of bad answer is classified, timeouts, retries,
// cancellation, batch detection and the parallel fallback.
#include "ScriptedHttpServer.h"
#include "chain/BatchSupportMemo.h"
#include "chain/CancelToken.h"
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

#include <thread>

using namespace credit;
using namespace credit::chain;
using namespace Qt::StringLiterals;
using test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

Q_DECLARE_METATYPE(RpcError::Kind)
Q_DECLARE_METATYPE(RpcError::Transport)

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray envelope(const QJsonValue &id, const char *member, const QJsonValue &value)
{
    QJsonObject o { { u"jsonrpc"_s, u"2.0"_s }, { u"id"_s, id } };
    o.insert(QString::fromLatin1(member), value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

//! The reply a correct node gives to `request`: result echoed with its id.
QByteArray resultFor(const QByteArray &request, const QJsonValue &result)
{
    return envelope(object(request).value(u"id"), "result", result);
}

QByteArray errorFor(const QByteArray &request, int code, const QString &message)
{
    return envelope(
        object(request).value(u"id"), "error", QJsonObject { { u"code"_s, code }, { u"message"_s, message } });
}

//! What a scripted node answers to one call: a result, or a JSON-RPC error.
struct Outcome {
    Outcome(QJsonValue r) : result(std::move(r)) { } // NOLINT(google-explicit-constructor)
    static Outcome error(int code, QString message)
    {
        Outcome o(QJsonValue::Null);
        o.errorObject = QJsonObject { { u"code"_s, code }, { u"message"_s, std::move(message) } };
        return o;
    }
    QJsonValue result;
    std::optional<QJsonObject> errorObject;
};

//! A node that answers every method from `answer(method, params)`, batches included.
using Answer = std::function<Outcome(const QString &method, const QJsonArray &params)>;

QJsonObject answerOne(const QJsonObject &request, const Answer &answer)
{
    const Outcome o = answer(request.value(u"method").toString(), request.value(u"params").toArray());
    QJsonObject reply { { u"jsonrpc"_s, u"2.0"_s }, { u"id"_s, request.value(u"id") } };
    if (o.errorObject)
        reply.insert(u"error"_s, *o.errorObject);
    else
        reply.insert(u"result"_s, o.result);
    return reply;
}

ScriptedHttpServer::Handler node(Answer answer, bool batches)
{
    return [answer, batches](const QByteArray &body, int) {
        const QJsonDocument request = QJsonDocument::fromJson(body);
        if (request.isArray()) {
            if (!batches)
                return ScriptedHttpServer::json(envelope(QJsonValue::Null, "error",
                    QJsonObject { { u"code"_s, -32600 }, { u"message"_s, u"Invalid Request"_s } }));
            // Answered in reverse order: replies must be matched by id, not position.
            QJsonArray replies;
            const QJsonArray calls = request.array();
            for (qsizetype i = calls.size() - 1; i >= 0; --i)
                replies.append(answerOne(calls[i].toObject(), answer));
            return ScriptedHttpServer::json(QJsonDocument(replies).toJson(QJsonDocument::Compact));
        }
        return ScriptedHttpServer::json(QJsonDocument(answerOne(request.object(), answer)).toJson());
    };
}

//! Echoes "method:first param" so each result names the call it answers.
QJsonValue echo(const QString &method, const QJsonArray &params)
{
    return method + u':' + params.at(0).toVariant().toString();
}

RpcOptions fastOptions()
{
    RpcOptions o;
    o.connectTimeoutMs = 2000;
    o.requestTimeoutMs = 5000;
    o.retries = 2;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 40;
    o.batchMemo = std::make_shared<BatchSupportMemo>(); // each test learns afresh
    return o;
}

QList<std::pair<QString, QJsonArray>> threeCalls()
{
    return { { u"getBlockNumber"_s, QJsonArray { 1 } }, { u"getSealerList"_s, QJsonArray { 2 } },
        { u"getSyncStatus"_s, QJsonArray { 3 } } };
}

QString errorText(const RpcError &e)
{
    return QStringLiteral("kind %1 transport %2: %3")
        .arg(static_cast<int>(e.kind))
        .arg(static_cast<int>(e.transport))
        .arg(e.message);
}

const QString kPin = u"sha256//GZma+4GXvmsXYQNCPBCEIAfkg70Jh1DubqG3YZLeHxk="_s;

} // namespace

class TestRpcClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleCallPostsJsonRpc();
    void rpcErrorCarriesReasonAndIsNotRetried();
    void badRepliesAreClassified_data();
    void badRepliesAreClassified();
    void oversizedReplyIsAborted_data();
    void oversizedReplyIsAborted();
    void refusedConnection();
    void badUrlIsRefusedWithoutNetwork();
    void stalledServerTimesOut();
    void idempotentReadsAreRetried();
    void retriesGiveUpWithTheLastError();
    void sendRawTransactionIsNeverRetried_data();
    void sendRawTransactionIsNeverRetried();
    void cancelAbortsStalledCall();
    void cancelInterruptsBackoff();
    void batchUsedWhenSupported();
    void batchRefusalFallsBackToParallel_data();
    void batchRefusalFallsBackToParallel();
    void parallelCallsOverlap();
    void callManyKeepsPerCallErrors();
    void callManyUnreachableIsOneError();
    void fiscoRpcSpeaksFiscoParams();
    void fiscoRpcBatchedHeadersCheckNumbers();
    void fiscoRpcRefusesWrongShapes();
    void httpsWithCaFileAndPins_data();
    void httpsWithCaFileAndPins();
};

void TestRpcClient::singleCallPostsJsonRpc()
{
    ScriptedHttpServer server(
        [](const QByteArray &body, int) { return ScriptedHttpServer::json(resultFor(body, u"0x1f"_s)); });
    RpcClient client(server.url(), fastOptions());

    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
    QCOMPARE(r->toString(), u"0x1f"_s);

    QCOMPARE(server.requestCount(), 1);
    const QJsonObject sent = object(server.requests().first());
    QCOMPARE(sent.value(u"jsonrpc").toString(), u"2.0"_s);
    QCOMPARE(sent.value(u"method").toString(), u"getBlockNumber"_s);
    QCOMPARE(sent.value(u"params").toArray(), QJsonArray { 1 });
    QVERIFY(sent.value(u"id").isDouble());

    // A second call uses a new id, so a stale reply can never be taken for a fresh one.
    QVERIFY(client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true).ok());
    QVERIFY(object(server.requests().at(1)).value(u"id") != sent.value(u"id"));
}

void TestRpcClient::rpcErrorCarriesReasonAndIsNotRetried()
{
    ScriptedHttpServer server([](const QByteArray &body, int) {
        return ScriptedHttpServer::json(errorFor(body, -32603, u"TransactionNonceCheckFail: nonce 0x5 used"_s));
    });
    RpcClient client(server.url(), fastOptions());
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, RpcError::Kind::Rpc);
    QCOMPARE(r.error().code, -32603);
    QCOMPARE(r.error().reason.reason, FiscoReason::NonceCheckFailed);
    QCOMPARE(r.error().method, u"getBlockNumber"_s);
    QCOMPARE(r.error().endpoint, server.url());
    QCOMPARE(server.requestCount(), 1); // the node said no: asking again changes nothing

    // The conversion callers that only know credit::Error get.
    Result<QJsonValue> flat = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QCOMPARE(flat.error().kind, ErrorKind::Rejected);
    QVERIFY(flat.error().message.contains(u"TransactionNonceCheckFail"));
}

void TestRpcClient::badRepliesAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("mode");
    QTest::addColumn<RpcError::Kind>("kind");
    QTest::addColumn<RpcError::Transport>("transport");
    const int normal = static_cast<int>(Reply::Mode::Normal);
    using K = RpcError::Kind;
    using T = RpcError::Transport;
    QTest::newRow("not JSON") << 200 << QByteArray("hello") << normal << K::Malformed << T::None;
    QTest::newRow("empty body") << 200 << QByteArray() << normal << K::Malformed << T::None;
    QTest::newRow("no result or error") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1})") << normal << K::Malformed
                                        << T::None;
    QTest::newRow("wrong id") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":424242,"result":"0x1"})") << normal
                              << K::Malformed << T::None;
    QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"resu)") << normal << K::Malformed
                                    << T::None;
    QTest::newRow("HTML 502 page") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << normal
                                   << K::Http << T::None;
    QTest::newRow("404") << 404 << QByteArray("Not Found") << normal << K::Http << T::None;
    QTest::newRow("body shorter than announced")
        << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":"0x1"})") << static_cast<int>(Reply::Mode::ShortBody)
        << K::Transport << T::Dropped;
    QTest::newRow("hang-up without reply")
        << 200 << QByteArray() << static_cast<int>(Reply::Mode::Hangup) << K::Transport << T::Dropped;
}

void TestRpcClient::badRepliesAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, mode);
    QFETCH(RpcError::Kind, kind);
    QFETCH(RpcError::Transport, transport);
    ScriptedHttpServer server([&](const QByteArray &, int) {
        Reply r = ScriptedHttpServer::json(body, status);
        r.mode = static_cast<Reply::Mode>(mode);
        r.contentType = body.startsWith('<') ? "text/html" : "application/json";
        return r;
    });
    RpcOptions options = fastOptions();
    options.retries = 0;
    RpcClient client(server.url(), options);
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == kind && r.error().transport == transport, qPrintable(errorText(r.error())));
    QCOMPARE(r.error().errorKind(), ErrorKind::Network);
    QVERIFY(!r.error().userText().isEmpty());
    if (kind == RpcError::Kind::Http)
        QCOMPARE(r.error().httpStatus, status);
}

void TestRpcClient::oversizedReplyIsAborted_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("Content-Length announced") << static_cast<int>(Reply::Mode::Normal);
    QTest::newRow("close-delimited, no length") << static_cast<int>(Reply::Mode::CloseDelimited);
}

void TestRpcClient::oversizedReplyIsAborted()
{
    QFETCH(int, mode);
    const QByteArray big = R"({"jsonrpc":"2.0","id":1,"result":")" + QByteArray(256 * 1024, 'a') + R"("})";
    ScriptedHttpServer server([&](const QByteArray &, int) {
        Reply r = ScriptedHttpServer::json(big);
        r.mode = static_cast<Reply::Mode>(mode);
        return r;
    });
    RpcOptions options = fastOptions();
    options.maxResponseBytes = 16 * 1024;
    RpcClient client(server.url(), options);
    auto r = client.call(u"getBlockByNumber"_s, QJsonArray { 1 }, true);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == RpcError::Kind::Transport && r.error().transport == RpcError::Transport::TooLarge,
        qPrintable(errorText(r.error())));
    QVERIFY(r.error().message.contains(u"16384"));
    QCOMPARE(server.requestCount(), 1); // a too-large answer stays too large: no retry
}

void TestRpcClient::refusedConnection()
{
    RpcOptions options = fastOptions();
    options.retries = 0;
    RpcClient client(u"http://127.0.0.1:%1"_s.arg(test::unusedPort()), options);
    QElapsedTimer clock;
    clock.start();
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == RpcError::Kind::Transport && r.error().transport == RpcError::Transport::Connect,
        qPrintable(errorText(r.error())));
    QVERIFY(r.error().isTransient());
    QVERIFY(r.error().userText().contains(u"Could not connect to http://127.0.0.1:"));
    QVERIFY(clock.elapsed() < 2000);
}

void TestRpcClient::badUrlIsRefusedWithoutNetwork()
{
    for (const QString &url : { u"ftp://127.0.0.1/"_s, u"127.0.0.1:8545"_s, u"http://"_s }) {
        RpcClient client(url, fastOptions());
        auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().transport, RpcError::Transport::BadUrl);
        auto many = client.callMany(threeCalls());
        QCOMPARE(many.error().transport, RpcError::Transport::BadUrl);
    }
}

void TestRpcClient::stalledServerTimesOut()
{
    ScriptedHttpServer server([](const QByteArray &, int) {
        Reply r;
        r.mode = Reply::Mode::Stall;
        return r;
    });
    RpcOptions options = fastOptions();
    options.requestTimeoutMs = 400;
    options.retries = 0;
    RpcClient client(server.url(), options);
    QElapsedTimer clock;
    clock.start();
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == RpcError::Kind::Transport && r.error().transport == RpcError::Transport::Timeout,
        qPrintable(errorText(r.error())));
    QVERIFY2(elapsed >= 350 && elapsed < 4000, qPrintable(QString::number(elapsed))); // stalls forever otherwise
}

void TestRpcClient::idempotentReadsAreRetried()
{
    ScriptedHttpServer server([](const QByteArray &body, int index) {
        if (index < 2)
            return ScriptedHttpServer::json("<html>503 Service Unavailable</html>", 503);
        return ScriptedHttpServer::json(resultFor(body, u"0x2a"_s));
    });
    RpcClient client(server.url(), fastOptions());
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
    QCOMPARE(r->toString(), u"0x2a"_s);
    QCOMPARE(server.requestCount(), 3);

    // The same failure without the caller's permission to repeat: one request.
    ScriptedHttpServer once([](const QByteArray &, int) { return ScriptedHttpServer::json("busy", 503); });
    RpcClient other(once.url(), fastOptions());
    QVERIFY(!other.call(u"getBlockNumber"_s, QJsonArray { 1 }, false).ok());
    QCOMPARE(once.requestCount(), 1);
}

void TestRpcClient::retriesGiveUpWithTheLastError()
{
    ScriptedHttpServer server([](const QByteArray &, int) { return ScriptedHttpServer::json("busy", 503); });
    RpcOptions options = fastOptions();
    options.retries = 3;
    RpcClient client(server.url(), options);
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, RpcError::Kind::Http);
    QCOMPARE(r.error().httpStatus, 503);
    QCOMPARE(server.requestCount(), 4);
}

void TestRpcClient::sendRawTransactionIsNeverRetried_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("503") << static_cast<int>(Reply::Mode::Normal) << 503;
    QTest::newRow("connection dropped") << static_cast<int>(Reply::Mode::Hangup) << 200;
    QTest::newRow("stalled until timeout") << static_cast<int>(Reply::Mode::Stall) << 200;
}

void TestRpcClient::sendRawTransactionIsNeverRetried()
{
    QFETCH(int, mode);
    QFETCH(int, status);
    ScriptedHttpServer server([&](const QByteArray &, int) {
        Reply r = ScriptedHttpServer::json("unavailable", status);
        r.mode = static_cast<Reply::Mode>(mode);
        return r;
    });
    RpcOptions options = fastOptions();
    options.retries = 5;
    options.requestTimeoutMs = 300;
    RpcClient client(server.url(), options);

    // Even a caller that claims the call is idempotent cannot make it repeat.
    auto r = client.call(u"sendRawTransaction"_s, QJsonArray { 1, u"0xf8"_s }, true);
    QVERIFY(!r.ok());
    QVERIFY(r.error().isTransient());
    QCOMPARE(server.requestCount(), 1);

    FiscoRpc fisco(client, 1);
    auto hash = fisco.sendRawTransaction(QByteArray::fromHex("f8aa"));
    QVERIFY(!hash.ok());
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(!RpcClient::isIdempotent(u"sendRawTransaction"));
    QVERIFY(RpcClient::isIdempotent(u"getTransactionReceipt"));
}

void TestRpcClient::cancelAbortsStalledCall()
{
    ScriptedHttpServer server([](const QByteArray &, int) {
        Reply r;
        r.mode = Reply::Mode::Stall;
        return r;
    });
    RpcOptions options = fastOptions();
    options.requestTimeoutMs = 30000;
    auto token = std::make_shared<CancelToken>();
    options.cancel = token;
    RpcClient client(server.url(), options);

    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        token->cancel();
    });
    QElapsedTimer clock;
    clock.start();
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    const qint64 elapsed = clock.elapsed();
    canceller.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, RpcError::Kind::Cancelled);
    QVERIFY2(elapsed >= 150 && elapsed < 4000, qPrintable(QString::number(elapsed))); // stalls forever otherwise
    QCOMPARE(server.requestCount(), 1);

    // A cancelled token stops later calls before they reach the network.
    auto after = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    QCOMPARE(after.error().kind, RpcError::Kind::Cancelled);
    QCOMPARE(server.requestCount(), 1);
}

void TestRpcClient::cancelInterruptsBackoff()
{
    ScriptedHttpServer server([](const QByteArray &, int) { return ScriptedHttpServer::json("busy", 503); });
    RpcOptions options = fastOptions();
    options.retries = 5;
    options.backoffBaseMs = 10000;
    options.backoffMaxMs = 10000;
    auto token = std::make_shared<CancelToken>();
    options.cancel = token;
    RpcClient client(server.url(), options);

    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        token->cancel();
    });
    QElapsedTimer clock;
    clock.start();
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    const qint64 elapsed = clock.elapsed();
    canceller.join();
    QCOMPARE(r.error().kind, RpcError::Kind::Cancelled);
    QVERIFY2(elapsed < 4000, qPrintable(QString::number(elapsed))); // the backoff alone is 10 s
    QCOMPARE(server.requestCount(), 1);
}

void TestRpcClient::batchUsedWhenSupported()
{
    ScriptedHttpServer server(node(echo, /*batches=*/true));
    RpcOptions options = fastOptions();
    RpcClient client(server.url(), options);

    auto r = client.callMany(threeCalls());
    QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
    QCOMPARE(r->size(), 3);
    QCOMPARE((*r)[0]->toString(), u"getBlockNumber:1"_s);
    QCOMPARE((*r)[1]->toString(), u"getSealerList:2"_s);
    QCOMPARE((*r)[2]->toString(), u"getSyncStatus:3"_s);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(QJsonDocument::fromJson(server.requests().first()).isArray());
    QCOMPARE(options.batchMemo->lookup(client.endpoint()), BatchSupportMemo::Support::Supported);

    // Longer lists are split into batches of maxBatchSize.
    options.maxBatchSize = 2;
    RpcClient chunked(server.url(), options);
    QList<std::pair<QString, QJsonArray>> five;
    for (int i = 0; i < 5; ++i)
        five.append({ u"getBlockHeaderByNumber"_s, QJsonArray { i } });
    auto many = chunked.callMany(five);
    QVERIFY(many.ok());
    for (int i = 0; i < 5; ++i)
        QCOMPARE((*many)[i]->toString(), u"getBlockHeaderByNumber:%1"_s.arg(i));
    QCOMPARE(server.requestCount(), 1 + 3);
}

void TestRpcClient::batchRefusalFallsBackToParallel_data()
{
    QTest::addColumn<bool>("jsonRefusal");
    QTest::newRow("JSON-RPC error for the array") << true;
    QTest::newRow("HTTP 400 page") << false;
}

void TestRpcClient::batchRefusalFallsBackToParallel()
{
    QFETCH(bool, jsonRefusal);
    const auto single = node(echo, /*batches=*/false);
    ScriptedHttpServer server([&](const QByteArray &body, int index) {
        if (!jsonRefusal && body.startsWith('['))
            return ScriptedHttpServer::json("<html>400 Bad Request</html>", 400);
        return single(body, index);
    });
    RpcOptions options = fastOptions();
    RpcClient client(server.url(), options);

    auto r = client.callMany(threeCalls());
    QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
    QCOMPARE((*r)[0]->toString(), u"getBlockNumber:1"_s);
    QCOMPARE((*r)[1]->toString(), u"getSealerList:2"_s);
    QCOMPARE((*r)[2]->toString(), u"getSyncStatus:3"_s);
    QCOMPARE(server.requestCount(), 1 + 3); // the probe, then one request per call
    QCOMPARE(options.batchMemo->lookup(client.endpoint()), BatchSupportMemo::Support::Unsupported);

    // Remembered per endpoint, across clients that share the memo: no second probe.
    RpcClient another(server.url(), options);
    QVERIFY(another.callMany(threeCalls()).ok());
    QCOMPARE(server.requestCount(), 4 + 3);
    const auto requests = server.requests();
    QVERIFY(std::none_of(requests.begin() + 4, requests.end(), [](const QByteArray &b) { return b.startsWith('['); }));
}

void TestRpcClient::parallelCallsOverlap()
{
    ScriptedHttpServer server([](const QByteArray &body, int) {
        Reply r = ScriptedHttpServer::json(resultFor(body, u"0x1"_s));
        r.delayMs = 1000;
        return r;
    });
    RpcOptions options = fastOptions();
    options.allowBatch = false;
    RpcClient client(server.url(), options);
    QList<std::pair<QString, QJsonArray>> calls;
    for (int i = 0; i < 4; ++i)
        calls.append({ u"getBlockHeaderByNumber"_s, QJsonArray { i } });

    QElapsedTimer clock;
    clock.start();
    auto r = client.callMany(calls);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(r.ok());
    QCOMPARE(server.requestCount(), 4);
    for (const auto &entry : *r)
        QCOMPARE(entry->toString(), u"0x1"_s);
    // Four 1 s answers one after another would take 4 s; the margin is wide
    // so a busy CI machine cannot make this flake.
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TestRpcClient::callManyKeepsPerCallErrors()
{
    for (const bool batches : { true, false }) {
        // The second call gets a JSON-RPC error, whichever way it travels.
        ScriptedHttpServer server(node(
            [](const QString &method, const QJsonArray &params) {
                return method == u"getSealerList" ? Outcome::error(-32601, u"Method not found"_s)
                                                  : Outcome(echo(method, params));
            },
            batches));
        RpcClient client(server.url(), fastOptions());
        auto r = client.callMany(threeCalls());
        QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE((*r)[0]->toString(), u"getBlockNumber:1"_s);
        QCOMPARE((*r)[1].error().code, rpccode::kMethodNotFound);
        QCOMPARE((*r)[1].error().method, u"getSealerList"_s);
        QVERIFY((*r)[1].error().userText().contains(u"getSealerList"));
        QCOMPARE((*r)[2]->toString(), u"getSyncStatus:3"_s);
        QCOMPARE(server.requestCount(), batches ? 1 : 1 + 3);
    }
}

void TestRpcClient::callManyUnreachableIsOneError()
{
    RpcOptions options = fastOptions();
    options.retries = 1;
    RpcClient client(u"http://127.0.0.1:%1/"_s.arg(test::unusedPort()), options);
    auto r = client.callMany(threeCalls());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().transport, RpcError::Transport::Connect);

    auto empty = client.callMany({});
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestRpcClient::fiscoRpcSpeaksFiscoParams()
{
    const QString txHash = u"0x"_s + u"ab"_s.repeated(32);
    const QString nodeId = u"0f"_s.repeated(64);
    QStringList problems;
    std::mutex problemsMutex;
    const auto expect = [&](bool ok, const QString &what) {
        if (!ok) {
            std::lock_guard lock(problemsMutex);
            problems.append(what);
        }
    };
    ScriptedHttpServer server(node(
        [&](const QString &method, const QJsonArray &params) -> QJsonValue {
            if (method != u"getClientVersion" && method != u"getGroupList")
                expect(
                    params.at(0).isDouble() && params.at(0).toInteger() == 7, method + u": group is not integer 7"_s);
            if (method == u"getClientVersion")
                return QJsonObject { { u"Chain Id"_s, u"1"_s }, { u"Supported Version"_s, u"2.9.0"_s },
                    { u"FISCO-BCOS Version"_s, u"2.9.1"_s } };
            if (method == u"getBlockNumber")
                return u"0x1f"_s;
            if (method == u"getBlockHeaderByNumber") {
                expect(params.at(1) == QJsonValue(u"0x1f"_s), u"header number is not \"0x1f\""_s);
                expect(params.at(2) == QJsonValue(true), u"header flag is not true"_s);
                return QJsonObject { { u"number"_s, 31 }, { u"signatureList"_s, QJsonArray {} } };
            }
            if (method == u"getBlockByNumber") {
                expect(params.at(1) == QJsonValue(u"0xa"_s) && params.at(2) == QJsonValue(false), u"block params"_s);
                return QJsonObject { { u"number"_s, u"0xa"_s }, { u"transactions"_s, QJsonArray { txHash } } };
            }
            if (method == u"getTransactionReceipt") {
                expect(params.at(1) == QJsonValue(txHash), u"receipt hash param"_s);
                return QJsonValue::Null;
            }
            if (method == u"getTransactionReceiptByHashWithProof")
                return QJsonObject { { u"receiptProof"_s, QJsonArray {} } };
            if (method == u"sendRawTransaction") {
                expect(params.at(1) == QJsonValue(u"0xf8aa"_s), u"raw tx param"_s);
                return txHash;
            }
            if (method == u"call") {
                const QJsonObject c = params.at(1).toObject();
                expect(c.value(u"to") == QJsonValue(u"0x"_s + u"11"_s.repeated(20))
                        && c.value(u"data") == QJsonValue(u"0x1234"_s) && !c.contains(u"from"),
                    u"call params"_s);
                return QJsonObject { { u"currentBlockNumber"_s, u"0x1f"_s }, { u"output"_s, u"0x"_s },
                    { u"status"_s, u"0x0"_s } };
            }
            if (method == u"getSealerList")
                return QJsonArray { nodeId };
            if (method == u"getSyncStatus")
                return QJsonObject { { u"blockNumber"_s, 31 }, { u"isSyncing"_s, false } };
            if (method == u"getGroupList")
                return QJsonArray { 1, 7 };
            expect(false, u"unexpected method "_s + method);
            return QJsonValue::Null;
        },
        true));
    RpcClient client(server.url(), fastOptions());
    FiscoRpc fisco(client, 7);

    auto version = fisco.getClientVersion();
    QVERIFY(version.ok());
    QCOMPARE(version->chainId, quint64(1));
    QCOMPARE(version->supportedVersion, u"2.9.0"_s);
    QCOMPARE(fisco.getBlockNumber().value(), quint64(31));
    auto header = fisco.getBlockHeaderByNumber(31, true);
    QVERIFY2(header.ok(), qPrintable(header ? QString() : errorText(header.error())));
    QVERIFY(header->contains(u"signatureList"));
    auto block = fisco.getBlockByNumber(10, false);
    QVERIFY(block.ok());
    auto receipt = fisco.getTransactionReceipt(hex::decode(txHash).value());
    QVERIFY(receipt.ok());
    QVERIFY(!receipt->has_value()); // null until committed
    auto proof = fisco.getTransactionReceiptByHashWithProof(hex::decode(txHash).value());
    QVERIFY(proof.ok() && proof->has_value());
    QCOMPARE(fisco.sendRawTransaction(QByteArray::fromHex("f8aa")).value(), hex::decode(txHash).value());
    auto call = fisco.call({}, QByteArray(20, '\x11'), QByteArray::fromHex("1234"));
    QVERIFY(call.ok());
    QCOMPARE(call->currentBlockNumber, quint64(31));
    QCOMPARE(fisco.getSealerList().value(), (QList<QByteArray> { QByteArray::fromHex(nodeId.toLatin1()) }));
    QCOMPARE(fisco.getSyncStatus().value().blockNumber, quint64(31));
    QCOMPARE(fisco.getGroupList().value(), (QList<quint64> { 1, 7 }));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

void TestRpcClient::fiscoRpcBatchedHeadersCheckNumbers()
{
    ScriptedHttpServer server(node(
        [](const QString &, const QJsonArray &params) -> QJsonValue {
            const quint64 n = params.at(1).toString().mid(2).toULongLong(nullptr, 16);
            if (n == 12)
                return QJsonValue::Null; // not produced yet
            if (n == 11)
                return QJsonObject { { u"number"_s, 99 } }; // a different block
            return QJsonObject { { u"number"_s, static_cast<qint64>(n) } }; // FISCO: integer here
        },
        true));
    RpcClient client(server.url(), fastOptions());
    FiscoRpc fisco(client, 1);
    auto headers = fisco.getBlockHeadersByNumber(9, 4, true);
    QVERIFY(headers.ok());
    QCOMPARE(headers->size(), 4);
    QCOMPARE((*headers)[0]->value(u"number").toInteger(), 9);
    QCOMPARE((*headers)[1]->value(u"number").toInteger(), 10);
    QCOMPARE((*headers)[2].error().kind, RpcError::Kind::Malformed);
    QVERIFY((*headers)[2].error().message.contains(u"asked for block 11, got block 99"));
    QCOMPARE((*headers)[3].error().code, rpccode::kBlockNotFound);
    QCOMPARE((*headers)[3].error().errorKind(), ErrorKind::NotFound);
    QCOMPARE(server.requestCount(), 1);
}

void TestRpcClient::fiscoRpcRefusesWrongShapes()
{
    ScriptedHttpServer server(node(
        [](const QString &method, const QJsonArray &) -> QJsonValue {
            if (method == u"getBlockNumber")
                return u"31"_s; // decimal, not 0x hex
            if (method == u"getSealerList")
                return QJsonArray { u"0x1234"_s }; // not a 128-hex node id
            if (method == u"sendRawTransaction")
                return u"0x1234"_s; // not a 32-byte hash
            if (method == u"getTransactionReceipt")
                return 5; // neither null nor an object
            return QJsonValue::Null;
        },
        true));
    RpcClient client(server.url(), fastOptions());
    FiscoRpc fisco(client, 1);
    QCOMPARE(fisco.getBlockNumber().error().kind, RpcError::Kind::Malformed);
    QCOMPARE(fisco.getBlockNumber().error().method, u"getBlockNumber"_s);
    QCOMPARE(fisco.getSealerList().error().kind, RpcError::Kind::Malformed);
    QCOMPARE(fisco.sendRawTransaction("\x01").error().kind, RpcError::Kind::Malformed);
    QCOMPARE(fisco.getTransactionReceipt(QByteArray(32, '\x01')).error().kind, RpcError::Kind::Malformed);
    QCOMPARE(fisco.getClientVersion().error().kind, RpcError::Kind::Malformed); // null
}

void TestRpcClient::httpsWithCaFileAndPins_data()
{
    QTest::addColumn<bool>("useCaFile");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("CA file") << true << QString() << true;
    QTest::newRow("system store only") << false << QString() << false;
    QTest::newRow("CA file and right pin") << true << kPin << true;
    QTest::newRow("CA file and wrong pin")
        << true << u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s << false;
    QTest::newRow("right pin alone") << false << kPin << true;
    QTest::newRow("wrong pin alone") << false << u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s << false;
}

void TestRpcClient::httpsWithCaFileAndPins()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here: no HTTPS server to test against");
    QFETCH(bool, useCaFile);
    QFETCH(QString, pin);
    QFETCH(bool, succeeds);

    const QString certPath = QStringLiteral(CREDIT_CHAIN_TEST_DATA "/tls-test.crt");
    QFile certFile(certPath);
    QFile keyFile(QStringLiteral(CREDIT_CHAIN_TEST_DATA "/tls-test.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    ScriptedHttpServer server(
        [](const QByteArray &body, int) { return ScriptedHttpServer::json(resultFor(body, u"0x7"_s)); }, tls);
    QVERIFY(server.url().startsWith(u"https://"));

    RpcOptions options = fastOptions();
    options.retries = 0;
    if (useCaFile)
        options.caFile = certPath;
    options.pinnedPublicKey = pin;
    RpcClient client(server.url(), options);
    auto r = client.call(u"getBlockNumber"_s, QJsonArray { 1 }, true);
    if (succeeds) {
        QVERIFY2(r.ok(), qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->toString(), u"0x7"_s);
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().transport == RpcError::Transport::Tls, qPrintable(errorText(r.error())));
        QVERIFY(!r.error().isTransient());
        QVERIFY(r.error().userText().contains(u"CA file"));
    }
}

QTEST_GUILESS_MAIN(TestRpcClient)
#include "TestRpcClient.moc"
