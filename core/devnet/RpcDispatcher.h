// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace credit::devnet {

class ChainDb;
class TxPool;
class TransactionExecutor;

//! FISCO BCOS 2.x JSON-RPC over the devnet's chain (PROTOCOL.md §1): single
//! requests and batch arrays; every malformed request gets a JSON-RPC error.
class RpcDispatcher final {
public:
    struct Identity {
        quint64 chainId = 1;
        quint64 groupId = 1;
        QByteArray nodeId; //!< 64 bytes: the sealer key the devnet answers as
        quint64 txCountLimit = 1000; //!< most transactions in one block
        //! Every node whose key the devnet holds: those not sealing are its observers.
        QList<QByteArray> heldNodeIds;
    };

    RpcDispatcher(ChainDb &db, TxPool &pool, TransactionExecutor &executor, Identity identity)
        : m_db(db), m_pool(pool), m_executor(executor), m_identity(identity)
    {
    }

    //! Answers an HTTP body: a JSON object, an array of them, or a parse error.
    QByteArray handle(const QByteArray &body);

private:
    QJsonValue handleOne(const QJsonValue &request);
    QJsonValue dispatch(const QString &method, const QJsonArray &params);

    QJsonValue blockByNumber(const QJsonArray &params, bool headerOnly);
    QJsonValue blockJson(quint64 number, bool headerOnly, bool flag);
    QJsonValue transactionJson(const QByteArray &hash);
    QJsonValue transactionAt(quint64 block, const QJsonValue &index);
    QJsonValue pendingTransactions();
    QJsonValue totalTransactionCount();
    QJsonValue nodeStatus(const QString &method, const QJsonArray &params);
    QJsonValue receiptJson(const QByteArray &hash);
    QJsonValue withProof(const QJsonArray &params, bool receipt);
    QJsonValue sendRawTransaction(const QJsonArray &params);
    QJsonValue call(const QJsonArray &params);

    ChainDb &m_db;
    TxPool &m_pool;
    TransactionExecutor &m_executor;
    Identity m_identity;
};

} // namespace credit::devnet
