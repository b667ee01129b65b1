// SPDX-License-Identifier: Apache-2.0
#include "chain/TransactionSender.h"

#include "chain/CancelToken.h"
#include "chain/ChainRpc.h"
#include "chain/FiscoJson.h"
#include "chain/ReceiptStatus.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"

#include <QCoreApplication>

#include <chrono>

namespace credit::chain {

namespace {

using Clock = std::chrono::steady_clock;

Error cancelledError()
{
    return RpcError::cancelled().toError();
}

bool isCancelled(const SenderOptions &options)
{
    return options.cancel && options.cancel->isCancelled();
}

// A reply lost in transit may still have reached the node: say so, with
// the hash, so nobody blindly sends a second copy of a payment.
Error sendFailed(const RpcError &error, const QByteArray &hash)
{
    const bool mayHaveArrived = error.kind == RpcError::Kind::Transport
        && (error.transport == RpcError::Transport::Timeout || error.transport == RpcError::Transport::Dropped);
    if (!mayHaveArrived)
        return error.toError();
    return makeError(ErrorKind::Network,
        QCoreApplication::translate("TransactionSender",
            "%1 The transaction may still have reached the node: look up "
            "%2 before sending it again.")
            .arg(error.userText(), hex::encodePrefixed(hash)));
}

} // namespace

TransactionSender::TransactionSender(
    ChainRpc &rpc, crypto::Sm2PrivateKey key, quint64 chainId, quint64 groupId, SenderOptions options)
    : m_rpc(rpc), m_key(std::move(key)), m_chainId(chainId), m_groupId(groupId), m_options(std::move(options))
{
}

Result<SentTransaction> TransactionSender::send(
    const QByteArray &to, const QByteArray &data, const QByteArray &extraData)
{
    QByteArray hash;
    int built = 0;
    for (;;) {
        if (isCancelled(m_options))
            return cancelledError();
        // Fetched anew for every build: a stale height is exactly what
        // BlockLimitCheckFailed complains about.
        auto height = m_rpc.getBlockNumber();
        if (!height)
            return height.error().toError();

        tx::Request request;
        request.to = to;
        request.data = data;
        request.extraData = extraData;
        request.currentBlock = *height;
        request.chainId = m_chainId;
        request.groupId = m_groupId; // nonce left empty: buildSigned draws a fresh one
        auto transaction = tx::buildSigned(request, m_key);
        if (!transaction)
            return transaction.error();
        ++built;
        hash = transaction->hash();

        auto accepted = m_rpc.sendRawTransaction(transaction->encode());
        if (accepted) {
            if (*accepted != hash)
                return makeError(ErrorKind::Corrupt,
                    QCoreApplication::translate("TransactionSender",
                        "The node reports hash %1 for a transaction whose "
                        "hash is %2: it does not hash the 国密 (SM3) way or "
                        "altered the transaction. Do not use this endpoint.")
                        .arg(hex::encodePrefixed(*accepted), hex::encodePrefixed(hash)));
            break;
        }
        const RpcError &error = accepted.error();
        const FiscoReason reason = error.kind == RpcError::Kind::Rpc ? error.reason.reason : FiscoReason::None;
        if (reason == FiscoReason::AlreadyKnown || reason == FiscoReason::AlreadyInChain)
            break; // the node has this very transaction: its receipt is what we want
        if (isCuredByRebuilding(reason) && built <= m_options.maxRebuilds)
            continue;
        return sendFailed(error, hash);
    }

    auto sent = waitForReceipt(hash);
    if (sent)
        sent->transactionsBuilt = built;
    return sent;
}

Result<SentTransaction> TransactionSender::waitForReceipt(const QByteArray &txHash)
{
    const auto interval = std::chrono::milliseconds(std::max(1, m_options.pollIntervalMs));
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(0, m_options.receiptTimeoutMs));
    QString lastProblem;
    for (;;) {
        auto receipt = m_rpc.getTransactionReceipt(txHash);
        if (receipt) {
            if (receipt->has_value())
                return readReceipt(txHash, **receipt);
        } else if (receipt.error().kind == RpcError::Kind::Cancelled) {
            return cancelledError();
        } else if (!receipt.error().isTransient()) {
            return receipt.error().toError();
        } else {
            // The transaction is in flight: a network hiccup now is no reason to give up on it.
            lastProblem = receipt.error().userText();
        }

        if (Clock::now() + interval > deadline) {
            QString text = QCoreApplication::translate("TransactionSender",
                "No receipt for transaction %1 after %2 s. It may still be "
                "committed: look it up by its hash before sending it again.")
                               .arg(hex::encodePrefixed(txHash))
                               .arg(m_options.receiptTimeoutMs / 1000.0, 0, 'g', 3);
            if (!lastProblem.isEmpty())
                text += u' ' + lastProblem;
            return makeError(ErrorKind::Network, text);
        }
        if (!sleepUnlessCancelled(m_options.cancel.get(), interval))
            return cancelledError();
    }
}

Result<SentTransaction> TransactionSender::readReceipt(const QByteArray &txHash, const QJsonObject &receipt) const
{
    const auto corrupt = [&](const QString &what) {
        return makeError(ErrorKind::Corrupt,
            QCoreApplication::translate("TransactionSender", "The receipt of transaction %1 is malformed (%2).")
                .arg(hex::encodePrefixed(txHash), what));
    };
    if (receipt.contains(QStringLiteral("transactionHash"))) {
        auto echoed = fisco::parseHash(receipt.value(QStringLiteral("transactionHash")), u"transactionHash");
        if (!echoed)
            return corrupt(echoed.error().message);
        if (*echoed != txHash)
            return corrupt(
                QCoreApplication::translate("TransactionSender", "it belongs to %1").arg(hex::encodePrefixed(*echoed)));
    }
    auto status = fisco::parseQuantity(receipt.value(QStringLiteral("status")), u"status");
    if (!status)
        return corrupt(status.error().message);
    auto block = fisco::parseQuantity(receipt.value(QStringLiteral("blockNumber")), u"blockNumber");
    if (!block)
        return corrupt(block.error().message);
    QByteArray output;
    if (receipt.contains(QStringLiteral("output"))) {
        auto bytes = fisco::parseBytes(receipt.value(QStringLiteral("output")), u"output");
        if (!bytes)
            return corrupt(bytes.error().message);
        output = *bytes;
    }

    if (*status != kReceiptSuccess)
        return makeError(ErrorKind::Rejected,
            QCoreApplication::translate("TransactionSender", "%1 (transaction %2, block %3)")
                .arg(describeReceiptFailure(*status, output), hex::encodePrefixed(txHash))
                .arg(*block));
    SentTransaction sent;
    sent.hash = txHash;
    sent.receipt = receipt;
    sent.blockNumber = *block;
    sent.output = output;
    return sent;
}

} // namespace credit::chain
