// SPDX-License-Identifier: Apache-2.0
// Loads an in-process devnet from 8 client threads over loopback HTTP for a
// fixed time: each bank places orders as fast as the node admits them and
// polls receipts in batches. Reports accepted and committed transactions per
// second, send→receipt latency (p50/p99), and checks that every accepted
// hash got a receipt. The reference, measured the same way in the same run,
// is the plain JSON-RPC round trip (getBlockNumber) from the same 8 clients.
//   bench_devnet_load [SECONDS] [CLIENTS]
#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "codec/Hex.h"
#include "codec/Transaction.h"
#include "crypto/Sm2Key.h"
#include "crypto/Sm3.h"
#include "devnet/Devnet.h"
#include "market/MarketCalls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace credit;

namespace {

const QByteArray kContract(20, '\xcc');

struct ClientStats {
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 committed = 0;
    qint64 failedStatus = 0;
    QList<qint64> latenciesMs;
    qint64 roundTrips = 0;
};

QJsonObject institution(const crypto::Sm2PrivateKey &key, const QString &name, int role)
{
    return { { QStringLiteral("account"), hex::encode(key.address()) },
        { QStringLiteral("publicKey"), hex::encode(key.publicKey().raw()) },
        { QStringLiteral("code"), QStringLiteral("91310000717854505W") }, { QStringLiteral("name"), name },
        { QStringLiteral("role"), role }, { QStringLiteral("region"), 310000 } };
}

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * static_cast<double>(v.size())))];
}

//! One bank: sends placeOrder transactions and collects their receipts.
void runLoadClient(const QString &url, const crypto::Sm2PrivateKey &bank, int index, int seconds, ClientStats &stats)
{
    chain::RpcClient client(url);
    chain::FiscoRpc rpc(client, 1);
    QHash<QByteArray, qint64> pending; // tx hash → send time
    QElapsedTimer clock;
    clock.start();
    quint64 orderId = static_cast<quint64>(index) << 40;
    quint64 height = rpc.getBlockNumber().value();
    const qint64 stopSending = qint64(seconds) * 1000;
    qint64 lastPoll = 0;
    while (clock.elapsed() < stopSending + 20000 && (clock.elapsed() < stopSending || !pending.isEmpty())) {
        if (clock.elapsed() < stopSending && pending.size() < 200) {
            tx::Request req;
            req.to = kContract;
            ++orderId;
            req.data = market::calls::placeOrder(
                orderId, 1, crypto::sm3(QByteArray::number(orderId)), crypto::sm3(QByteArray::number(orderId) + "doc"))
                           .value();
            req.currentBlock = height;
            const auto t = tx::buildSigned(req, bank).value();
            auto sent = rpc.sendRawTransaction(t.encode());
            if (sent) {
                ++stats.accepted;
                pending.insert(t.hash(), clock.elapsed());
            } else {
                ++stats.rejected;
            }
        }
        if (clock.elapsed() - lastPoll >= 50 || clock.elapsed() >= stopSending) {
            lastPoll = clock.elapsed();
            QList<std::pair<QString, QJsonArray>> calls;
            const QList<QByteArray> hashes = pending.keys();
            for (const auto &h : hashes)
                calls.append({ QStringLiteral("getTransactionReceipt"), QJsonArray { 1, hex::encodePrefixed(h) } });
            if (auto replies = client.callMany(calls)) {
                for (qsizetype i = 0; i < replies->size(); ++i) {
                    const auto &r = replies->at(i);
                    if (!r || !r->isObject())
                        continue;
                    ++stats.committed;
                    if (r->toObject().value(QStringLiteral("status")).toString() != QStringLiteral("0x0"))
                        ++stats.failedStatus;
                    stats.latenciesMs << clock.elapsed() - pending.take(hashes[i]);
                }
            }
            if (auto h = rpc.getBlockNumber())
                height = *h;
            if (clock.elapsed() >= stopSending)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

//! The reference: plain JSON-RPC round trips against the same node.
void runReferenceClient(const QString &url, int milliseconds, ClientStats &stats)
{
    chain::RpcClient client(url);
    chain::FiscoRpc rpc(client, 1);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        if (rpc.getBlockNumber())
            ++stats.roundTrips;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const int clients = argc > 2 ? std::max(1, std::atoi(argv[2])) : 8;

    QTemporaryDir dir;
    QList<crypto::Sm2PrivateKey> banks;
    const auto operatorKey = crypto::Sm2PrivateKey::generate().value();
    const auto bureau = crypto::Sm2PrivateKey::generate().value();
    QJsonArray institutions { institution(bureau, QStringLiteral("Bench Bureau"), 2) };
    for (int i = 0; i < clients; ++i) {
        banks << crypto::Sm2PrivateKey::generate().value();
        institutions << institution(banks.last(), QStringLiteral("Bench Bank %1").arg(i), 3);
    }
    QJsonArray sealers;
    for (int i = 0; i < 4; ++i)
        sealers << hex::encode(crypto::sm3(QByteArray("bench-sealer") + char('0' + i)));
    QFile genesis(dir.filePath(QStringLiteral("genesis.json")));
    if (!genesis.open(QIODevice::WriteOnly))
        return 1;
    genesis.write(QJsonDocument(
        QJsonObject { { QStringLiteral("chainId"), 1 }, { QStringLiteral("groupId"), 1 },
            { QStringLiteral("timestamp"), qint64(1700000000000) }, { QStringLiteral("sealerKeys"), sealers },
            { QStringLiteral("operator"), hex::encode(operatorKey.address()) },
            { QStringLiteral("contractAddress"), hex::encode(kContract) },
            { QStringLiteral("institutions"), institutions } })
                      .toJson());
    genesis.close();

    devnet::Devnet::Options options;
    options.genesisPath = genesis.fileName();
    options.dataDir = dir.filePath(QStringLiteral("chain"));
    options.blockIntervalMs = 100;
    auto node = devnet::Devnet::start(options);
    if (!node) {
        std::fprintf(stderr, "devnet: %s\n", qPrintable(node.error().message));
        return 1;
    }
    const QString url = (*node)->url().toString();

    // The product every order is for, listed by the bureau first.
    std::atomic<bool> ready { false };
    std::thread setup([&] {
        chain::RpcClient client(url);
        chain::FiscoRpc rpc(client, 1);
        market::calls::ProductListing listing;
        listing.productId = 1;
        listing.name = QStringLiteral("企业信用报告");
        listing.description = QStringLiteral("bench");
        listing.priceFen = 50000;
        listing.slaHours = 24;
        listing.deliveryFormat = QStringLiteral("PDF");
        tx::Request req;
        req.to = kContract;
        req.data = market::calls::listProduct(listing).value();
        const auto t = tx::buildSigned(req, bureau).value();
        (void)rpc.sendRawTransaction(t.encode());
        while (!rpc.getTransactionReceipt(t.hash()).value().has_value())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ready = true;
    });

    QList<ClientStats> load(clients), reference(clients);
    std::vector<std::thread> workers;
    QElapsedTimer wall;
    qint64 loadMs = 0, referenceMs = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (ready && workers.empty()) {
            setup.join();
            std::printf("load: %d clients for %d s against %s\n", clients, seconds, qPrintable(url));
            std::fflush(stdout);
            wall.start();
            for (int i = 0; i < clients; ++i)
                workers.emplace_back(runLoadClient, url, std::cref(banks[i]), i, seconds, std::ref(load[i]));
            std::thread([&] {
                for (auto &w : workers)
                    w.join();
                loadMs = wall.elapsed();
                wall.restart();
                std::vector<std::thread> refs;
                for (int i = 0; i < clients; ++i)
                    refs.emplace_back(runReferenceClient, url, 5000, std::ref(reference[i]));
                for (auto &r : refs)
                    r.join();
                referenceMs = wall.elapsed();
                QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
            }).detach();
        }
    });
    poll.start(20);
    QCoreApplication::exec();

    ClientStats total;
    for (const auto &s : load) {
        total.accepted += s.accepted;
        total.rejected += s.rejected;
        total.committed += s.committed;
        total.failedStatus += s.failedStatus;
        total.latenciesMs += s.latenciesMs;
    }
    qint64 roundTrips = 0;
    for (const auto &s : reference)
        roundTrips += s.roundTrips;
    const double sendSeconds = seconds;
    std::printf("accepted            %lld tx (%.1f tx/s), rejected %lld\n", static_cast<long long>(total.accepted),
        double(total.accepted) / sendSeconds, static_cast<long long>(total.rejected));
    std::printf("committed           %lld tx (%.1f tx/s over the %.1f s run), failed status %lld\n",
        static_cast<long long>(total.committed), double(total.committed) * 1000.0 / double(loadMs),
        double(loadMs) / 1000.0, static_cast<long long>(total.failedStatus));
    std::printf("lost                %lld (accepted without a receipt)\n",
        static_cast<long long>(total.accepted - total.committed));
    std::printf("send→receipt        p50 %lld ms, p99 %lld ms, max %lld ms\n",
        static_cast<long long>(percentile(total.latenciesMs, 0.50)),
        static_cast<long long>(percentile(total.latenciesMs, 0.99)),
        static_cast<long long>(percentile(total.latenciesMs, 1.0)));
    const double refRate = double(roundTrips) * 1000.0 / double(referenceMs);
    std::printf("reference           %.1f getBlockNumber round trips/s from %d clients\n", refRate, clients);
    std::printf("ratio               accepted tx/s = %.1f%% of plain RPC round trips/s\n",
        100.0 * double(total.accepted) / sendSeconds / refRate);
    std::printf("height              %lld blocks\n", static_cast<long long>((*node)->height()));
    return total.accepted == total.committed && total.failedStatus == 0 ? 0 : 1;
}
