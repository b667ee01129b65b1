// SPDX-License-Identifier: Apache-2.0
// The light node from the command line: sync a local store from a network
// profile's endpoints, then read it without any node.
#include "chain/NetworkProfile.h"
#include "chain/RpcClient.h"
#include "node/SyncLoop.h"
#include "common/QuitOnSignal.h"
#include "cli/Commands.h"
#include "codec/Hex.h"
#include "store/LightStore.h"

#include <QDir>
#include <QHash>
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

namespace {

QJsonArray endpointsJson(const chain::EndpointPool &pool)
{
    QJsonArray list;
    for (const chain::EndpointStatus &status : pool.statuses()) {
        QJsonObject e { { QStringLiteral("url"), status.url },
            { QStringLiteral("health"), chain::healthName(status.health) },
            { QStringLiteral("head"), static_cast<qint64>(status.head) } };
        if (!status.reason.isEmpty())
            e.insert(QStringLiteral("reason"), status.reason);
        if (status.failure) {
            e.insert(QStringLiteral("block"), static_cast<qint64>(status.failure->block));
            e.insert(QStringLiteral("rule"), chain::ruleName(status.failure->rule));
        }
        list << e;
    }
    return list;
}

//! "URL: reason" for every endpoint passed over during the run (quarantined, or
//! unreachable at some point even if it answered again later), in the order it happened.
class SkippedEndpoints {
public:
    void note(const chain::EndpointStatus &status)
    {
        if (status.health != chain::EndpointHealth::Quarantined && status.health != chain::EndpointHealth::Unreachable)
            return;
        m_reasons.insert(status.url, status.reason);
        if (!m_order.contains(status.url))
            m_order << status.url;
    }
    QJsonArray toJson() const
    {
        QJsonArray list;
        for (const QString &url : m_order)
            list << QStringLiteral("%1: %2").arg(url, m_reasons.value(url));
        return list;
    }

private:
    QHash<QString, QString> m_reasons;
    QStringList m_order;
};

Result<chain::RpcOptions> rpcOptions(const Args &args)
{
    chain::RpcOptions rpc;
    if (args.has(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = args.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return makeError(ErrorKind::InvalidInput,
                QStringLiteral("--timeout: give the seconds one request may take (0 < S ≤ 3600)"));
        rpc.requestTimeoutMs = static_cast<int>(seconds * 1000);
        rpc.connectTimeoutMs = std::min(rpc.connectTimeoutMs, rpc.requestTimeoutMs);
    }
    return rpc;
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
    auto rpc = rpcOptions(args);
    if (!rpc)
        return out.usage(rpc.error().message);
    auto profile = chain::NetworkProfile::load(profilePath);
    if (!profile)
        return out.fail(profile.error());
    auto store = store::LightStore::open(*path);
    if (!store)
        return out.fail(store.error());

    auto cancel = std::make_shared<chain::CancelToken>();
    rpc->cancel = cancel;
    const bool follow = args.has(QStringLiteral("follow"));
    chain::SyncLoopHooks hooks;
    // Alarms go to stderr as they happen: in --follow mode nobody waits for a summary.
    hooks.alarm = [&out](const chain::SyncAlarm &alarm) { out.warn(alarm.message()); };
    SkippedEndpoints skipped;
    hooks.endpointChanged = [&skipped](const chain::EndpointStatus &status) { skipped.note(status); };
    chain::SyncLoop loop(**store, *profile, *rpc, {}, hooks);
    const auto summary = [&](const chain::SyncSummary &total) -> QJsonObject {
        return { { QStringLiteral("height"), static_cast<qint64>(total.height) },
            { QStringLiteral("blocks"), static_cast<qint64>(total.blocks) },
            { QStringLiteral("events"), static_cast<qint64>(total.events) },
            { QStringLiteral("seconds"), decimal(out, total.seconds) },
            { QStringLiteral("blocksPerSecond"), decimal(out, total.blocksPerSecond()) },
            { QStringLiteral("skippedEndpoints"), skipped.toJson() },
            { QStringLiteral("endpoints"), endpointsJson(loop.pool()) } };
    };
    const QStringList order { QStringLiteral("height"), QStringLiteral("blocks"), QStringLiteral("events"),
        QStringLiteral("seconds"), QStringLiteral("blocksPerSecond"), QStringLiteral("skippedEndpoints") };
    if (!follow) {
        auto run = loop.catchUp();
        if (!run)
            return out.fail(run.error().error);
        if (auto checked = loop.crossCheck(); !checked)
            return out.fail(checked.error().error);
        out.result(summary(*run), order);
        return kExitOk;
    }
    // --follow: one summary per round that stored blocks, until Ctrl+C.
    SignalWatcher stopOnSignal([cancel] { cancel->cancel(); });
    auto followed = loop.follow(500, [&](const Result<chain::SyncSummary, chain::SyncError> &round) {
        if (!round)
            out.warn(round.error().error.message);
        else if (round->blocks > 0)
            out.streamResult(summary(*round), order);
    });
    if (!followed)
        return out.fail(followed.error().error);
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
    out.result({ { QStringLiteral("height"), static_cast<qint64>(tip->number) },
                   { QStringLiteral("headHash"), hex::encodePrefixed(tip->hash) },
                   { QStringLiteral("genesisHash"), hex::encodePrefixed(*genesis) },
                   { QStringLiteral("sealers"), static_cast<qint64>(tip->sealers.size()) },
                   { QStringLiteral("counts"), counts->toJson() } },
        { QStringLiteral("height"), QStringLiteral("headHash"), QStringLiteral("genesisHash"),
            QStringLiteral("sealers"), QStringLiteral("counts") });
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
        out.result({ { QStringLiteral("orders"), list } }, {});
        return kExitOk;
    }
    // Text: one line per order, keyed by its id.
    QJsonObject lines;
    QStringList order;
    for (const auto &row : std::as_const(*rows)) {
        const QString key = QStringLiteral("order %1").arg(row.orderId);
        lines.insert(key,
            QStringLiteral("%1  product %2  %3 fen  bank %4  bureau %5  block %6")
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
