// SPDX-License-Identifier: Apache-2.0
#include "FakeChainRpc.h"
#include "chain/CancelToken.h"
#include "chain/TransactionSender.h"
#include "codec/AbiCodec.h"
#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "crypto/Sm2Key.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace credit;
using namespace credit::chain;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kContract = QByteArray::fromHex("1111111111111111111111111111111111111111");
const QByteArray kCallData
    = QByteArray::fromHex("a9059cbb0000000000000000000000000000000000000000000000000000000000000007");

quint64 toU64(const QByteArray &bigEndian)
{
    quint64 v = 0;
    for (const char c : bigEndian)
        v = (v << 8) | static_cast<quint8>(c);
    return v;
}

SenderOptions fastOptions()
{
    SenderOptions o;
    o.pollIntervalMs = 5;
    o.receiptTimeoutMs = 2000;
    return o;
}

QByteArray revertOutput(const QString &reason)
{
    auto encoded = abi::encode({ abi::Type::parse(u"string").value() }, { abi::Value::string(reason) });
    return abi::errorSelectorSm3() + encoded.value();
}

} // namespace

class TestTransactionSender final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsSignedTransactionAndReturnsReceipt();
    void revertReasonIsDecodedIntoTheError();
    void otherFailedStatusNamesTheException();
    void blockLimitFailureRebuildsWithFreshHeightAndNonce();
    void blockLimitFailureGivesUpAfterMaxRebuilds();
    void invalidSignatureIsNotRetriedAndSaysWhy();
    void alreadyKnownWaitsForTheReceipt();
    void nodeHashMismatchIsCorrupt();
    void lostSendReplyNamesTheHash();
    void receiptTimeout();
    void transientPollErrorsAreTolerated();
    void receiptForAnotherTransactionIsCorrupt();
    void cancelStopsWaiting();

private:
    crypto::Sm2PrivateKey m_key;
};

void TestTransactionSender::initTestCase()
{
    auto key = crypto::Sm2PrivateKey::generate();
    QVERIFY(key.ok());
    m_key = *key;
}

void TestTransactionSender::sendsSignedTransactionAndReturnsReceipt()
{
    test::FakeChainRpc rpc;
    rpc.heights = { 100 };
    rpc.pollsBeforeReceipt = 2;
    TransactionSender sender(rpc, m_key, 7, 3, fastOptions());

    auto sent = sender.send(kContract, kCallData);
    QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(rpc.sent.size(), 1);
    const tx::Transaction &t = rpc.sent.first();
    QCOMPARE(t.to, kContract);
    QCOMPARE(t.data, kCallData);
    QCOMPARE(t.blockLimitValue(), quint64(100 + tx::kBlockLimitAhead));
    QCOMPARE(t.chainIdValue(), quint64(7));
    QCOMPARE(t.groupIdValue(), quint64(3));
    QCOMPARE(t.sender(), m_key.address());
    QVERIFY(!t.nonce.isEmpty());

    QCOMPARE(sent->hash, t.hash());
    QCOMPARE(sent->blockNumber, quint64(0x65));
    QCOMPARE(sent->output, QByteArray("\x2a"));
    QCOMPARE(sent->receipt.value(u"status").toString(), u"0x0"_s);
    QCOMPARE(sent->transactionsBuilt, 1);
    QCOMPARE(rpc.receiptPolls, 3); // null, null, receipt
    QCOMPARE(rpc.unexpectedCalls, 0);
}

void TestTransactionSender::revertReasonIsDecodedIntoTheError()
{
    test::FakeChainRpc rpc;
    const QByteArray output = revertOutput(u"order is not open"_s);
    QCOMPARE(output.left(4).toHex(), QByteArray("c703cb12"));
    rpc.receiptFor = [&](const QByteArray &hash) {
        return QJsonObject { { u"transactionHash"_s, hex::encodePrefixed(hash) }, { u"status"_s, u"0x16"_s },
            { u"blockNumber"_s, u"0x66"_s }, { u"output"_s, hex::encodePrefixed(output) } };
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());

    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind, ErrorKind::Rejected);
    const QString text = sent.error().message;
    QVERIFY2(text.startsWith(u"The contract refused the transaction: order is not open"), qPrintable(text));
    QVERIFY2(text.contains(hex::encodePrefixed(rpc.sent.first().hash())), qPrintable(text));
    QVERIFY(text.contains(u"102")); // block 0x66
}

void TestTransactionSender::otherFailedStatusNamesTheException()
{
    test::FakeChainRpc rpc;
    rpc.receiptFor = [](const QByteArray &hash) {
        return QJsonObject { { u"transactionHash"_s, hex::encodePrefixed(hash) }, { u"status"_s, u"0x14"_s },
            { u"blockNumber"_s, u"0x66"_s }, { u"output"_s, u"0x"_s } };
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind, ErrorKind::Rejected);
    QVERIFY2(sent.error().message.contains(u"NoTxPermission"), qPrintable(sent.error().message));
}

void TestTransactionSender::blockLimitFailureRebuildsWithFreshHeightAndNonce()
{
    test::FakeChainRpc rpc;
    rpc.heights = { 100, 120 };
    rpc.onSend = [](const tx::Transaction &t, int n) -> RpcResult<QByteArray> {
        if (n == 0)
            return RpcError::rpc(rpccode::kInternalError, u"BlockLimitCheckFailed"_s);
        return t.hash();
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());

    auto sent = sender.send(kContract, kCallData);
    QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(rpc.sent.size(), 2);
    QCOMPARE(rpc.blockNumberCalls, 2);
    QCOMPARE(rpc.sent[0].blockLimitValue(), quint64(600));
    QCOMPARE(rpc.sent[1].blockLimitValue(), quint64(620));
    QVERIFY(rpc.sent[0].nonce != rpc.sent[1].nonce);
    QVERIFY(toU64(rpc.sent[1].blockLimit) == 620);
    QCOMPARE(sent->hash, rpc.sent[1].hash());
    QCOMPARE(sent->transactionsBuilt, 2);
}

void TestTransactionSender::blockLimitFailureGivesUpAfterMaxRebuilds()
{
    test::FakeChainRpc rpc;
    rpc.onSend = [](const tx::Transaction &, int) -> RpcResult<QByteArray> {
        return RpcError::rpc(rpccode::kInternalError, u"BlockLimitCheckFail"_s);
    };
    SenderOptions options = fastOptions();
    options.maxRebuilds = 2;
    TransactionSender sender(rpc, m_key, 1, 1, options);

    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(rpc.sent.size(), 3); // the first and two rebuilds
    QCOMPARE(sent.error().kind, ErrorKind::Rejected);
    QVERIFY2(sent.error().message.contains(u"block limit"), qPrintable(sent.error().message));
    QCOMPARE(rpc.receiptPolls, 0);
}

void TestTransactionSender::invalidSignatureIsNotRetriedAndSaysWhy()
{
    test::FakeChainRpc rpc;
    rpc.onSend = [](const tx::Transaction &, int) -> RpcResult<QByteArray> {
        return RpcError::rpc(rpccode::kInternalError, u"InvalidSignature"_s);
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(rpc.sent.size(), 1);
    QCOMPARE(sent.error().kind, ErrorKind::Rejected);
    QVERIFY2(sent.error().message.contains(u"the node rejected the signature", Qt::CaseInsensitive),
        qPrintable(sent.error().message));
    QVERIFY(sent.error().message.contains(u"is the key for this chain"));
}

void TestTransactionSender::alreadyKnownWaitsForTheReceipt()
{
    test::FakeChainRpc rpc;
    rpc.onSend = [](const tx::Transaction &, int) -> RpcResult<QByteArray> {
        return RpcError::rpc(rpccode::kInternalError, u"AlreadyKnown"_s);
    };
    rpc.pollsBeforeReceipt = 1;
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(rpc.sent.size(), 1);
    QCOMPARE(sent->hash, rpc.sent.first().hash());
    QCOMPARE(rpc.receiptPolls, 2);
}

void TestTransactionSender::nodeHashMismatchIsCorrupt()
{
    test::FakeChainRpc rpc;
    rpc.onSend = [](const tx::Transaction &, int) -> RpcResult<QByteArray> { return QByteArray(32, '\x01'); };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind, ErrorKind::Corrupt);
    QVERIFY(sent.error().message.contains(hex::encodePrefixed(QByteArray(32, '\x01'))));
    QCOMPARE(rpc.receiptPolls, 0);
}

void TestTransactionSender::lostSendReplyNamesTheHash()
{
    test::FakeChainRpc rpc;
    rpc.onSend = [](const tx::Transaction &, int) -> RpcResult<QByteArray> {
        return RpcError::transportFailure(RpcError::Transport::Timeout, u"Operation timed out"_s);
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(rpc.sent.size(), 1); // a lost reply is no licence to send again
    QCOMPARE(sent.error().kind, ErrorKind::Network);
    QVERIFY2(
        sent.error().message.contains(hex::encodePrefixed(rpc.sent.first().hash())), qPrintable(sent.error().message));
    QVERIFY(sent.error().message.contains(u"may still have reached the node"));
}

void TestTransactionSender::receiptTimeout()
{
    test::FakeChainRpc rpc;
    rpc.pollsBeforeReceipt = -1;
    SenderOptions options = fastOptions();
    options.pollIntervalMs = 10;
    options.receiptTimeoutMs = 150;
    TransactionSender sender(rpc, m_key, 1, 1, options);

    QElapsedTimer clock;
    clock.start();
    auto sent = sender.send(kContract, kCallData);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind, ErrorKind::Network);
    QVERIFY2(sent.error().message.startsWith(
                 u"No receipt for transaction "_s + hex::encodePrefixed(rpc.sent.first().hash())),
        qPrintable(sent.error().message));
    QVERIFY2(elapsed >= 130 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QVERIFY(rpc.receiptPolls >= 5);
}

void TestTransactionSender::transientPollErrorsAreTolerated()
{
    test::FakeChainRpc rpc;
    rpc.pollsBeforeReceipt = 3;
    rpc.pollError = [](int poll) -> std::optional<RpcError> {
        if (poll == 0 || poll == 2)
            return RpcError::transportFailure(RpcError::Transport::Connect, u"Connection refused"_s);
        return std::nullopt;
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(rpc.receiptPolls, 4);

    // A reply that makes no sense is not a hiccup: it ends the wait.
    test::FakeChainRpc broken;
    broken.pollError = [](int) -> std::optional<RpcError> { return RpcError::malformed(u"not JSON"_s); };
    TransactionSender sender2(broken, m_key, 1, 1, fastOptions());
    auto failed = sender2.send(kContract, kCallData);
    QVERIFY(!failed.ok());
    QCOMPARE(broken.receiptPolls, 1);
}

void TestTransactionSender::receiptForAnotherTransactionIsCorrupt()
{
    test::FakeChainRpc rpc;
    rpc.receiptFor = [](const QByteArray &) {
        return QJsonObject { { u"transactionHash"_s, hex::encodePrefixed(QByteArray(32, '\x07')) },
            { u"status"_s, u"0x0"_s }, { u"blockNumber"_s, u"0x66"_s } };
    };
    TransactionSender sender(rpc, m_key, 1, 1, fastOptions());
    auto sent = sender.send(kContract, kCallData);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().kind, ErrorKind::Corrupt);
}

void TestTransactionSender::cancelStopsWaiting()
{
    test::FakeChainRpc rpc;
    rpc.pollsBeforeReceipt = -1;
    auto token = std::make_shared<CancelToken>();
    SenderOptions options;
    options.pollIntervalMs = 1000;
    options.receiptTimeoutMs = 60000;
    options.cancel = token;
    TransactionSender sender(rpc, m_key, 1, 1, options);

    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        token->cancel();
    });
    QElapsedTimer clock;
    clock.start();
    auto sent = sender.send(kContract, kCallData);
    const qint64 elapsed = clock.elapsed();
    canceller.join();
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().message, RpcError::cancelled().userText());
    QVERIFY2(elapsed < 800, qPrintable(QString::number(elapsed))); // well inside one poll interval
}

QTEST_GUILESS_MAIN(TestTransactionSender)
#include "TestTransactionSender.moc"
