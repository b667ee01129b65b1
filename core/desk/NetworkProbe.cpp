// SPDX-License-Identifier: Apache-2.0
#include "desk/NetworkProbe.h"

#include "chain/FiscoRpc.h"
#include "chain/RpcClient.h"
#include "store/LightStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace credit::desk {

namespace {

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

} // namespace

Result<NetworkHealth> probeNetwork(const NetworkProbeInput &input)
{
    NetworkHealth health;
    health.endpoints = input.endpoints;
    // SQLite in WAL mode: the database and its log are what the store takes on disk.
    health.storeBytes = fileSize(input.storePath) + fileSize(input.storePath + QStringLiteral("-wal"));
    auto store = store::LightStore::openReadOnly(input.storePath);
    if (!store)
        return store.error();
    auto height = (*store)->height();
    if (!height)
        return height.error();
    health.storeHeight = height->value_or(0);

    chain::RpcOptions options;
    options.connectTimeoutMs = input.timeoutMs;
    options.requestTimeoutMs = input.timeoutMs;
    options.retries = 0; // a health check reports what it finds; the light node does the retrying
    options.cancel = input.cancel;
    std::vector<std::unique_ptr<chain::RpcClient>> clients;
    quint64 compared = health.storeHeight;
    for (EndpointHealth &endpoint : health.endpoints) {
        if (input.cancel && input.cancel->isCancelled())
            return makeError(ErrorKind::Internal, QCoreApplication::translate("NetworkProbe", "cancelled"));
        clients.push_back(std::make_unique<chain::RpcClient>(endpoint.url, options));
        chain::FiscoRpc rpc(*clients.back(), input.groupId);
        QElapsedTimer timer;
        timer.start();
        auto number = rpc.getBlockNumber();
        if (!number) {
            endpoint.probeError = number.error().toError().message;
            continue;
        }
        endpoint.latencyMs = timer.elapsed();
        endpoint.height = *number;
        compared = std::min(compared, *number);
    }
    health.comparedHeight = compared;

    // The verified store is the reference: an endpoint whose block at that
    // height differs serves another chain (or a fork) than the one we verified.
    auto tip = (*store)->tipAt(compared);
    if (!tip)
        return tip.error();
    if (!*tip)
        return health; // nothing verified yet: nothing to compare with
    for (qsizetype i = 0; i < health.endpoints.size(); ++i) {
        EndpointHealth &endpoint = health.endpoints[i];
        if (!endpoint.height)
            continue;
        chain::FiscoRpc rpc(*clients[static_cast<size_t>(i)], input.groupId);
        auto hash = rpc.getBlockHashByNumber(compared);
        if (!hash) {
            endpoint.probeError = hash.error().toError().message;
            continue;
        }
        endpoint.agrees = *hash == (*tip)->hash;
    }
    return health;
}

} // namespace credit::desk
