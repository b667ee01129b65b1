// SPDX-License-Identifier: Apache-2.0
#include "devnet/NodeStatus.h"

#include "codec/ChainJson.h"
#include "codec/Hex.h"

#include <QJsonObject>

namespace credit::devnet {

namespace {
// FISCO's PBFT protocol id is groupId << 16 | 8 (65544 for group 1 in its documentation).
constexpr quint64 kPbftModuleId = 8;
} // namespace

QJsonArray consensusStatusJson(const NodeStatusInput &in)
{
    const qsizetype n = in.sealers.size();
    const qsizetype index = in.sealers.indexOf(in.nodeId);
    QJsonObject status {
        { QStringLiteral("accountType"), index >= 0 ? 1 : 0 },
        { QStringLiteral("allowFutureBlocks"), true },
        { QStringLiteral("cfgErr"), false },
        { QStringLiteral("connectedNodes"), 0 },
        { QStringLiteral("consensusedBlockNumber"), static_cast<qint64>(in.height + 1) },
        { QStringLiteral("currentView"), static_cast<qint64>(kDevnetView) },
        { QStringLiteral("groupId"), static_cast<qint64>(in.groupId) },
        { QStringLiteral("highestblockHash"), chain::json::bytes(in.latestHash) },
        { QStringLiteral("highestblockNumber"), static_cast<qint64>(in.height) },
        { QStringLiteral("leaderFailed"), false },
        { QStringLiteral("max_faulty_leader"), static_cast<qint64>(n > 0 ? (n - 1) / 3 : 0) },
        { QStringLiteral("nodeId"), hex::encode(in.nodeId) },
        { QStringLiteral("nodeNum"), static_cast<qint64>(n) },
        { QStringLiteral("node_index"), static_cast<qint64>(index) },
        { QStringLiteral("omitEmptyBlock"), true },
        { QStringLiteral("protocolId"), static_cast<qint64>((in.groupId << 16) | kPbftModuleId) },
        { QStringLiteral("toView"), static_cast<qint64>(kDevnetView) },
    };
    for (qsizetype i = 0; i < n; ++i)
        status.insert(QStringLiteral("sealer.%1").arg(i), hex::encode(in.sealers[i]));
    const QJsonArray views { QJsonObject { { QStringLiteral("nodeId"), hex::encode(in.nodeId) },
        { QStringLiteral("view"), static_cast<qint64>(kDevnetView) } } };
    return QJsonArray { status, views };
}

QJsonArray nodeIdListJson(const NodeStatusInput &in)
{
    return QJsonArray { hex::encode(in.nodeId) };
}

QJsonArray groupPeersJson(const NodeStatusInput &in)
{
    QJsonArray out;
    for (const QByteArray &s : in.sealers)
        out << hex::encode(s);
    return out;
}

std::optional<QString> systemConfigValue(const SystemConfig &config, const QString &key)
{
    if (key == QStringLiteral("tx_count_limit"))
        return QString::number(config.txCountLimit);
    if (key == QStringLiteral("tx_gas_limit"))
        return QString::number(config.txGasLimit);
    return std::nullopt;
}

} // namespace credit::devnet
