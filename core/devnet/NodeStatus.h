// SPDX-License-Identifier: Apache-2.0
// The answers of FISCO 2.x's node-status methods (getConsensusStatus,
// getPbftView, getPeers, getNodeIDList, getGroupPeers, getObserverList,
// getSystemConfigByKey) for the devnet. They describe what the devnet is:
// one process that holds every sealer key and signs each block itself, with
// no P2P connections, no observers and no view changes.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace credit::devnet {

//! What the status answers are computed from.
struct NodeStatusInput {
    QByteArray nodeId; //!< 64 bytes: the sealer key the devnet answers RPC as
    QList<QByteArray> sealers; //!< the sealer list in force (latest block)
    quint64 groupId = 1;
    quint64 height = 0;
    QByteArray latestHash; //!< 32 bytes
};

//! The view is 0 for ever: a block's proposer is number mod n, which is FISCO's
//! leader rule (view + number) mod n with no view change ever happening.
inline constexpr quint64 kDevnetView = 0;

//! getConsensusStatus: [status object, [{nodeId, view}…]] as a PBFT node
//! answers (FISCO 2.x api.md); connectedNodes 0, the second list holds only itself.
QJsonArray consensusStatusJson(const NodeStatusInput &in);
//! getNodeIDList: this node, then its P2P peers (none).
QJsonArray nodeIdListJson(const NodeStatusInput &in);
//! getGroupPeers: the group's sealers and observers (no observers here).
QJsonArray groupPeersJson(const NodeStatusInput &in);

//! A system config value as getSystemConfigByKey returns it (a decimal string),
//! or nullopt for a key FISCO would refuse or that the devnet does not have.
struct SystemConfig {
    quint64 txCountLimit = 1000;
    quint64 txGasLimit = 300000000;
};
std::optional<QString> systemConfigValue(const SystemConfig &config, const QString &key);

} // namespace credit::devnet
