// SPDX-License-Identifier: Apache-2.0
// The parts of core/chain that need no network: envelopes, strict reply
// reading, FISCO value spellings, reason words, error texts, receipt status.
#include "chain/ChainTypes.h"
#include "chain/FiscoJson.h"
#include "chain/FiscoReason.h"
#include "chain/JsonRpc.h"
#include "chain/ReceiptStatus.h"
#include "chain/RpcError.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/Receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace credit;
using namespace credit::chain;
using namespace Qt::StringLiterals;

namespace {
QJsonValue parse(const char *json)
{
    // Wrapped in an array so scalars parse too.
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first();
}
const QString kNodeId = QStringLiteral("6b8f1d0c").repeated(16);
} // namespace

class TestJsonRpc final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesRequestsAndBatches();
    void readsResult();
    void readsRpcErrorWithReasonWord();
    void acceptsNullIdOnlyForErrors();
    void rejectsMalformedReplies_data();
    void rejectsMalformedReplies();
    void matchesBatchRepliesById();
    void findsReasonWords_data();
    void findsReasonWords();
    void reasonTextsSayWhatToDo();
    void errorKindsAndTransience();
    void parsesQuantities_data();
    void parsesQuantities();
    void parsesHashesAddressesAndNodeIds();
    void parsesClientVersionCallAndSyncStatus();
    void parsesSealerAndGroupLists();
    void describesReceiptFailures();
};

void TestJsonRpc::encodesRequestsAndBatches()
{
    const jsonrpc::Request request { 7, QStringLiteral("getBlockNumber"), QJsonArray { 1 } };
    const QJsonObject single = QJsonDocument::fromJson(jsonrpc::encode(request)).object();
    QCOMPARE(single.value(u"jsonrpc"), QJsonValue(u"2.0"_s));
    QCOMPARE(single.value(u"id").toInteger(), 7);
    QCOMPARE(single.value(u"method").toString(), u"getBlockNumber"_s);
    QCOMPARE(single.value(u"params").toArray(), QJsonArray { 1 });
    QVERIFY(single.value(u"params").toArray().first().isDouble()); // group id is a JSON integer, not "1"

    const QJsonDocument batch = QJsonDocument::fromJson(
        jsonrpc::encodeBatch({ request, { 8, QStringLiteral("getSealerList"), QJsonArray { 1 } } }));
    QVERIFY(batch.isArray());
    QCOMPARE(batch.array().size(), 2);
    QCOMPARE(batch.array().at(1).toObject().value(u"id").toInteger(), 8);
}

void TestJsonRpc::readsResult()
{
    auto r = jsonrpc::parseReply(R"({"jsonrpc":"2.0","id":3,"result":"0x1f"})", 3);
    QVERIFY(r.ok());
    QCOMPARE(r->toString(), u"0x1f"_s);

    auto nullResult = jsonrpc::parseReply(R"({"jsonrpc":"2.0","id":4,"result":null})", 4);
    QVERIFY(nullResult.ok()); // a receipt not yet committed
    QVERIFY(nullResult->isNull());
}

void TestJsonRpc::readsRpcErrorWithReasonWord()
{
    auto r = jsonrpc::parseReply(
        R"({"jsonrpc":"2.0","id":9,"error":{"code":-32603,"message":"BlockLimitCheckFailed: blockLimit 5 not in (10, 1010]","data":{"hash":"0x01"}}})",
        9);
    QVERIFY(!r.ok());
    const RpcError &e = r.error();
    QCOMPARE(e.kind, RpcError::Kind::Rpc);
    QCOMPARE(e.code, -32603);
    QCOMPARE(e.reason.reason, FiscoReason::BlockLimitCheckFailed);
    QCOMPARE(e.reason.word, u"BlockLimitCheckFailed"_s);
    QCOMPARE(e.data.toObject().value(u"hash").toString(), u"0x01"_s);
    QCOMPARE(e.errorKind(), ErrorKind::Rejected);
    QVERIFY(!e.isTransient());
    QVERIFY2(e.userText().contains(u"block limit"), qPrintable(e.userText()));
    QCOMPARE(e.toError().kind, ErrorKind::Rejected);
}

void TestJsonRpc::acceptsNullIdOnlyForErrors()
{
    auto error
        = jsonrpc::parseReply(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})", 5);
    QCOMPARE(error.error().kind, RpcError::Kind::Rpc);
    QCOMPARE(error.error().code, -32700);

    auto result = jsonrpc::parseReply(R"({"jsonrpc":"2.0","id":null,"result":"0x1"})", 5);
    QCOMPARE(result.error().kind, RpcError::Kind::Malformed);
}

void TestJsonRpc::rejectsMalformedReplies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n ");
    QTest::newRow("not JSON") << QByteArray("hello");
    QTest::newRow("HTML 502 page") << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>");
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","id":1,"res)");
    QTest::newRow("array for single call") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":"0x1"}])");
    QTest::newRow("no jsonrpc member") << QByteArray(R"({"id":1,"result":"0x1"})");
    QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":"0x1"})");
    QTest::newRow("neither result nor error") << QByteArray(R"({"jsonrpc":"2.0","id":1})");
    QTest::newRow("both result and error")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"x"}})");
    QTest::newRow("wrong id") << QByteArray(R"({"jsonrpc":"2.0","id":2,"result":"0x1"})");
    QTest::newRow("id as string") << QByteArray(R"({"jsonrpc":"2.0","id":"1","result":"0x1"})");
    QTest::newRow("fractional id") << QByteArray(R"({"jsonrpc":"2.0","id":1.5,"result":"0x1"})");
    QTest::newRow("no id") << QByteArray(R"({"jsonrpc":"2.0","result":"0x1"})");
    QTest::newRow("error is a string") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"bad"})");
    QTest::newRow("error without code") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"message":"x"}})");
    QTest::newRow("fractional code") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-1.5,"message":"x"}})");
    QTest::newRow("error without message") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32603}})");
}

void TestJsonRpc::rejectsMalformedReplies()
{
    QFETCH(QByteArray, body);
    auto r = jsonrpc::parseReply(body, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, RpcError::Kind::Malformed);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(r.error().errorKind(), ErrorKind::Network);
}

void TestJsonRpc::matchesBatchRepliesById()
{
    const QJsonArray replies = parse(R"([
        {"jsonrpc":"2.0","id":12,"result":"c"},
        {"jsonrpc":"2.0","id":99,"result":"stranger"},
        {"jsonrpc":"2.0","id":10,"result":"a"},
        {"jsonrpc":"2.0","id":13,"result":"d1"},
        {"jsonrpc":"2.0","id":13,"result":"d2"},
        {"jsonrpc":"2.0","id":14,"error":{"code":-40004,"message":"block not found"}}
    ])")
                                   .toArray();
    const auto results = jsonrpc::matchBatch(replies, { 10, 11, 12, 13, 14 });
    QCOMPARE(results.size(), 5);
    QCOMPARE(results[0]->toString(), u"a"_s);
    QCOMPARE(results[1].error().kind, RpcError::Kind::Malformed); // no answer for 11
    QVERIFY(results[1].error().message.contains(u"11"));
    QCOMPARE(results[2]->toString(), u"c"_s);
    QCOMPARE(results[3].error().kind, RpcError::Kind::Malformed); // answered twice
    QCOMPARE(results[4].error().code, rpccode::kBlockNotFound);
    QCOMPARE(results[4].error().errorKind(), ErrorKind::NotFound);
}

void TestJsonRpc::findsReasonWords_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<FiscoReason>("reason");
    QTest::addColumn<QString>("word");
    QTest::newRow("devnet spelling") << u"BlockLimitCheckFailed"_s << FiscoReason::BlockLimitCheckFailed
                                     << u"BlockLimitCheckFailed"_s;
    QTest::newRow("FISCO enum name") << u"Transaction rejected: BlockLimitCheckFail, hash 0x12"_s
                                     << FiscoReason::BlockLimitCheckFailed << u"BlockLimitCheckFail"_s;
    QTest::newRow("nonce") << u"TransactionNonceCheckFail"_s << FiscoReason::NonceCheckFailed
                           << u"TransactionNonceCheckFail"_s;
    QTest::newRow("chain id") << u"InvalidChainId: expected 1, got 7"_s << FiscoReason::InvalidChainId
                              << u"InvalidChainId"_s;
    QTest::newRow("group id") << u"(InvalidGroupId)"_s << FiscoReason::InvalidGroupId << u"InvalidGroupId"_s;
    QTest::newRow("signature") << u"InvalidSignature"_s << FiscoReason::InvalidSignature << u"InvalidSignature"_s;
    QTest::newRow("pool full") << u"TransactionPoolIsFull"_s << FiscoReason::TxPoolFull << u"TransactionPoolIsFull"_s;
    QTest::newRow("pool full, short") << u"TxPoolIsFull"_s << FiscoReason::TxPoolFull << u"TxPoolIsFull"_s;
    QTest::newRow("known") << u"AlreadyKnown"_s << FiscoReason::AlreadyKnown << u"AlreadyKnown"_s;
    QTest::newRow("in chain") << u"AlreadyInChain"_s << FiscoReason::AlreadyInChain << u"AlreadyInChain"_s;
    QTest::newRow("memory") << u"OverGroupMemoryLimit"_s << FiscoReason::OverGroupMemoryLimit
                            << u"OverGroupMemoryLimit"_s;
    QTest::newRow("whole words only") << u"xBlockLimitCheckFailed InvalidSignatures"_s << FiscoReason::None
                                      << QString();
    QTest::newRow("case matters") << u"invalidsignature"_s << FiscoReason::None << QString();
    QTest::newRow("plain text") << u"internal error"_s << FiscoReason::None << QString();
}

void TestJsonRpc::findsReasonWords()
{
    QFETCH(QString, message);
    QFETCH(FiscoReason, reason);
    QFETCH(QString, word);
    const FiscoReasonMatch match = findFiscoReason(message);
    QCOMPARE(match.reason, reason);
    QCOMPARE(match.word, word);
}

void TestJsonRpc::reasonTextsSayWhatToDo()
{
    const RpcError signature = RpcError::rpc(rpccode::kInternalError, QStringLiteral("InvalidSignature"));
    QVERIFY2(signature.userText().contains(u"is the key for this chain"), qPrintable(signature.userText()));
    QVERIFY(signature.userText().contains(u"InvalidSignature"));

    QVERIFY(isCuredByRebuilding(FiscoReason::BlockLimitCheckFailed));
    QVERIFY(isCuredByRebuilding(FiscoReason::NonceCheckFailed));
    QVERIFY(!isCuredByRebuilding(FiscoReason::InvalidSignature));
    QVERIFY(describeFiscoReason(FiscoReason::None, {}).isEmpty());

    // No reason word: the text falls back on the code and names the method.
    RpcError unknown = RpcError::rpc(rpccode::kMethodNotFound, QStringLiteral("Method not found"));
    unknown.method = QStringLiteral("getBlockHeaderByNumber");
    unknown.endpoint = QStringLiteral("http://node:8545");
    QVERIFY(unknown.userText().contains(u"getBlockHeaderByNumber"));
    QVERIFY(unknown.userText().contains(u"http://node:8545"));
}

void TestJsonRpc::errorKindsAndTransience()
{
    using T = RpcError::Transport;
    QVERIFY(RpcError::transportFailure(T::Connect, {}).isTransient());
    QVERIFY(RpcError::transportFailure(T::Timeout, {}).isTransient());
    QVERIFY(RpcError::transportFailure(T::Dropped, {}).isTransient());
    QVERIFY(!RpcError::transportFailure(T::Tls, {}).isTransient());
    QVERIFY(!RpcError::transportFailure(T::TooLarge, {}).isTransient());
    QVERIFY(!RpcError::transportFailure(T::BadUrl, {}).isTransient());
    QVERIFY(RpcError::http(502, {}).isTransient());
    QVERIFY(RpcError::http(429, {}).isTransient());
    QVERIFY(!RpcError::http(404, {}).isTransient());
    QVERIFY(!RpcError::malformed({}).isTransient());
    QVERIFY(!RpcError::cancelled().isTransient());

    QCOMPARE(RpcError::transportFailure(T::Connect, {}).errorKind(), ErrorKind::Network);
    QCOMPARE(RpcError::http(502, {}).errorKind(), ErrorKind::Network);
    QCOMPARE(RpcError::malformed({}).errorKind(), ErrorKind::Network);
    QCOMPARE(RpcError::rpc(-32603, {}).errorKind(), ErrorKind::Rejected);

    RpcError connect = RpcError::transportFailure(T::Connect, QStringLiteral("Connection refused"));
    connect.endpoint = QStringLiteral("http://10.0.0.5:8545");
    QVERIFY(connect.userText().contains(u"http://10.0.0.5:8545"));
    QVERIFY(connect.userText().contains(u"Connection refused"));
    QCOMPARE(connect.toError().message, connect.userText());

    RpcError http = RpcError::http(502, QStringLiteral("<html>"));
    QVERIFY(http.userText().contains(u"502"));
}

void TestJsonRpc::parsesQuantities_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");
    QTest::newRow("hex") << u"\"0x1f\""_s << true << quint64(31);
    QTest::newRow("zero") << u"\"0x0\""_s << true << quint64(0);
    QTest::newRow("max") << u"\"0xffffffffffffffff\""_s << true << ~quint64(0);
    QTest::newRow("leading zeros") << u"\"0x000001\""_s << true << quint64(1);
    QTest::newRow("JSON integer") << u"31"_s << true << quint64(31);
    QTest::newRow("decimal string") << u"\"31\""_s << false << quint64(0);
    QTest::newRow("bare 0x") << u"\"0x\""_s << false << quint64(0);
    QTest::newRow("bad digit") << u"\"0x1g\""_s << false << quint64(0);
    QTest::newRow("65 bits") << u"\"0x1ffffffffffffffff\""_s << false << quint64(0);
    QTest::newRow("fraction") << u"1.5"_s << false << quint64(0);
    QTest::newRow("negative") << u"-1"_s << false << quint64(0);
    QTest::newRow("above 2^53") << u"9007199254740993"_s << false << quint64(0);
    QTest::newRow("bool") << u"true"_s << false << quint64(0);
    QTest::newRow("null") << u"null"_s << false << quint64(0);
}

void TestJsonRpc::parsesQuantities()
{
    QFETCH(QString, json);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    auto r = fisco::parseQuantity(parse(json.toUtf8().constData()), u"number");
    QCOMPARE(r.ok(), valid);
    if (valid)
        QCOMPARE(*r, value);
    else
        QVERIFY2(r.error().message.startsWith(u"number "), qPrintable(r.error().message));

    QCOMPARE(fisco::quantity(31), u"0x1f"_s);
    QCOMPARE(fisco::quantity(0), u"0x0"_s);
}

void TestJsonRpc::parsesHashesAddressesAndNodeIds()
{
    const QString hash = QStringLiteral("0x") + QStringLiteral("ab").repeated(32);
    auto h = fisco::parseHash(hash, u"hash");
    QVERIFY(h.ok());
    QCOMPARE(h->size(), 32);
    QVERIFY(!fisco::parseHash(hash.mid(2), u"hash").ok()); // no 0x
    QVERIFY(!fisco::parseHash(hash.chopped(2), u"hash").ok()); // 31 bytes
    QVERIFY(!fisco::parseHash(QJsonValue(5), u"hash").ok());

    QVERIFY(fisco::parseAddress(QStringLiteral("0x") + QStringLiteral("11").repeated(20), u"to").ok());
    QVERIFY(!fisco::parseAddress(hash, u"to").ok());

    auto bytes = fisco::parseBytes(QStringLiteral("0x"), u"output");
    QVERIFY(bytes.ok());
    QVERIFY(bytes->isEmpty());
    QVERIFY(!fisco::parseBytes(QStringLiteral("0x123"), u"output").ok());

    auto node = fisco::parseNodeId(kNodeId, u"node");
    QVERIFY(node.ok());
    QCOMPARE(node->size(), 64);
    QVERIFY(!fisco::parseNodeId(QStringLiteral("0x") + kNodeId, u"node").ok()); // FISCO writes node ids bare
    QVERIFY(!fisco::parseNodeId(kNodeId.chopped(2), u"node").ok());
}

void TestJsonRpc::parsesClientVersionCallAndSyncStatus()
{
    auto version = ClientVersion::fromJson(parse(R"({"Build Time":"20230101","Build Type":"Linux/g++/Release",
        "Chain Id":"1","FISCO-BCOS Version":"2.9.1","Git Branch":"HEAD","Git Commit Hash":"abc",
        "Supported Version":"2.9.0"})"));
    QVERIFY(version.ok());
    QCOMPARE(version->chainId, quint64(1));
    QCOMPARE(version->supportedVersion, u"2.9.0"_s);
    QCOMPARE(version->nodeVersion, u"2.9.1"_s);
    QCOMPARE(version->raw.value(u"Git Branch").toString(), u"HEAD"_s);
    QVERIFY(!ClientVersion::fromJson(parse(R"({"Chain Id":"one","Supported Version":"2.9.0"})")).ok());
    QVERIFY(!ClientVersion::fromJson(parse(R"({"Chain Id":"1"})")).ok());

    auto call = CallResult::fromJson(parse(R"({"currentBlockNumber":"0x2a","output":"0x00ff","status":"0x16"})"));
    QVERIFY(call.ok());
    QCOMPARE(call->currentBlockNumber, quint64(42));
    QCOMPARE(call->output, QByteArray::fromHex("00ff"));
    QCOMPARE(call->status, kReceiptRevert);
    QVERIFY(!CallResult::fromJson(parse(R"({"currentBlockNumber":"0x2a","status":"0x0"})")).ok());

    const QString hash = u"\"0x"_s + QStringLiteral("cd").repeated(32) + u'"';
    auto sync = SyncStatus::fromJson(
        parse((u"{\"blockNumber\":5,\"knownHighestNumber\":9,\"isSyncing\":true,\"txPoolSize\":\"0\",\"latestHash\":"_s
            + hash + u",\"peers\":[{},{}]}"_s)
                  .toUtf8()
                  .constData()));
    QVERIFY2(sync.ok(), qPrintable(sync ? QString() : sync.error().message));
    QCOMPARE(sync->blockNumber, quint64(5));
    QCOMPARE(sync->knownHighestNumber, quint64(9));
    QVERIFY(sync->isSyncing);
    QCOMPARE(sync->latestHash, QByteArray(32, '\xcd'));
    QVERIFY(sync->genesisHash.isEmpty());
    QCOMPARE(sync->peerCount, 2);
    QVERIFY(!SyncStatus::fromJson(parse(R"({"blockNumber":5,"isSyncing":"no"})")).ok());
}

void TestJsonRpc::parsesSealerAndGroupLists()
{
    auto sealers = sealerListFromJson(QJsonArray { kNodeId, kNodeId });
    QVERIFY(sealers.ok());
    QCOMPARE(sealers->size(), 2);
    QCOMPARE(sealers->first(), QByteArray::fromHex(kNodeId.toLatin1()));
    QVERIFY(!sealerListFromJson(QJsonArray { QStringLiteral("0x") + kNodeId }).ok());
    QVERIFY(!sealerListFromJson(QJsonObject {}).ok());

    auto groups = groupListFromJson(QJsonArray { 1, 2 });
    QVERIFY(groups.ok());
    QCOMPARE(*groups, (QList<quint64> { 1, 2 }));
    QVERIFY(!groupListFromJson(QJsonArray { QStringLiteral("one") }).ok());
}

void TestJsonRpc::describesReceiptFailures()
{
    QCOMPARE(receiptStatusName(22), u"RevertInstruction"_s);
    QCOMPARE(receiptStatusName(16), u"BlockLimitCheckFail"_s);
    QVERIFY(receiptStatusName(12345).isEmpty());
    // FISCO 2.9 names 30–32 too: a frozen contract's refusal says so (the
    // chain layer once had its own table that stopped at 29).
    QCOMPARE(receiptStatusName(30), u"ContractFrozen"_s);
    QCOMPARE(receiptStatusName(32), u"NotEnoughRemainGas"_s);
    QVERIFY(receiptStatusName(33).isEmpty());
    QCOMPARE(
        describeReceiptFailure(30, {}), u"The transaction failed on the chain with status 0x1e (ContractFrozen)."_s);

    auto encoded = abi::encode({ abi::Type::parse(u"string").value() }, { abi::Value::string(u"order is not open"_s) });
    QVERIFY(encoded.ok());
    const QByteArray output = abi::errorSelectorSm3() + *encoded;
    QCOMPARE(output.left(4).toHex(), QByteArray("c703cb12"));
    QCOMPARE(
        describeReceiptFailure(kReceiptRevert, output), u"The contract refused the transaction: order is not open"_s);
    QVERIFY(describeReceiptFailure(kReceiptRevert, {}).contains(u"without giving a reason"));
    const QString permission = describeReceiptFailure(20, {});
    QVERIFY(permission.contains(u"0x14"));
    QVERIFY(permission.contains(u"NoTxPermission"));
}

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "TestJsonRpc.moc"
