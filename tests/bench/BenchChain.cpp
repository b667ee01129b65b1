// SPDX-License-Identifier: Apache-2.0
#include "BenchChain.h"

#include "MarketTraffic.h"
#include "codec/AbiFunction.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm3.h"
#include "devnet/BlockProducer.h"
#include "devnet/ChainDb.h"
#include "devnet/ChainExecutor.h"
#include "devnet/Genesis.h"
#include "devnet/MarketRuntime.h"
#include "market/MarketEnums.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <future>
#include <thread>
#include <vector>

namespace credit::bench {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kChunkBlocks = 500; // signed on worker threads while the previous chunk is sealed
constexpr quint64 kGenesisTimeMs = 1700000000000;
constexpr quint64 kBlockSpacingMs = 3000;
const QByteArray kContract = QByteArray::fromHex("00000000000000000000000000000000000c0ffe");

Error failure(const QString &why)
{
    return makeError(ErrorKind::Internal, QStringLiteral("bench chain: %1").arg(why));
}

QJsonObject institution(const crypto::Sm2PrivateKey &key, const QString &name, market::Role role)
{
    return { { QStringLiteral("account"), hex::encode(key.address()) },
        { QStringLiteral("publicKey"), hex::encode(key.publicKey().raw()) },
        { QStringLiteral("code"), QStringLiteral("91310000717854505W") }, { QStringLiteral("name"), name },
        { QStringLiteral("role"), static_cast<int>(role) }, { QStringLiteral("region"), 310000 } };
}

//! One block's worth of calls, planned in order; signed later.
struct PlannedBlock {
    quint64 number = 0;
    QList<MarketCall> calls;
};

//! Signs a chunk's transactions on every core; blockLimit base = the height the block is sealed on.
Result<QList<QList<devnet::PooledTransaction>>> signChunk(const QList<PlannedBlock> &chunk, quint64 chainId)
{
    QList<std::pair<qsizetype, qsizetype>> jobs; // (block, call)
    for (qsizetype b = 0; b < chunk.size(); ++b)
        for (qsizetype c = 0; c < chunk[b].calls.size(); ++c)
            jobs.append({ b, c });
    QList<QList<devnet::PooledTransaction>> out(chunk.size());
    for (qsizetype b = 0; b < chunk.size(); ++b)
        out[b].resize(chunk[b].calls.size());
    std::atomic<bool> failed { false };
    const int threads = std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (qsizetype j = t; j < jobs.size(); j += threads) {
                const auto [b, c] = jobs[j];
                tx::Request req;
                req.to = kContract;
                req.data = chunk[b].calls[c].data;
                req.currentBlock = chunk[b].number - 1;
                req.chainId = chainId;
                auto signedTx = tx::buildSigned(req, chunk[b].calls[c].signer);
                if (!signedTx) {
                    failed = true;
                    return;
                }
                const QByteArray raw = signedTx->encode();
                out[b][c] = devnet::PooledTransaction { *signedTx, raw, crypto::sm3(raw) };
            }
        });
    for (auto &w : workers)
        w.join();
    if (failed)
        return failure(QStringLiteral("signing a transaction failed"));
    return out;
}

class Builder final {
public:
    Builder(const BenchChainParams &params, const QString &dir) : m_params(params), m_dir(dir) { }

    Result<qint64> run()
    {
        if (auto r = writeGenesis(); !r)
            return r.error();
        auto genesis = devnet::Genesis::load(genesisPath());
        if (!genesis)
            return genesis.error();
        auto db = devnet::ChainDb::open(QDir(m_dir).filePath(QStringLiteral("chain")));
        if (!db)
            return db.error();
        devnet::ChainDb &chainDb = **db;
        devnet::ChainExecutor executor(genesis->contractAddress, std::make_unique<devnet::MarketRuntime>());
        devnet::BlockProducer producer(chainDb, executor, genesis->heldKeys());
        executor.attachConsensus(producer, genesis->operatorAccount);
        const devnet::Genesis &g = *genesis;
        if (auto r = producer.writeGenesis(
                g.header(), [&] { return devnet::MarketRuntime::initialiseGenesisState(chainDb, g); });
            !r)
            return r.error();

        MarketTraffic traffic(m_params.seed, m_operator, m_bureaus, m_banks);
        qint64 transactions = 0;
        auto plan = [&](quint64 first) {
            QList<PlannedBlock> chunk;
            for (quint64 n = first; n < first + kChunkBlocks && n <= quint64(m_params.blocks); ++n) {
                PlannedBlock block { n, {} };
                const int size = traffic.blockSize(m_params.minTransactions, m_params.maxTransactions);
                for (int i = 0; i < size; ++i)
                    block.calls << traffic.next();
                chunk << block;
            }
            return chunk;
        };
        QList<PlannedBlock> chunk = plan(1);
        auto signing = std::async(std::launch::async, signChunk, chunk, g.chainId);
        while (!chunk.isEmpty()) {
            auto txs = signing.get();
            if (!txs)
                return txs.error();
            const QList<PlannedBlock> sealing = chunk;
            chunk = plan(sealing.last().number + 1);
            if (!chunk.isEmpty())
                signing = std::async(std::launch::async, signChunk, chunk, g.chainId);
            for (qsizetype b = 0; b < sealing.size(); ++b) {
                if (auto r = seal(chainDb, producer, sealing[b].number, (*txs)[b]); !r)
                    return r.error();
                transactions += (*txs)[b].size();
            }
            if (sealing.last().number % 5000 < kChunkBlocks || chunk.isEmpty()) {
                std::printf("  built %llu of %d blocks\n", static_cast<unsigned long long>(sealing.last().number),
                    m_params.blocks);
                std::fflush(stdout);
            }
        }
        return transactions;
    }

    QString genesisPath() const { return QDir(m_dir).filePath(QStringLiteral("genesis.json")); }

private:
    Result<void> writeGenesis()
    {
        m_operator = crypto::Sm2PrivateKey::generate().value();
        QJsonArray institutions;
        for (int i = 0; i < 3; ++i) {
            m_bureaus << crypto::Sm2PrivateKey::generate().value();
            institutions << institution(m_bureaus.last(), QStringLiteral("基准征信%1").arg(i), market::Role::Bureau);
        }
        for (int i = 0; i < 6; ++i) {
            m_banks << crypto::Sm2PrivateKey::generate().value();
            institutions << institution(m_banks.last(), QStringLiteral("基准银行%1").arg(i), market::Role::Bank);
        }
        QJsonArray sealers;
        for (int i = 0; i < m_params.sealers; ++i)
            sealers << hex::encode(crypto::sm3(QByteArray("bench-sync-sealer-") + QByteArray::number(i)));
        QFile file(genesisPath());
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Io, QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(QJsonDocument(
            QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
                { QStringLiteral("timestamp"), qint64(kGenesisTimeMs) }, { QStringLiteral("sealerKeys"), sealers },
                { QStringLiteral("operator"), hex::encode(m_operator.address()) },
                { QStringLiteral("contractAddress"), hex::encode(kContract) },
                { QStringLiteral("institutions"), institutions } })
                       .toJson());
        return {};
    }

    static Result<void> seal(devnet::ChainDb &db, devnet::BlockProducer &producer, quint64 number,
        const QList<devnet::PooledTransaction> &txs)
    {
        auto sealed = producer.seal(txs, kGenesisTimeMs + number * kBlockSpacingMs);
        if (!sealed)
            return sealed.error();
        if (*sealed != number)
            return failure(QStringLiteral("block %1 was sealed as %2").arg(number).arg(*sealed));
        // Every call was planned to succeed; a revert means the traffic model is wrong.
        for (const auto &t : txs) {
            const auto receipt = db.receipt(t.hash);
            if (!receipt || receipt->status != chain::kStatusSuccess)
                return failure(QStringLiteral("a transaction of block %1 failed: %2")
                                   .arg(number)
                                   .arg(receipt ? abi::decodeRevertReason(receipt->output).value_or(QStringLiteral("?"))
                                                : QStringLiteral("no receipt")));
        }
        return {};
    }

    BenchChainParams m_params;
    QString m_dir;
    crypto::Sm2PrivateKey m_operator;
    QList<crypto::Sm2PrivateKey> m_bureaus, m_banks;
};

} // namespace

QString BenchChainParams::key() const
{
    return QStringLiteral("light-sync-v%1-b%2-tx%3-%4-s%5-sealers%6")
        .arg(kFormatVersion)
        .arg(blocks)
        .arg(minTransactions)
        .arg(maxTransactions)
        .arg(seed)
        .arg(sealers);
}

Result<BenchChain> obtainBenchChain(const BenchChainParams &params, const QString &cacheRoot)
{
    const QString dir = QDir(cacheRoot).filePath(params.key());
    const QString summaryPath = QDir(dir).filePath(QStringLiteral("summary.json"));
    BenchChain chain { QDir(dir).filePath(QStringLiteral("genesis.json")), QDir(dir).filePath(QStringLiteral("chain")),
        0, 0, true };
    if (QFile summary(summaryPath); summary.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(summary.readAll()).object();
        chain.transactions = o.value(QStringLiteral("transactions")).toInteger();
        chain.buildSeconds = o.value(QStringLiteral("buildSeconds")).toDouble();
        return chain;
    }
    const QString partial = dir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create %1").arg(partial));
    QElapsedTimer clock;
    clock.start();
    auto transactions = Builder(params, partial).run(); // the chain database is closed when run() returns
    if (!transactions)
        return transactions.error();
    chain.transactions = *transactions;
    chain.buildSeconds = double(clock.nsecsElapsed()) / 1e9;
    chain.fromCache = false;
    QFile summary(QDir(partial).filePath(QStringLiteral("summary.json")));
    if (!summary.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1").arg(summary.fileName()));
    summary.write(QJsonDocument(QJsonObject { { QStringLiteral("blocks"), params.blocks },
                                    { QStringLiteral("transactions"), chain.transactions },
                                    { QStringLiteral("buildSeconds"), chain.buildSeconds } })
                      .toJson());
    summary.close();
    if (!QDir().rename(partial, dir))
        return makeError(ErrorKind::Io, QStringLiteral("cannot move %1 to %2").arg(partial, dir));
    return chain;
}

} // namespace credit::bench
