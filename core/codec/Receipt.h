// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace credit::chain {

//! Receipt status codes of FISCO BCOS 2.x that this project produces or reads.
enum ReceiptStatus : quint64 {
    kStatusSuccess = 0,
    kStatusRevert = 22, //!< RevertInstruction: output holds Error(string)
    kStatusBadInstruction = 10,
    kStatusNoDeployPermission = 18, //!< NoDeployPermission: the chain does not let this sender deploy
};

struct LogEntry {
    QByteArray address; //!< 20
    QList<QByteArray> topics; //!< 32 each, at most 4
    QByteArray data;
    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

//! A transaction receipt as hashed into receiptsRoot (PROTOCOL.md §4, FISCO ≥ 2.9).
struct Receipt {
    QByteArray stateRoot = QByteArray(32, '\0');
    quint64 gasUsed = 0;
    QByteArray contractAddress = QByteArray(20, '\0');
    QByteArray logsBloom = QByteArray(256, '\0');
    quint64 status = kStatusSuccess;
    QByteArray output;
    quint64 remainGas = 0;
    QList<LogEntry> logs;

    //! RLP([stateRoot, gasUsed, contractAddress, logsBloom, status, output, remainGas, logs]).
    QByteArray encode() const;
    //! SM3(encode()): the item hash under receiptsRoot.
    QByteArray hash() const;

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

//! 2048-bit log bloom over the logs' addresses and topics (three 11-bit indexes of SM3 each).
QByteArray logsBloom(const QList<LogEntry> &logs);

//! Where a receipt sits: what getTransactionReceipt adds around the hashed fields.
struct ReceiptContext {
    QByteArray transactionHash;
    quint64 transactionIndex = 0;
    quint64 blockNumber = 0;
    QByteArray blockHash;
    QByteArray from;
    QByteArray to;
    QByteArray input;
};

//! FISCO 2.9's name of a status, e.g. 22 → "RevertInstruction", 30 →
//! "ContractFrozen"; empty for a code it does not name.
QString receiptStatusName(quint64 status);

//! FISCO 2.9's statusMsg of a status: the TransactionException name ("None",
//! "RevertInstruction", …), "Unknown" for a code it does not name.
QString receiptStatusMessage(quint64 status);

//! The receipt as getTransactionReceipt answers (FISCO 2.9: with statusMsg;
//! an empty `to`, a deployment, is written as the zero address like the node).
QJsonObject receiptToJson(const Receipt &receipt, const ReceiptContext &context);
//! Strict parse of the hashed fields of a receipt JSON object.
Result<Receipt> receiptFromJson(const QJsonObject &object);

} // namespace credit::chain
