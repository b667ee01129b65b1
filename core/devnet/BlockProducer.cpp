// SPDX-License-Identifier: Apache-2.0
#include "devnet/BlockProducer.h"

#include "codec/Merkle.h"
#include "devnet/ChainDb.h"
#include "devnet/TransactionExecutor.h"

#include <QCoreApplication>
#include <QDateTime>

namespace credit::devnet {

namespace {
const QString kSealersKey = QStringLiteral("next_sealers");

QByteArray joinIds(const QList<QByteArray> &ids)
{
    QByteArray out;
    for (const auto &id : ids)
        out += id;
    return out;
}
} // namespace

QList<QByteArray> BlockProducer::nextSealerList()
{
    const QByteArray packed = m_db.meta(kSealersKey);
    QList<QByteArray> out;
    for (qsizetype i = 0; i + chain::kNodeIdSize <= packed.size(); i += chain::kNodeIdSize)
        out << packed.mid(i, chain::kNodeIdSize);
    return out;
}

Result<void> BlockProducer::setNextSealerList(const QList<QByteArray> &sealers)
{
    return m_db.setMeta(kSealersKey, joinIds(sealers));
}

bool BlockProducer::holdsKey(const QByteArray &nodeId) const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(), [&](const auto &k) { return k.publicKey().raw() == nodeId; });
}

Result<void> BlockProducer::writeGenesis(
    const chain::BlockHeader &genesis, const std::function<Result<void>()> &initialiseState)
{
    auto &db = m_db.db();
    if (auto r = db.begin(); !r)
        return r;
    auto ok = initialiseState ? initialiseState() : Result<void>();
    if (ok)
        ok = m_db.putBlock(genesis, genesis.hash(), {}, {}, {}, {}, {});
    if (ok)
        ok = setNextSealerList(genesis.sealerList);
    if (!ok) {
        db.rollback();
        return ok;
    }
    return db.commit();
}

Result<quint64> BlockProducer::seal(const QList<PooledTransaction> &transactions, quint64 timestampMs)
{
    const qint64 height = m_db.height();
    if (height < 0)
        return makeError(ErrorKind::Internal, QCoreApplication::translate("BlockProducer", "no genesis block"));
    if (transactions.isEmpty())
        return static_cast<quint64>(height); // like FISCO: empty intervals produce no block
    const auto parent = m_db.header(static_cast<quint64>(height));
    if (!parent)
        return makeError(
            ErrorKind::Corrupt, QCoreApplication::translate("BlockProducer", "block %1 is unreadable").arg(height));

    chain::BlockHeader h;
    h.number = static_cast<quint64>(height) + 1;
    h.parentHash = m_db.hash(static_cast<quint64>(height));
    const quint64 now = timestampMs ? timestampMs : static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    h.timestamp = std::max(now, parent->timestamp + 1);
    h.sealerList = nextSealerList();
    m_sealingList = h.sealerList;
    h.sealer = h.number % static_cast<quint64>(h.sealerList.size());
    h.stateRoot = QByteArray(32, '\0');
    h.dbHash = QByteArray(32, '\0');

    auto &db = m_db.db();
    if (auto r = db.begin(); !r)
        return r.error();
    QList<QByteArray> raws, hashes, nonces;
    QList<chain::Receipt> receipts;
    QList<chain::LogEntry> allLogs;
    for (const auto &p : transactions) {
        // A transaction whose blockLimit passed while it waited is dropped, as FISCO does.
        if (p.tx.blockLimitValue() <= static_cast<quint64>(height))
            continue;
        const QString sp = QStringLiteral("tx");
        if (auto r = db.savepoint(sp); !r) {
            db.rollback();
            return r.error();
        }
        const Execution ex = m_executor.execute(m_db, p.tx.sender(), p.tx.to, p.tx.data, h.number, h.timestamp);
        if (ex.status == chain::kStatusSuccess)
            (void)db.release(sp);
        else
            db.rollbackTo(sp);
        chain::Receipt r;
        r.status = ex.status;
        r.output = ex.output;
        r.logs = ex.status == chain::kStatusSuccess ? ex.logs : QList<chain::LogEntry> {};
        r.logsBloom = chain::logsBloom(r.logs);
        r.gasUsed = 21000 + static_cast<quint64>(p.raw.size()) * 16;
        r.remainGas = tx::kDefaultGas > r.gasUsed ? tx::kDefaultGas - r.gasUsed : 0;
        h.gasUsed += r.gasUsed;
        allLogs += r.logs;
        raws << p.raw;
        hashes << p.hash;
        nonces << p.tx.nonce;
        receipts << r;
    }
    if (raws.isEmpty()) {
        db.rollback();
        return static_cast<quint64>(height);
    }
    QList<QByteArray> receiptHashes;
    for (const auto &r : receipts)
        receiptHashes << r.hash();
    h.transactionsRoot = merkle::root(hashes);
    h.receiptsRoot = merkle::root(receiptHashes);
    h.logsBloom = chain::logsBloom(allLogs);

    const QByteArray blockHash = h.hash();
    QList<chain::SealerSignature> signatures;
    const qsizetype n = h.sealerList.size();
    const qsizetype quorum = n - (n - 1) / 3;
    const qsizetype signers = m_signingSealers > 0 ? std::clamp<qsizetype>(m_signingSealers, quorum, n) : n;
    for (qsizetype i = 0; i < h.sealerList.size() && signatures.size() < signers; ++i) {
        const auto key = std::find_if(
            m_keys.cbegin(), m_keys.cend(), [&](const auto &k) { return k.publicKey().raw() == h.sealerList[i]; });
        if (key == m_keys.cend())
            continue;
        auto rs = key->sign(blockHash);
        if (!rs) {
            db.rollback();
            return rs.error();
        }
        signatures << chain::SealerSignature { static_cast<quint64>(i), *rs + key->publicKey().raw() };
    }
    if (auto r = m_db.putBlock(h, blockHash, signatures, raws, hashes, nonces, receipts); !r) {
        db.rollback();
        return r.error();
    }
    if (auto r = db.commit(); !r)
        return r.error();
    return h.number;
}

} // namespace credit::devnet
