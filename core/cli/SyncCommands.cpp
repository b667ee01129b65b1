// SPDX-License-Identifier: Apache-2.0
// The light node from the command line: sync a local store from a network
// profile's endpoints, then read it without any node.
#include "chain/NetworkProfile.h"
#include "chain/RpcClient.h"
#include "chain/SyncEngine.h"
#include "cli/Commands.h"
#include "codec/Hex.h"
#include "store/LightStore.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace credit::cli {

namespace {

const QString kStoreFile = QStringLiteral("light.sqlite");

Result<QString> storePath(const Args &args, bool create)
{
    const QString dir = args.value(QStringLiteral("data"));
    if (dir.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("--data DIR is required"));
    if (create && !QDir().mkpath(dir))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create the data directory %1").arg(dir));
    return QDir(dir).filePath(kStoreFile);
}

//! Seconds and rates as numbers in JSON, rounded text otherwise (Output prints numbers as integers).
QJsonValue decimal(const Output &out, double value)
{
    return out.json() ? QJsonValue(value) : QJsonValue(QString::number(value, 'f', 2));
}

std::optional<market::OrderState> stateFromName(const QString &name)
{
    for (quint64 n = 1;; ++n) {
        const auto state = market::orderStateFromNumber(n);
        if (!state)
            return std::nullopt;
        if (market::orderStateName(*state).compare(name, Qt::CaseInsensitive) == 0)
            return state;
    }
}

} // namespace

int lightSync(const Args &args, Output &out)
{
    const QString profilePath = args.value(QStringLiteral("profile"));
    if (profilePath.isEmpty())
        return out.usage(QStringLiteral("--profile FILE is required"));
    auto path = storePath(args, true);
    if (!path)
        return out.usage(path.error().message);
    auto profile = chain::NetworkProfile::load(profilePath);
    if (!profile)
        return out.fail(profile.error());
    chain::RpcOptions rpc;
    if (args.has(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = args.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return out.usage(QStringLiteral("--timeout: give the seconds one request may take (0 < S ≤ 3600)"));
        rpc.requestTimeoutMs = static_cast<int>(seconds * 1000);
        rpc.connectTimeoutMs = std::min(rpc.connectTimeoutMs, rpc.requestTimeoutMs);
    }
    auto store = store::LightStore::open(*path);
    if (!store)
        return out.fail(store.error());

    // Endpoints in the profile's order: what one fails to serve (unreachable,
    // or a block that breaks a rule) the next may; committed blocks stay.
    chain::SyncSummary total;
    QStringList failures;
    bool done = false;
    for (const QString &endpoint : std::as_const(profile->endpoints)) {
        chain::RpcClient client(endpoint, rpc);
        chain::SyncEngine engine(**store, *profile, client);
        auto run = engine.syncToHead();
        if (run) {
            total.blocks += run->blocks;
            total.events += run->events;
            total.seconds += run->seconds;
            total.height = run->height;
            done = true;
            break;
        }
        failures << QStringLiteral("%1: %2").arg(endpoint, run.error().error.message);
    }
    if (!done)
        return out.fail(makeError(ErrorKind::Corrupt,
                                  QStringLiteral("no endpoint served a verifiable chain — %1").arg(failures.join(u"; "))));
    out.result({{QStringLiteral("height"), static_cast<qint64>(total.height)},
                {QStringLiteral("blocks"), static_cast<qint64>(total.blocks)},
                {QStringLiteral("events"), static_cast<qint64>(total.events)},
                {QStringLiteral("seconds"), decimal(out, total.seconds)},
                {QStringLiteral("blocksPerSecond"), decimal(out, total.blocksPerSecond())},
                {QStringLiteral("skippedEndpoints"), QJsonArray::fromStringList(failures)}},
               {QStringLiteral("height"), QStringLiteral("blocks"), QStringLiteral("events"), QStringLiteral("seconds"),
                QStringLiteral("blocksPerSecond"), QStringLiteral("skippedEndpoints")});
    return kExitOk;
}

int lightStatus(const Args &args, Output &out)
{
    auto path = storePath(args, false);
    if (!path)
        return out.usage(path.error().message);
    auto store = store::LightStore::openReadOnly(*path);
    if (!store)
        return out.fail(store.error());
    auto tip = (*store)->tip();
    if (!tip)
        return out.fail(tip.error());
    auto genesis = (*store)->genesisHash();
    if (!genesis)
        return out.fail(genesis.error());
    auto counts = (*store)->counts();
    if (!counts)
        return out.fail(counts.error());
    out.result({{QStringLiteral("height"), static_cast<qint64>(tip->number)},
                {QStringLiteral("headHash"), hex::encodePrefixed(tip->hash)},
                {QStringLiteral("genesisHash"), hex::encodePrefixed(*genesis)},
                {QStringLiteral("sealers"), static_cast<qint64>(tip->sealers.size())},
                {QStringLiteral("counts"), counts->toJson()}},
               {QStringLiteral("height"), QStringLiteral("headHash"), QStringLiteral("genesisHash"),
                QStringLiteral("sealers"), QStringLiteral("counts")});
    return kExitOk;
}

int lightOrders(const Args &args, Output &out)
{
    auto path = storePath(args, false);
    if (!path)
        return out.usage(path.error().message);
    std::optional<market::OrderState> state;
    if (args.has(QStringLiteral("state"))) {
        state = stateFromName(args.value(QStringLiteral("state")));
        if (!state)
            return out.usage(QStringLiteral("--state: \"%1\" is not an order state (Placed, Accepted, Rejected, "
                                            "Cancelled, Delivered, Completed, Disputed, Resolved)")
                                 .arg(args.value(QStringLiteral("state"))));
    }
    auto store = store::LightStore::openReadOnly(*path);
    if (!store)
        return out.fail(store.error());
    auto rows = (*store)->orders(state);
    if (!rows)
        return out.fail(rows.error());
    if (out.json()) {
        QJsonArray list;
        for (const auto &row : std::as_const(*rows))
            list << row.toJson();
        out.result({{QStringLiteral("orders"), list}}, {});
        return kExitOk;
    }
    // Text: one line per order, keyed by its id.
    QJsonObject lines;
    QStringList order;
    for (const auto &row : std::as_const(*rows)) {
        const QString key = QStringLiteral("order %1").arg(row.orderId);
        lines.insert(key, QStringLiteral("%1  product %2  %3 fen  bank %4  bureau %5  block %6")
                              .arg(market::orderStateName(row.state))
                              .arg(row.productId)
                              .arg(row.priceFen)
                              .arg(hex::encodePrefixed(row.bank), hex::encodePrefixed(row.bureau))
                              .arg(row.block));
        order << key;
    }
    lines.insert(QStringLiteral("total"), static_cast<qint64>(rows->size()));
    order << QStringLiteral("total");
    out.result(lines, order);
    return kExitOk;
}

} // namespace credit::cli
