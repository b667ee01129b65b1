// SPDX-License-Identifier: Apache-2.0
// Real blocks for light-node tests: an in-process devnet chain (genesis,
// pool, producer, ChainDb — no HTTP) and its blocks rendered as the JSON a
// FISCO node serves from getBlockHeaderByNumber / getBlockByNumber /
// getTransactionReceipt.
#pragma once

#include "RecordingExecutor.h"
#include "chain/BlockVerifier.h"
#include "codec/ChainJson.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm3.h"
#include "devnet/BlockProducer.h"
#include "devnet/ChainDb.h"
#include "devnet/Genesis.h"
#include "devnet/TxPool.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace credit::test {

//! The key whose scalar is SM3(label): deterministic, so chains are reproducible.
inline crypto::Sm2PrivateKey labelledKey(const QByteArray &label)
{
    return crypto::Sm2PrivateKey::fromRaw(crypto::sm3(label)).value();
}

class DevnetBlocks final {
    // Declared first so they outlive the database and producer that use them.
    QTemporaryDir m_dir;
    RecordingExecutor m_executor;
    quint64 m_chainId;

public:
    //! A chain with `sealers` sealing keys and `standby` held-but-not-sealing keys;
    //! `tag` makes the keys (and so the genesis) differ between chains.
    explicit DevnetBlocks(quint64 chainId = 7, int sealers = 4, int standby = 1, const QByteArray &tag = "a")
        : m_chainId(chainId)
    {
        QJsonArray sealerKeys, standbyKeys;
        for (int i = 0; i < sealers; ++i)
            sealerKeys << hex::encode(crypto::sm3(tag + "-sealer-" + QByteArray::number(i)));
        for (int i = 0; i < standby; ++i)
            standbyKeys << hex::encode(crypto::sm3(tag + "-standby-" + QByteArray::number(i)));
        const QJsonObject file { { QStringLiteral("chainId"), static_cast<qint64>(chainId) },
            { QStringLiteral("groupId"), 1 }, { QStringLiteral("timestamp"), qint64(1700000000000) },
            { QStringLiteral("sealerKeys"), sealerKeys }, { QStringLiteral("standbyKeys"), standbyKeys },
            { QStringLiteral("operator"), QString(40, u'1') }, { QStringLiteral("contractAddress"), QString(40, u'c') },
            { QStringLiteral("institutions"), QJsonArray() } };
        genesis = devnet::Genesis::parse(QJsonDocument(file).toJson()).value();
        db = devnet::ChainDb::open(m_dir.path()).value();
        producer = std::make_unique<devnet::BlockProducer>(*db, m_executor, genesis.heldKeys());
        if (auto r = producer->writeGenesis(genesis.header()); !r)
            qFatal("devnet genesis: %s", qPrintable(r.error().message));
    }

    //! Seals one block holding a transaction per payload ("fail…" payloads revert); returns its number.
    quint64 seal(const QList<QByteArray> &payloads)
    {
        devnet::TxPool pool(devnet::AdmissionRules { m_chainId, 1, tx::kMaxRawSize, 100, 1000 });
        const auto height = static_cast<quint64>(db->height());
        const devnet::TxPool::ChainView view { height,
            [this](const QByteArray &n, qint64 since) { return db->nonceUsedSince(n, since); },
            [this](const QByteArray &h) { return db->transaction(h).has_value(); } };
        for (const QByteArray &p : payloads) {
            tx::Request req;
            req.to = QByteArray(20, 'c');
            req.data = p;
            req.currentBlock = height;
            req.chainId = m_chainId;
            req.groupId = 1;
            (void)pool.admit(tx::buildSigned(req, user).value().encode(), view).value();
        }
        return producer->seal(pool.take(100)).value();
    }

    //! What the light node starts from or has verified up to: block n and its sealer list.
    chain::TrustedTip tip(quint64 n) const { return { n, db->hash(n), db->header(n)->sealerList }; }

    //! Block n as a node serves it.
    chain::CandidateBlock candidate(quint64 n) const
    {
        chain::CandidateBlock c;
        const QByteArray hash = db->hash(n);
        c.header = chain::headerToJson(*db->header(n), hash, true);
        c.header.insert(QStringLiteral("signatureList"), chain::signaturesToJson(db->signatures(n)));
        const QList<QByteArray> txs = db->transactionHashes(n);
        for (qsizetype i = 0; i < txs.size(); ++i) {
            c.transactions << chain::json::bytes(txs[i]);
            const chain::ReceiptContext context { txs[i], static_cast<quint64>(i), n, hash, user.address(),
                QByteArray(20, 'c'), {} };
            c.receipts << chain::receiptToJson(*db->receipt(txs[i]), context);
        }
        return c;
    }

    QList<crypto::Sm2PrivateKey> heldKeys() const { return genesis.heldKeys(); }

    devnet::Genesis genesis;
    std::unique_ptr<devnet::ChainDb> db;
    std::unique_ptr<devnet::BlockProducer> producer;
    crypto::Sm2PrivateKey user = labelledKey("user");
};

} // namespace credit::test
